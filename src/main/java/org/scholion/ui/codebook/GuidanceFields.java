package org.scholion.ui.codebook;

import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import org.scholion.codebook.CodeGuidance;

/**
 * The four editable parts of a code's guidance, and the guidance they were loaded from: edits not
 * yet saved are what differs, and a reload (a coding made elsewhere) must not wipe them.
 */
public final class GuidanceFields {

    private final StringProperty definition = new SimpleStringProperty("");
    private final StringProperty whenToUse = new SimpleStringProperty("");
    private final StringProperty whenNotToUse = new SimpleStringProperty("");
    private final StringProperty example = new SimpleStringProperty("");
    private CodeGuidance loaded = CodeGuidance.NONE;

    public StringProperty definition() {
        return definition;
    }

    public StringProperty whenToUse() {
        return whenToUse;
    }

    public StringProperty whenNotToUse() {
        return whenNotToUse;
    }

    public StringProperty example() {
        return example;
    }

    /** What the fields hold now. */
    public CodeGuidance edited() {
        return new CodeGuidance(definition.get(), whenToUse.get(), whenNotToUse.get(), example.get());
    }

    public boolean isDirty() {
        return !edited().equals(loaded);
    }

    /** Shows guidance as stored, replacing whatever the fields hold. */
    void show(CodeGuidance stored) {
        loaded = stored == null ? CodeGuidance.NONE : stored;
        definition.set(loaded.definition());
        whenToUse.set(loaded.whenToUse());
        whenNotToUse.set(loaded.whenNotToUse());
        example.set(loaded.example());
    }

    /** Shows newly stored guidance unless the user is in the middle of editing. */
    void refresh(CodeGuidance stored) {
        if (!isDirty()) {
            show(stored);
        }
    }
}
