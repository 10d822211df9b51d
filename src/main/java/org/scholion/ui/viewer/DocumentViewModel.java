package org.scholion.ui.viewer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.CodingId;
import org.scholion.project.Project;
import org.scholion.source.SourceId;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;
import org.scholion.ui.task.BackgroundWork;
import org.scholion.ui.workbench.Jump;
import org.scholion.ui.workbench.Session;
import org.scholion.ui.workbench.TextSelection;

/**
 * A source's stored text with its codings highlighted and the coding stripes beside it.
 *
 * <p>Follows the session's current source and its codings, loading both on the project thread and
 * building the {@link DocumentLayout} there too, so that the JavaFX thread only hands finished runs
 * to the text area. Everything here is in code points; the view converts at its edge.
 */
public final class DocumentViewModel {

    private final Session session;
    private final ObjectProperty<LoadedText> text = new SimpleObjectProperty<>();
    private final ObjectProperty<DocumentLayout> layout = new SimpleObjectProperty<>();
    private final ObjectProperty<Span> shownSelection = new SimpleObjectProperty<>();
    private final ObjectProperty<Reveal> reveal = new SimpleObjectProperty<>();
    private final ObservableList<CodeChoice> codeChoices = FXCollections.observableArrayList();

    private List<Coding> codings = List.of();
    private Codebook codebook = Codebook.empty();
    private long serial;
    private long reveals;
    private int caret;
    private Jump pendingJump;

    public DocumentViewModel(Session session) {
        this.session = session;
        session.currentSourceProperty().addListener((obs, was, now) -> sourceChanged());
        session.codingsRevisionProperty().addListener((obs, was, now) -> refresh());
        session.hiddenCoders().addListener((SetChangeListener<String>) change -> relayout());
        session.quickKeys().addListener((MapChangeListener<Integer, CodeId>) change -> fillCodeChoices());
        session.onJump(this::jump);
        refresh();
    }

    public Session session() {
        return session;
    }

    /** The text on show, or null when no source is. */
    public ReadOnlyObjectProperty<LoadedText> textProperty() {
        return text;
    }

    /** The codings on show, laid out; follows {@link #textProperty()} (same source) once loaded. */
    public ReadOnlyObjectProperty<DocumentLayout> layoutProperty() {
        return layout;
    }

    /** The selection the text area should show: snapped to words, or set by a jump; null for none. */
    public ReadOnlyObjectProperty<Span> shownSelectionProperty() {
        return shownSelection;
    }

    /** The latest request to scroll a span into view. */
    public ReadOnlyObjectProperty<Reveal> revealProperty() {
        return reveal;
    }

    /** Every code, in codebook order, with its quick key. */
    public ObservableList<CodeChoice> codeChoices() {
        return codeChoices;
    }

    // ---- selection and caret ------------------------------------------------------------------

    /**
     * The researcher selected text (code points, end exclusive). Snapped to whole words unless
     * {@code exact} (Alt held, or a keyboard selection); an empty range clears the selection.
     */
    public void select(int start, int end, boolean exact) {
        LoadedText shown = text.get();
        if (shown == null) {
            return;
        }
        int from = clamp(Math.min(start, end), shown);
        int to = clamp(Math.max(start, end), shown);
        if (from == to) {
            shownSelection.set(null);
            session.selectionProperty().set(null);
            return;
        }
        Span span = exact ? new Span(from, to) : WordSnap.snap(shown.offsets(), new Span(from, to));
        shownSelection.set(span);
        session.selectionProperty().set(new TextSelection(shown.source(), span));
    }

    /** The caret moved: the inspector shows the codings that cover it. */
    public void caretMoved(int offset) {
        caret = offset;
        updateCodingsAtCaret();
    }

    public List<ShownCoding> codingsAt(int offset) {
        DocumentLayout shown = layout.get();
        return shown == null ? List.of() : shown.codingsAt(offset);
    }

    // ---- coding -------------------------------------------------------------------------------

    /** Codes the selection with the code on a quick key; false (and a note) if the key has none. */
    public boolean quickKey(int key) {
        CodeId code = session.quickKeys().get(key);
        if (code == null) {
            session.status().notify("No code is on key " + key + ": assign one in the codebook");
            return false;
        }
        session.codeSelection(code);
        return true;
    }

    public void code(CodeId code) {
        session.codeSelection(code);
    }

    /** The codes a fragment typed in the quick-code box completes to, best first. */
    public List<CodeChoice> complete(String typed) {
        return org.scholion.ui.workbench.CodeCompletion.complete(List.copyOf(codeChoices), typed, CodeChoice::path,
                choice -> choice.path().substring(choice.path().lastIndexOf('/') + 1));
    }

    /** A stripe was clicked: the coding becomes the one the inspector shows. */
    public void selectCoding(CodingId id) {
        session.selectedCodingProperty().set(id);
    }

    public void remove(CodingId id) {
        change("Not removed", project -> {
            project.codings().remove(id, session.coder());
            return null;
        }, "Coding removed");
    }

    public void recode(CodingId id, CodeId code) {
        change("Not recoded", project -> project.codings().recode(id, code, session.coder()), "Coding recoded");
    }

    public void setMemo(CodingId id, String memo) {
        change("Memo not saved", project -> project.codings().setMemo(id, memo, session.coder()), "Memo saved");
    }

    public void resize(CodingId id, Span span) {
        change("Not resized", project -> project.codings().resize(id, span, session.coder()), "Coding resized");
    }

