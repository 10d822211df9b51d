package org.scholion.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import org.scholion.codebook.CodeId;
import org.scholion.coding.CodingId;
import org.scholion.project.Project;
import org.scholion.source.SourceId;
import org.scholion.ui.task.TaskRunner;
import org.scholion.ui.task.TasksViewModel;

/**
 * What the views of the workbench share: the open project, who codes, the source on show, what is
 * selected, and a revision per kind of data (sources, codebook, codings, memos) that every change bumps,
 * so that each view reloads what it shows. Changes are made through the view models; none is held
 * only here: the project's store has each one the moment it is made.
 *
 * <p>Used on the JavaFX thread only (or the test's thread); the project itself is used on the
 * project thread, through {@link #tasks()}.
 */
public final class Session {

    private final TaskRunner tasks;
    private final TasksViewModel status;
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final StringProperty coder = new SimpleStringProperty();
    private final ObjectProperty<SourceId> currentSource = new SimpleObjectProperty<>();
    private final ObjectProperty<TextSelection> selection = new SimpleObjectProperty<>();
    private final ObservableList<CodeId> selectedCodes = FXCollections.observableArrayList();
    private final ObservableSet<String> hiddenCoders = FXCollections.observableSet();
    private final ObservableMap<Integer, CodeId> quickKeys = FXCollections.observableHashMap();
    private final ObservableList<CodingId> codingsAtCaret = FXCollections.observableArrayList();
    private final ObjectProperty<CodingId> selectedCoding = new SimpleObjectProperty<>();
    private final LongProperty sourcesRevision = new SimpleLongProperty();
    private final LongProperty codebookRevision = new SimpleLongProperty();
    private final LongProperty codingsRevision = new SimpleLongProperty();
    private final LongProperty memosRevision = new SimpleLongProperty();
    private final List<Consumer<Jump>> jumpListeners = new ArrayList<>();

    public Session(TaskRunner tasks, TasksViewModel status, String coder) {
        this.tasks = tasks;
        this.status = status;
        this.coder.set(coder);
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public TasksViewModel status() {
        return status;
    }

    /** The open project, or null. Set by the main view model when a project opens or closes. */
    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project;
    }

    public Project project() {
        return project.get();
    }

    /** Shows another project (or none): every view reloads from it. */
    public void setProject(Project opened) {
        currentSource.set(null);
        selection.set(null);
        selectedCodes.clear();
        quickKeys.clear();
        codingsAtCaret.clear();
        selectedCoding.set(null);
        project.set(opened);
        sourcesChanged();
        codebookChanged();
        codingsChanged();
    }

    public boolean hasProject() {
        return project.get() != null;
    }

    /** The name codings are made under; asked once and remembered in the settings. */
    public StringProperty coderProperty() {
        return coder;
    }

    public String coder() {
        return coder.get();
    }

    public ObjectProperty<SourceId> currentSourceProperty() {
        return currentSource;
    }

    /** The viewer's selection, in code points; null or empty when nothing is selected. */
    public ObjectProperty<TextSelection> selectionProperty() {
        return selection;
    }

    /** The codes selected in the codebook tree: what retrieved segments show. */
    public ObservableList<CodeId> selectedCodes() {
        return selectedCodes;
    }

    /** Coders whose codings the viewer does not show. */
    public ObservableSet<String> hiddenCoders() {
        return hiddenCoders;
    }

    /** Keys 1-9 and the codes they code the selection with; kept by the codebook view model. */
    public ObservableMap<Integer, CodeId> quickKeys() {
        return quickKeys;
    }

    /** The codings that cover the viewer's caret, for the inspector; kept by the viewer. */
    public ObservableList<CodingId> codingsAtCaret() {
        return codingsAtCaret;
    }

    /** The coding picked (a stripe clicked, a row in the inspector), or null. */
    public ObjectProperty<CodingId> selectedCodingProperty() {
        return selectedCoding;
    }

    public ReadOnlyLongProperty sourcesRevisionProperty() {
        return sourcesRevision;
    }

    public ReadOnlyLongProperty codebookRevisionProperty() {
        return codebookRevision;
    }

    public ReadOnlyLongProperty codingsRevisionProperty() {
        return codingsRevision;
    }

    public ReadOnlyLongProperty memosRevisionProperty() {
        return memosRevision;
    }

    /** Sources were added or changed: lists reload. */
    public void sourcesChanged() {
        sourcesRevision.set(sourcesRevision.get() + 1);
    }

    /**
     * The codebook changed (which can change codings and memos too: a merge or a delete moves them;
     * an undo, which may reverse any kind of action, says so too).
     */
    public void codebookChanged() {
        codebookRevision.set(codebookRevision.get() + 1);
        codingsChanged();
        memosChanged();
    }

    /** A memo on the project, a source or a code was written, changed or deleted. */
    public void memosChanged() {
        memosRevision.set(memosRevision.get() + 1);
    }

    /** Codings were added, removed or changed. */
    public void codingsChanged() {
        codingsRevision.set(codingsRevision.get() + 1);
    }

    /** Asks the viewer to show a place: a KWIC line, a retrieved segment, a disagreement. */
    public void jumpTo(Jump jump) {
        currentSource.set(jump.source());
        for (Consumer<Jump> listener : List.copyOf(jumpListeners)) {
            listener.accept(jump);
        }
    }

    public void onJump(Consumer<Jump> listener) {
        jumpListeners.add(listener);
    }

    /**
     * Codes the viewer's selection with a code: the one path by which a quick key, the context
     * menu, the quick-code box and a drop on the tree all code. Stored on the project thread at
     * once; every view then reloads its codings.
     */
    public void codeSelection(CodeId code) {
        TextSelection selected = selection.get();
        Project open = project.get();
        if (open == null || selected == null || selected.isEmpty() || code == null) {
            status.notify("Select some text in a source first, then choose a code");
            return;
        }
        String who = coder.get();
        tasks.quick(progress -> open.codings().code(selected.source(), selected.span(), code, who, null),
                coding -> {
                    codingsChanged();
                    status.notify("Coded " + coding.span().length() + " characters");
                }, e -> fail("Not coded", e));
    }

    /** Tells the user, in the status bar, what went wrong: one line, never a stack trace. */
    public void fail(String what, Exception e) {
        status.notify(what + ": " + UserMessages.of(e));
    }
}
