package org.scholion.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodebookException;
import org.scholion.coding.Anchor;
import org.scholion.coding.CodeState;
import org.scholion.coding.Coder;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingAction;
import org.scholion.coding.Memo;
import org.scholion.coding.MemoChange;
import org.scholion.coding.MemoOrigin;
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

    /** How many codings, codebook items (codes, settings) and memos a reversal changed. */
    record Changes(int codings, int codebook, int memos) {
        String summary() {
            List<String> parts = new ArrayList<>();
            count(parts, codings, "coding change");
            count(parts, codebook, "codebook change");
            count(parts, memos, "memo change");
            return parts.isEmpty() ? "no changes" : String.join(", ", parts);
        }

        private static void count(List<String> parts, int n, String what) {
            if (n > 0) {
                parts.add(n + " " + what + (n == 1 ? "" : "s"));
            }
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
        int memos = 0;
        Map<Long, MemoChange> memoChanges = new HashMap<>();
        for (MemoChange change : MemoChange.in(actions)) {
            for (CodingAction entry : Arrays.asList(change.before(), change.after())) {
                if (entry != null) {
                    memoChanges.put(entry.sequence(), change);
                }
            }
        }
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
                    if (memoChanges.get(action.sequence()).deleted()) {
                        restoreMemo(action);
                    } else {
                        putBack(action.memo());
                    }
                    memos++;
                }
                case MEMO_AFTER -> {
                    // A change is reversed by its MEMO_BEFORE; a memo written alone is deleted again.
                    if (memoChanges.get(action.sequence()).written()) {
                        deleteMemo(action.memo());
                        memos++;
                    }
                }
                case SETTING_BEFORE -> {
                    putBack(action.setting());
                    codebook++;
                }
                case AFTER, CODE_AFTER, SETTING_AFTER, CODEBOOK, UNDO, REDO -> {
                    // the *_AFTER entries are reversed by their BEFORE twins; the rest are marks
                }
            }
        }
        if (codebook > 0) {
            store.codes().codebook(); // re-reads and re-checks the tree; throws (rolling back) if a rule broke
        }
        return new Changes(codings, codebook, memos);
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

    /** Puts back a memo that was deleted, under its id, with its author and creation time. */
    private void restoreMemo(CodingAction deleted) {
        MemoPlacement logged = deleted.memo();
        MemoOrigin origin = deleted.memoOrigin();
        Coder author = origin == null || origin.author() == null ? null : store.coders().ensure(origin.author(), store.now());
        Instant created = origin == null ? store.now() : origin.created();
        Memo restored = store.memos().restore(new Memo(logged.memo(), logged.target(), logged.title(), logged.text(),
                author, created, store.now()));
        store.log().memoWritten(restored);
    }

    private void deleteMemo(MemoPlacement logged) {
        Memo current = store.memos().get(logged.memo());
        store.memos().delete(current.id());
        store.log().memoDeleted(current);
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