    /**
     * One end of a coding's bracket was dragged to a code-point offset: the coding now starts (or
     * ends) there, snapped to a word boundary unless {@code exact}.
     */
    public void dragEnd(CodingId id, boolean startEnd, int offset, boolean exact) {
        DocumentLayout shown = layout.get();
        LoadedText loaded = text.get();
        ShownCoding coding = shown == null ? null : shown.coding(id);
        if (coding == null || loaded == null) {
            return;
        }
        int at = clamp(offset, loaded);
        int start = startEnd ? at : coding.start();
        int end = startEnd ? coding.end() : at;
        if (end <= start) {
            session.status().notify("A coding must keep at least one character: drag the end past the start");
            return;
        }
        Span span = new Span(start, end);
        if (!exact) {
            Span snapped = WordSnap.snap(loaded.offsets(), span);
            span = startEnd ? new Span(snapped.start(), end) : new Span(start, snapped.end());
        }
        if (!span.equals(coding.span())) {
            resize(id, span);
        }
    }

    // ---- loading ------------------------------------------------------------------------------

    private void sourceChanged() {
        session.selectionProperty().set(null);
        shownSelection.set(null);
        caret = 0;
        refresh();
    }

    private void refresh() {
        SourceId source = session.currentSourceProperty().get();
        Project project = session.project();
        long mine = ++serial;
        if (source == null || project == null) {
            text.set(null);
            layout.set(null);
            codings = List.of();
            session.codingsAtCaret().clear();
            return;
        }
        LoadedText known = text.get() != null && text.get().source().equals(source) ? text.get() : null;
        Set<String> hidden = Set.copyOf(session.hiddenCoders());
        run(progress -> load(project, source, known, hidden), loaded -> {
            if (mine == serial) {
                show(loaded);
            }
        }, "Could not show the source", mine);
    }

    private void relayout() {
        LoadedText shown = text.get();
        if (shown == null) {
            return;
        }
        long mine = ++serial;
        List<Coding> all = codings;
        Codebook book = codebook;
        Set<String> hidden = Set.copyOf(session.hiddenCoders());
        run(progress -> new Loaded(shown, all, book, ShownCodings.layout(shown, all, book, hidden)), loaded -> {
            if (mine == serial) {
                show(loaded);
            }
        }, "Could not show the codings", mine);
    }

    /** Reads on the project thread; the text only when it is not already on show. */
    private static Loaded load(Project project, SourceId source, LoadedText known, Set<String> hidden) {
        LoadedText loadedText = known;
        if (loadedText == null) {
            TextOffsets offsets = TextOffsets.of(project.sources().text(source));
            loadedText = new LoadedText(source, project.sources().get(source).title(), offsets,
                    Paragraphs.of(offsets), project.sources().pageMap(source));
        }
        List<Coding> all = project.codings().list(new CodingFilter(Set.of(), Set.of(source), null));
        Codebook book = project.codebook().snapshot();
        return new Loaded(loadedText, all, book, ShownCodings.layout(loadedText, all, book, hidden));
    }

    private void show(Loaded loaded) {
        codings = loaded.codings();
        codebook = loaded.codebook();
        fillCodeChoices();
        if (text.get() != loaded.text()) {
            layout.set(null);
            text.set(loaded.text());
        }
        layout.set(loaded.layout());
        updateCodingsAtCaret();
        applyPendingJump();
    }

    private <T> void run(BackgroundWork<T> work, java.util.function.Consumer<T> done, String what, long mine) {
        session.tasks().quick(work, done, e -> {
            if (mine == serial) {
                session.fail(what, e);
            }
        });
    }

    private void change(String what, java.util.function.Function<Project, ?> work, String done) {
        Project project = session.project();
        if (project == null) {
            return;
        }
        session.tasks().quick(progress -> work.apply(project), result -> {
            session.codingsChanged();
            session.status().notify(done);
        }, e -> session.fail(what, e));
    }

    // ---- jumps --------------------------------------------------------------------------------

    private void jump(Jump target) {
        pendingJump = target;
        applyPendingJump();
    }

    private void applyPendingJump() {
        Jump target = pendingJump;
        LoadedText shown = text.get();
        if (target == null || shown == null || !shown.source().equals(target.source()) || layout.get() == null) {
            return;
        }
        pendingJump = null;
        int start = clamp(target.span().start(), shown);
        int end = clamp(target.span().end(), shown);
        if (end <= start) {
            return;
        }
        Span span = new Span(start, end);
        shownSelection.set(span);
        session.selectionProperty().set(new TextSelection(shown.source(), span));
        caretMoved(start);
        reveal.set(new Reveal(span, ++reveals));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void updateCodingsAtCaret() {
        List<CodingId> ids = codingsAt(caret).stream().map(ShownCoding::id).toList();
        if (!ids.equals(session.codingsAtCaret())) {
            session.codingsAtCaret().setAll(ids);
        }
    }

    private void fillCodeChoices() {
        Map<CodeId, Integer> keys = new HashMap<>();
        session.quickKeys().forEach((key, code) -> keys.put(code, key));
        List<CodeChoice> choices = new ArrayList<>();
        Set<CodeId> seen = new HashSet<>();
        codebook.depthFirst().forEach(code -> {
            if (seen.add(code.id())) {
                choices.add(new CodeChoice(code.id(), codebook.pathOf(code.id()).toString(),
                        codebook.depth(code.id()), ShownCodings.colourOf(codebook, code.id()), keys.get(code.id())));
            }
        });
        codeChoices.setAll(choices);
    }

    private static int clamp(int offset, LoadedText shown) {
        return Math.max(0, Math.min(offset, shown.length()));
    }

    private record Loaded(LoadedText text, List<Coding> codings, Codebook codebook, DocumentLayout layout) {
    }
}
