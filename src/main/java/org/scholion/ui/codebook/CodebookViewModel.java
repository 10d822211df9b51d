package org.scholion.ui.codebook;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeGuidance;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.Codebook;
import org.scholion.codebook.CodebookException;
import org.scholion.codebook.DeletePolicy;
import org.scholion.project.Project;
import org.scholion.ui.task.BackgroundWork;
import org.scholion.ui.workbench.Session;
import org.scholion.ui.workbench.TextSelection;

/**
 * The codebook tree and the guidance of the selected code: reads the tree with its counts and
 * quick keys on the project thread whenever the codebook or the codings change, and makes every
 * edit (add, rename, recolour, move, merge, delete, guidance, quick keys) through the project's
 * services. Keeps the session's selected codes and quick keys filled.
 */
public final class CodebookViewModel {

    /** Colours new codes get in turn, so neighbours differ without the user choosing. */
    private static final List<CodeColor> PALETTE = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
            "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf").stream().map(CodeColor::parse).toList();

    private final Session session;
    private final ReadOnlyObjectWrapper<CodeTree> tree = new ReadOnlyObjectWrapper<>(CodeTree.EMPTY);
    private final ObjectProperty<CodeId> selected = new SimpleObjectProperty<>();
    private final GuidanceFields guidance = new GuidanceFields();
    private long loads;

    public CodebookViewModel(Session session) {
        this.session = session;
        session.codebookRevisionProperty().addListener((obs, was, now) -> reload());
        session.codingsRevisionProperty().addListener((obs, was, now) -> reload());
        selected.addListener((obs, was, now) -> selectionChanged(was, now));
        reload();
    }

    public Session session() {
        return session;
    }

    /** The codes at the top level, each with its sub-codes; replaced as a whole on every reload. */
    public List<CodeNode> roots() {
        return tree.get().roots();
    }

    /** Every code, parents before children, siblings in order. */
    public List<CodeNode> rows() {
        return tree.get().depthFirst();
    }

    /** Changes (to a new object) whenever the tree was read again. */
    public ReadOnlyObjectProperty<?> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public CodeNode node(CodeId id) {
        return id == null ? null : tree.get().find(id);
    }

    /** The code whose guidance is shown and which the actions act on; null for none. */
    public ObjectProperty<CodeId> selectedProperty() {
        return selected;
    }

    public CodeNode selectedNode() {
        return node(selected.get());
    }

    /** The codes selected in the tree (the first is the one edited); what retrieved segments show. */
    public void select(List<CodeId> codes) {
        session.selectedCodes().setAll(codes);
        selected.set(codes.isEmpty() ? null : codes.getFirst());
    }

    public GuidanceFields guidance() {
        return guidance;
    }

    /** Reads the tree, its counts and the quick keys again. */
    public void reload() {
        Project project = session.project();
        long load = ++loads;
        if (project == null) {
            show(CodeTree.EMPTY);
            return;
        }
        session.tasks().quick(progress -> CodeTree.of(project.codebook().snapshot(), project.codebook().codingCounts(),
                project.quickKeys().current()), read -> {
                    if (load == loads && project == session.project()) {
                        show(read);
                    }
                }, e -> session.fail("Codebook not read", e));
    }

    /** Adds a code under {@code parent} (null: at the top level) and selects it. */
    public void add(CodeId parent, String name) {
        CodeColor color = PALETTE.get(rows().size() % PALETTE.size());
        change("Code not added", (project, coder) -> project.codebook().add(parent, name.strip(), color, CodeGuidance.NONE, coder),
                code -> {
                    selected.set(code.id());
                    session.selectedCodes().setAll(code.id());
                    session.status().notify("Added code '" + name.strip() + "'");
                });
    }

    public void rename(CodeId code, String name) {
        change("Code not renamed", (project, coder) -> project.codebook().rename(code, name.strip(), coder),
                renamed -> session.status().notify("Renamed to '" + renamed.name() + "'"));
    }

    public void recolour(CodeId code, CodeColor color) {
        change("Colour not changed", (project, coder) -> project.codebook().recolour(code, color, coder), done -> { });
    }

    /** Moves a code with its sub-codes under another (null: to the top level), as its last child. */
    public void move(CodeId code, CodeId newParent) {
        change("Code not moved", (project, coder) -> project.codebook().move(code, newParent, coder),
                moved -> session.status().notify("Moved '" + moved.name() + "'"));
    }

    /** True if a code may be dropped onto {@code target} (null: the top level): checked by the codebook's own rules. */
    public boolean canMove(CodeId code, CodeId target) {
        Codebook codebook = tree.get().codebook();
        if (code == null || codebook.find(code).isEmpty() || java.util.Objects.equals(codebook.get(code).parent(), target)) {
            return false;
        }
        try {
            codebook.checkMove(code, target);
            return true;
        } catch (CodebookException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The codes another may be merged into: any but itself and its own sub-codes. */
    public List<CodeNode> mergeTargets(CodeId absorbed) {
        Codebook codebook = tree.get().codebook();
        Set<CodeId> excluded = codebook.find(absorbed).isPresent() ? codebook.subtree(absorbed) : Set.of();
        return rows().stream().filter(n -> !excluded.contains(n.id())).toList();
    }

    /** Moves the codings, sub-codes and memos of {@code absorbed} to {@code survivor}, which is then selected. */
    public void merge(CodeId absorbed, CodeId survivor) {
        change("Codes not merged", (project, coder) -> project.codebook().merge(absorbed, survivor, coder), moved -> {
            selected.set(survivor);
            session.selectedCodes().setAll(survivor);
            session.status().notify("Merged; " + CodeNode.plural(moved, "coding") + " moved");
        });
    }

    /**
     * Deletes a code that no coding uses at once; for one that is used, counts the codings and hands
     * the question to {@code ask}, whose answer then goes to {@link #delete}.
     */
    public void askDelete(CodeId code, Consumer<DeleteQuestion> ask) {
        Project project = session.project();
        if (project == null || code == null) {
            return;
        }
        session.tasks().quick(progress -> {
            Codebook codebook = project.codebook().snapshot();
            Set<CodeId> doomed = codebook.subtree(code);
            Map<CodeId, Integer> counts = project.codebook().codingCounts();
            int codings = doomed.stream().mapToInt(id -> counts.getOrDefault(id, 0)).sum();
            return new DeleteQuestion(code, codebook.pathOf(code), doomed.size() - 1, codings);
        }, question -> {
            if (question.codings() == 0) {
                delete(code, DeletePolicy.refuseIfCoded());
            } else {
                ask.accept(question);
            }
        }, e -> session.fail("Code not deleted", e));
    }

    /** Deletes a code and its sub-codes under a policy; refused (one line in the status bar) while coded, unless the policy says otherwise. */
    public void delete(CodeId code, DeletePolicy policy) {
        change("Code not deleted", (project, coder) -> project.codebook().delete(code, policy, coder), affected -> {
            if (code.equals(selected.get())) {
                select(List.of());
            }
            session.status().notify("Deleted the code" + (affected == 0 ? "" : "; " + CodeNode.plural(affected, "coding")
                    + (policy instanceof DeletePolicy.ReassignTo ? " reassigned" : " deleted")));
        });
    }

    /** Stores the guidance fields of the selected code if they were edited; the fields then show what was stored. */
    public void saveGuidance() {
        CodeId code = selected.get();
        if (code != null && guidance.isDirty()) {
            save(code, guidance.edited());
        }
    }

    /** Gives a quick key (1-9) to a code; the key it had goes. */
    public void assignQuickKey(int key, CodeId code) {
        change("Quick key not assigned", (project, coder) -> project.quickKeys().assign(key, code, coder),
                keys -> session.status().notify("Key " + key + " codes with '" + node(code).path() + "'"));
    }

    /** Codes matching what was typed in the quick-code box, best first. */
    public List<CodeNode> completions(String typed) {
        return CodeCompletion.matches(rows(), typed);
    }

    /** Codes the viewer's selection with the code typed in the quick-code box; false if no code matches. */
    public boolean codeSelectionWith(String typed) {
        var chosen = CodeCompletion.chosen(rows(), typed);
        if (chosen.isEmpty()) {
            session.status().notify("No code matches '" + (typed == null ? "" : typed.strip()) + "'");
            return false;
        }
        codeSelection(chosen.get().id());
        return true;
    }

    /** Codes the viewer's selection with a code: the context menu, a drop, the quick-code box. */
    public void codeSelection(CodeId code) {
        session.codeSelection(code);
    }

    /** True while the viewer has text selected, so that a drop on a code can code it. */
    public boolean hasTextSelected() {
        TextSelection selection = session.selectionProperty().get();
        return selection != null && !selection.isEmpty();
    }

    private void show(CodeTree read) {
        tree.set(read);
        session.quickKeys().clear();
        session.quickKeys().putAll(read.quickKeys());
        CodeId current = selected.get();
        if (current != null && read.find(current) == null) {
            select(List.of());
        } else if (current != null) {
            guidance.refresh(read.find(current).code().guidance());
        }
    }

    private void selectionChanged(CodeId was, CodeId now) {
        if (was != null && guidance.isDirty() && node(was) != null) {
            save(was, guidance.edited());
        }
        CodeNode node = node(now);
        guidance.show(node == null ? CodeGuidance.NONE : node.code().guidance());
    }

    private void save(CodeId code, CodeGuidance edited) {
        change("Guidance not saved", (project, coder) -> project.codebook().describe(code, edited, coder), described -> {
            if (described.id().equals(selected.get())) {
                guidance.show(described.guidance());
            }
            session.status().notify("Saved the guidance of '" + described.name() + "'");
        });
    }

    /** One edit on the project thread; then every view reloads, or the user reads why not. */
    private <T> void change(String failure, Edit<T> edit, Consumer<T> done) {
        Project project = session.project();
        if (project == null) {
            return;
        }
        String coder = session.coder();
        BackgroundWork<T> work = progress -> edit.apply(project, coder);
        session.tasks().quick(work, result -> {
            done.accept(result);
            session.codebookChanged();
        }, e -> session.fail(failure, e));
    }

    @FunctionalInterface
    private interface Edit<T> {
        T apply(Project project, String coder) throws Exception;
    }
}
