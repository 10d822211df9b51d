package org.scholion.ui.controls;

import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.scholion.coding.MemoTarget;
import org.scholion.project.Project;
import org.scholion.ui.workbench.Session;

/**
 * The own memo of one thing (a source, a code, the project) as a field edits it in place: read
 * when another thing is shown, stored by {@link #save()} (the view calls it when the field is
 * left or on Ctrl+Enter), read again by {@link #reload()} after memos changed elsewhere (an undo)
 * unless the researcher has typed something not yet stored. What was typed for one thing is
 * stored on that thing, even when another is shown before the field is left. Reads and writes run
 * on the project thread.
 */
public final class MemoFieldViewModel {

    private final Session session;
    private final String noun;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private MemoTarget target;
    private Project loadedFrom;
    private String saved = "";
    private long generation;

    /**
     * @param noun what the status bar calls the memo: "Source memo" gives "Source memo saved"
     */
    public MemoFieldViewModel(Session session, String noun) {
        this.session = session;
        this.noun = noun;
    }

    /** The name of what the memo is on (a source's title, a code's path, the project's name); empty when nothing is shown. */
    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    /** The memo as being edited. */
    public StringProperty textProperty() {
        return text;
    }

    /** What the memo is on, or null. */
    public MemoTarget target() {
        return target;
    }

    /** Shows the memo of another thing (null: none), first storing what was typed for the one shown. */
    public void show(MemoTarget next) {
        if (Objects.equals(next, target) && session.project() == loadedFrom) {
            reload();
            return;
        }
        save();
        generation++;
        target = next;
        loadedFrom = session.project();
        saved = "";
        text.set("");
        name.set("");
        reload();
    }

    /** Stores the memo if it changed since it was read or last stored; an emptied memo is deleted. */
    public void save() {
        Project project = loadedFrom;
        MemoTarget on = target;
        String typed = text.get() == null ? "" : text.get();
        if (project == null || on == null || typed.equals(saved)) {
            return;
        }
        String coder = session.coder();
        session.tasks().quick(progress -> project.memos().setMemoText(on, typed, coder), stored -> {
            if (on.equals(target) && project == loadedFrom) {
                saved = typed;
            }
            session.memosChanged();
            session.status().notify(noun + " saved");
        }, e -> session.fail(noun + " not saved", e));
    }

    /** Reads the memo shown again: its text, unless typing has not been stored yet, and its thing's name. */
    public void reload() {
        long run = ++generation;
        Project project = loadedFrom;
        MemoTarget on = target;
        if (project == null || on == null) {
            return;
        }
        session.tasks().quick(progress -> project.memos().targetName(on)
                .map(found -> new Loaded(found, project.memos().memoText(on))), loaded -> {
                    if (run != generation) {
                        return;
                    }
                    if (loaded.isEmpty()) {
                        // The thing was deleted (or its creation undone): nothing to show any more.
                        target = null;
                        name.set("");
                        text.set("");
                        saved = "";
                        return;
                    }
                    name.set(loaded.get().name());
                    if (Objects.equals(text.get(), saved)) {
                        text.set(loaded.get().text());
                    }
                    saved = loaded.get().text();
                }, e -> {
                    if (run == generation) {
                        session.fail("The " + noun.toLowerCase(Locale.ROOT) + " could not be read", e);
                    }
                });
    }

    private record Loaded(String name, String text) {
    }
}
