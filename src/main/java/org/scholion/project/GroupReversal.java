package org.scholion.project;

import java.util.List;
import java.util.Set;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodebookException;
import org.scholion.coding.Anchor;
import org.scholion.coding.CodeState;
import org.scholion.coding.Coder;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingAction;
import org.scholion.coding.MemoPlacement;
import org.scholion.coding.SettingValue;
import org.scholion.source.TextOffsets;
import org.scholion.store.ProjectStore;

/**
 * Reverses one group of the action log inside the current write: its entries newest first, each
 * put back to the state its entry recorded before the change. Every reversal is logged as an
 * ordinary forward entry of the new group, so that the new group can itself be reversed (that is
 * redo) with the same code. Going newest first replays the original's intermediate states
 * backwards, so no constraint (a parent before its child, unique sibling names) can be broken on
 * the way that the original did not already respect.
 */
final class GroupReversal {

    /** How many codings and how many codebook items (codes, memos, settings) a reversal changed. */
    record Changes(int codings, int codebook) {
        String summary() {
            if (codings == 0 && codebook == 0) {
                return "no changes";
            }
            String coding = codings == 0 ? "" : codings + " coding change" + (codings == 1 ? "" : "s");
            String book = codebook == 0 ? "" : codebook + " codebook change" + (codebook == 1 ? "" : "s");
            return coding.isEmpty() ? book : book.isEmpty() ? coding : coding + ", " + book;
        }
    }

    private final ProjectStore store;
    private final IndexUpdates index;

    GroupReversal(ProjectStore store, IndexUpdates index) {
        this.store = store;
        this.index = index;
    }

    Changes reverse(List<CodingAction> actions) {
        int codings = 0;
        int codebook = 0;
        for (CodingAction action : actions.reversed()) {
            switch (action.kind()) {
                case ADD -> {
                    removeCoding(action.coding());
                    codings++;
                }
                case REMOVE, BEFORE -> {
                    putBack(action.coding());
                    codings++;
                }
                case CODE_ADD -> {
                    removeCode(action.code());
                    codebook++;
                }
                case CODE_REMOVE, CODE_BEFORE -> {
                    putBack(action.code());
                    codebook++;
                }
                case MEMO_BEFORE -> {
                    putBack(action.memo());
                    codebook++;
                }
                case SETTING_BEFORE -> {
                    putBack(action.setting());
                    codebook++;
                }
                case AFTER, CODE_AFTER, MEMO_AFTER, SETTING_AFTER, CODEBOOK, UNDO, REDO -> {
                    // the *_AFTER entries are reversed by their BEFORE twins; the rest are marks
                }
            }
        }
        if (codebook > 0) {
            store.codes().codebook(); // re-reads and re-checks the tree; throws (rolling back) if a rule broke
        }
        return new Changes(codings, codebook);
    }

    private void removeCoding(Coding logged) {
        store.codings().find(logged.id()).ifPresent(current -> {
            store.codings().delete(current.id());
            store.log().removed(current);
            index.codingAt(current.source(), current.span());
        });
    }

    private void putBack(Coding logged) {
        Coder coder = store.coders().ensure(logged.coder().name(), store.now());
        Anchor anchor = Anchor.in(TextOffsets.of(store.sources().text(logged.source())), logged.span());
        Coding restored = new Coding(logged.id(), logged.source(), logged.span(), logged.code(), coder,
                logged.created(), logged.memo(), anchor);
        var current = store.codings().find(logged.id());
        if (current.isPresent()) {
            store.codings().update(restored);
            store.log().changed(current.get(), restored);
            index.codingAt(current.get().source(), current.get().span());
        } else {
            store.codings().restore(restored);
            store.log().added(restored);
        }
        index.codingAt(restored.source(), restored.span());
    }

    private void removeCode(CodeState logged) {
        Code current = store.codes().find(logged.code().id()).orElse(null);
        if (current == null) {
            return;
        }
        int used = store.codes().codingCount(Set.of(current.id()));
        if (used > 0) {
            // Cannot happen through the stacks (later codings are undone first); said plainly if it does.
            throw new CodebookException("code '" + current.name() + "' cannot be removed: " + used + " coding"
                    + (used == 1 ? " uses" : "s use") + " it");
        }
        CodeState state = new CodeState(current, store.codes().created(current.id()));
        store.codes().delete(current.id());
        store.log().codeRemoved(state);
        index.codebook();
    }

    private void putBack(CodeState logged) {
        Code wanted = logged.code();
        var current = store.codes().find(wanted.id());
        if (current.isPresent()) {
            store.codes().update(wanted);
            store.log().codeChanged(new CodeState(current.get(), logged.created()), logged);
        } else {
            store.codes().restore(wanted, logged.created());
            store.log().codeAdded(logged);
        }
        index.codebook();
    }

    private void putBack(MemoPlacement logged) {
        MemoPlacement current = MemoPlacement.of(store.memos().get(logged.memo()));
        store.memos().place(logged);
        store.log().memoMoved(current, logged);
    }

    private void putBack(SettingValue logged) {
        SettingValue current = new SettingValue(logged.key(), store.setting(logged.key(), null));
        if (logged.value() == null) {
            store.removeSetting(logged.key());
        } else {
            store.setSetting(logged.key(), logged.value());
        }
        store.log().settingChanged(current, logged);
    }
}
