package org.scholion.project;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.scholion.coding.CodingAction;
import org.scholion.coding.UndoStacks;
import org.scholion.store.ProjectStore;

/**
 * Undo and redo of every coding, codebook and memo action, across sessions: the stacks are replayed from
 * the action log (see {@link UndoStacks}), so closing the window or a crash loses none of them.
 * An undo or a redo is itself one new logged group (marked UNDO or REDO), written in one
 * transaction with the index updated after it commits; the log is never rewritten.
 */
public final class HistoryService {

    private final ProjectStore store;
    private final GroupReversal reversal;

    HistoryService(ProjectStore store, IndexUpdates index) {
        this.store = store;
        this.reversal = new GroupReversal(store, index);
    }

    /** Reverses the latest action whose effects stand (a user action, or a redo). */
    public UndoResult undo(String actor) {
        return store.write(actor, () -> {
            UndoStacks stacks = store.log().stacks();
            long group = orNothing(stacks.nextUndo(), "undo");
            List<CodingAction> actions = store.log().group(group);
            refuseUnrecorded(group, actions);
            GroupReversal.Changes changes = reversal.reverse(actions);
            store.log().undoneGroup(group);
            return new UndoResult(group, "undid " + sentence(stacks, group, changes));
        });
    }

    /** Re-applies the action undone last, unless a new action was made since that undo. */
    public UndoResult redo(String actor) {
        return store.write(actor, () -> {
            UndoStacks stacks = store.log().stacks();
            long undoGroup = orNothing(stacks.nextRedo(), "redo");
            GroupReversal.Changes changes = reversal.reverse(store.log().group(undoGroup));
            store.log().redoneGroup(undoGroup);
            return new UndoResult(undoGroup, "redid " + sentence(stacks, undoGroup, changes));
        });
    }

    /** "Undo: coded 42 characters with 'Security interests'", or empty when there is nothing to undo. */
    public Optional<String> nextUndo() {
        return store.read(() -> {
            UndoStacks stacks = store.log().stacks();
            return next(stacks, stacks.nextUndo()).map(what -> "Undo: " + what);
        });
    }

    /** "Redo: renamed 'X' to 'Y'", or empty when there is nothing to redo. */
    public Optional<String> nextRedo() {
        return store.read(() -> {
            UndoStacks stacks = store.log().stacks();
            return next(stacks, stacks.nextRedo()).map(what -> "Redo: " + what);
        });
    }

    private Optional<String> next(UndoStacks stacks, OptionalLong group) {
        if (group.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(describe(stacks.origin(group.getAsLong())));
    }

    private String sentence(UndoStacks stacks, long group, GroupReversal.Changes changes) {
        long origin = stacks.origin(group);
        return "action " + origin + ": " + describe(origin) + " (" + changes.summary() + ")";
    }

    private String describe(long userAction) {
        return ActionDescriptions.describe(store.log().group(userAction), store.codes().codebook(),
                new MemoTargets(store)::phrase);
    }

    private static long orNothing(OptionalLong group, String what) {
        return group.orElseThrow(() -> new IllegalStateException("there is nothing to " + what));
    }

    /**
     * Codebook actions logged before schema 3 carry a sentence but not the codes' earlier states;
     * reversing them would guess, so they are refused in so many words.
     */
    private static void refuseUnrecorded(long group, List<CodingAction> actions) {
        boolean codebook = actions.stream().anyMatch(a -> a.kind() == CodingAction.Kind.CODEBOOK);
        boolean states = actions.stream().anyMatch(a -> a.code() != null || a.memo() != null || a.setting() != null);
        if (codebook && !states) {
            String detail = actions.stream().filter(a -> a.kind() == CodingAction.Kind.CODEBOOK).findFirst()
                    .orElseThrow().detail();
            throw new IllegalStateException("action " + group + " (" + detail + ") was recorded by an earlier "
                    + "Scholion without the codebook's previous state, so it cannot be undone");
        }
    }
}
