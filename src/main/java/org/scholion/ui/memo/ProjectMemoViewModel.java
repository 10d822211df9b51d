package org.scholion.ui.memo;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import org.scholion.coding.MemoTarget;
import org.scholion.ui.controls.MemoFieldViewModel;
import org.scholion.ui.workbench.Session;

/**
 * The project's own memo (File > Project Memo): the research question, the state of the analysis,
 * whatever concerns the project as a whole. Read when the dialog opens, stored when the researcher
 * saves it, as one action that Edit > Undo reverses; emptied, the memo is deleted.
 */
public final class ProjectMemoViewModel {

    private final MemoFieldViewModel memo;

    public ProjectMemoViewModel(Session session) {
        this.memo = new MemoFieldViewModel(session, "Project memo");
    }

    /** Reads the memo of the open project (none: nothing to edit). */
    public void open() {
        memo.show(MemoTarget.project());
    }

    /** The project's name; empty until the memo is read, or when no project is open. */
    public ReadOnlyStringProperty projectNameProperty() {
        return memo.nameProperty();
    }

    public StringProperty textProperty() {
        return memo.textProperty();
    }

    /** Stores the memo if it changed. */
    public void save() {
        memo.save();
    }
}
