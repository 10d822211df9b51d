package org.scholion.ui.inspector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.CodingId;
import org.scholion.coding.MemoTarget;
import org.scholion.project.Project;
import org.scholion.source.SourceId;
import org.scholion.ui.controls.MemoFieldViewModel;
import org.scholion.ui.workbench.Session;

/**
 * The codings at the viewer's caret (code path, coder, date, memo), the memo of the source on
 * show and the memo of the code selected in the codebook (the first, when several are). Memos are
 * stored when the researcher leaves the field or presses Ctrl+Enter; a coding can be removed from
 * here. Reads and writes run on the project thread.
 */
public final class InspectorViewModel {

    private final Session session;
    private final ObservableList<CodingEntry> codings = FXCollections.observableArrayList();
    private final MemoFieldViewModel sourceMemo;
    private final MemoFieldViewModel codeMemo;
    private long generation;

    public InspectorViewModel(Session session) {
        this.session = session;
        InvalidationListener reload = obs -> reload();
        session.codingsAtCaret().addListener(reload);
        session.codingsRevisionProperty().addListener(reload);
        sourceMemo = new MemoFieldViewModel(session, "Source memo");
        codeMemo = new MemoFieldViewModel(session, "Code memo");
        session.currentSourceProperty().addListener((obs, was, now) -> showSourceMemo());
        session.selectedCodes().addListener((InvalidationListener) obs -> showCodeMemo());
        session.projectProperty().addListener((obs, was, now) -> {
            showSourceMemo();
            showCodeMemo();
        });
        session.memosRevisionProperty().addListener(obs -> {
            sourceMemo.reload();
            codeMemo.reload();
        });
        reload();
        showSourceMemo();
        showCodeMemo();
    }

    public Session session() {
        return session;
    }

    /** The codings covering the caret, in the viewer's order. */
    public ObservableList<CodingEntry> codings() {
        return codings;
    }

    /** The memo of the source on show; its name is the source's title. */
    public MemoFieldViewModel sourceMemo() {
        return sourceMemo;
    }

    /** The memo of the code selected in the codebook tree; its name is the code's path. */
    public MemoFieldViewModel codeMemo() {
        return codeMemo;
    }

    /** Picks a coding (as clicking its stripe does): the one {@link #removeSelected()} removes. */
    public void select(CodingId coding) {
        session.selectedCodingProperty().set(coding);
    }

    /** Stores a coding's memo if it changed. */
    public void saveMemo(CodingId id, String memo) {
        Project project = session.project();
        String text = memo == null ? "" : memo;
        CodingEntry shown = codings.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
        if (project == null || shown == null || shown.memo().equals(text)) {
            return;
        }
        String coder = session.coder();
        session.tasks().quick(progress -> project.codings().setMemo(id, text, coder), saved -> {
            int at = codings.indexOf(shown);
            if (at >= 0) {
                codings.set(at, new CodingEntry(shown.id(), shown.codePath(), shown.coder(), shown.created(),
                        shown.quote(), saved.memo()));
            }
            session.codingsChanged();
            session.status().notify("Memo saved");
        }, e -> session.fail("Memo not saved", e));
    }

    /** Removes the picked coding, if it is one at the caret; Undo brings it back. */
    public void removeSelected() {
        Project project = session.project();
        CodingId chosen = session.selectedCodingProperty().get();
        if (project == null || chosen == null || codings.stream().noneMatch(c -> c.id().equals(chosen))) {
            session.status().notify("Pick a coding at the cursor first, then remove it");
            return;
        }
        String coder = session.coder();
        session.tasks().quick(progress -> {
            project.codings().remove(chosen, coder);
            return chosen;
        }, removed -> {
            session.selectedCodingProperty().set(null);
            session.codingsAtCaret().remove(removed);
            session.codingsChanged();
            session.status().notify("Coding removed (Undo brings it back)");
        }, e -> session.fail("Coding not removed", e));
    }

    private void reload() {
        long run = ++generation;
        Project project = session.project();
        List<CodingId> ids = List.copyOf(session.codingsAtCaret());
        if (project == null || ids.isEmpty()) {
            codings.clear();
            return;
        }
        SourceId source = session.currentSourceProperty().get();
        session.tasks().quick(progress -> {
            Codebook codebook = project.codebook().snapshot();
            Map<CodingId, Coding> known = new HashMap<>();
            for (Coding coding : project.codings().list(new CodingFilter(Set.of(), source == null ? Set.of() : Set.of(source), null))) {
                known.put(coding.id(), coding);
            }
            List<CodingEntry> entries = new ArrayList<>();
            for (CodingId id : ids) {
                // A coding removed since the viewer listed it is simply no longer shown.
                Coding coding = known.get(id);
                if (coding != null) {
                    entries.add(new CodingEntry(id, codebook.pathOf(coding.code()).toString(), coding.coder().name(),
                            coding.created(), coding.anchor().quote(), coding.memo()));
                }
            }
            return entries;
        }, entries -> {
            if (run == generation && !entries.equals(codings)) {
                codings.setAll(entries);
            }
        }, e -> {
            if (run == generation) {
                codings.clear();
                session.fail("The codings at the cursor could not be read", e);
            }
        });
    }

    private void showSourceMemo() {
        SourceId source = session.currentSourceProperty().get();
        sourceMemo.show(source == null ? null : new MemoTarget.OnSource(source));
    }

    private void showCodeMemo() {
        List<CodeId> codes = session.selectedCodes();
        codeMemo.show(codes.isEmpty() ? null : new MemoTarget.OnCode(codes.getFirst()));
    }
}
