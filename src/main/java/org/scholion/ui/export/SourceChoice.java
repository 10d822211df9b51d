package org.scholion.ui.export;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.scholion.source.SourceId;

/** A source in the export dialog's list, ticked to export only the ticked ones. */
public final class SourceChoice {

    private final SourceId id;
    private final String label;
    private final BooleanProperty chosen = new SimpleBooleanProperty(false);

    SourceChoice(SourceId id, String label) {
        this.id = id;
        this.label = label;
    }

    public SourceId id() {
        return id;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    @Override
    public String toString() {
        return label;
    }
}
