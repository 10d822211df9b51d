package org.scholion.ui.codebook;

import java.util.List;
import org.scholion.codebook.CodeId;

/**
 * What the buttons, the keys and the context menu of the codebook do to the selected code, asking
 * the user what they need (a name, a code to merge into, what to do with codings) first.
 */
final class CodebookActions {

    private final CodebookViewModel model;
    private final CodeDialogs dialogs;

    CodebookActions(CodebookViewModel model, CodeDialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    /** A new code beside the selected one (at the top level if none is selected). */
    void addSibling() {
        CodeNode selected = model.selectedNode();
        CodeId parent = selected == null ? null : selected.code().parent();
        dialogs.name("New code", "").ifPresent(name -> model.add(parent, name));
    }

    /** A new sub-code of the selected code. */
    void addChild() {
        CodeNode selected = model.selectedNode();
        if (selected == null) {
            addSibling();
            return;
        }
        dialogs.name("New sub-code of '" + selected.path() + "'", "").ifPresent(name -> model.add(selected.id(), name));
    }

    void rename() {
        CodeNode selected = model.selectedNode();
        if (selected != null) {
            dialogs.name("Rename '" + selected.path() + "'", selected.name())
                    .filter(name -> !name.equals(selected.name()))
                    .ifPresent(name -> model.rename(selected.id(), name));
        }
    }

    void merge() {
        CodeNode selected = model.selectedNode();
        if (selected != null) {
            dialogs.code("Merge codes", "Merge '" + selected.path() + "' (its codings, sub-codes and memos) into:",
                    model.mergeTargets(selected.id())).ifPresent(survivor -> model.merge(selected.id(), survivor.id()));
        }
    }

    void delete() {
        CodeNode selected = model.selectedNode();
        if (selected != null) {
            model.askDelete(selected.id(), question -> {
                List<CodeNode> targets = model.mergeTargets(question.code());
                dialogs.deletePolicy(question, targets).ifPresent(policy -> model.delete(question.code(), policy));
            });
        }
    }
}
