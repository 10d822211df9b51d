package org.scholion.coding;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The undo and redo stacks of a project, replayed from its action log: nothing about them lives
 * outside the log, so they are the same after a restart or a crash. A user action joins the undo
 * stack and empties the redo stack; an undo moves its group to the redo stack; a redo (the
 * reversal of an undo) joins the undo stack, so undoing it reverses the re-applied action again.
 */
public final class UndoStacks {

    /** A group of the log: {@code mark} is null for a user action, else UNDO or REDO of {@code target}. */
    public record Group(long id, CodingAction.Kind mark, long target) {
    }

    private final Deque<Long> undo = new ArrayDeque<>();
    private final Deque<Long> redo = new ArrayDeque<>();
    private final Map<Long, Long> reversalOf = new HashMap<>();

    private UndoStacks() {
    }

    /** Replays the groups in the order they were written. */
    public static UndoStacks replay(List<Group> groups) {
        UndoStacks stacks = new UndoStacks();
        groups.forEach(stacks::apply);
        return stacks;
    }

    private void apply(Group group) {
        if (group.mark() == null) {
            undo.push(group.id());
            redo.clear();
        } else if (group.mark() == CodingAction.Kind.UNDO) {
            undo.removeFirstOccurrence(group.target());
            redo.push(group.id());
            reversalOf.put(group.id(), group.target());
        } else {
            redo.removeFirstOccurrence(group.target());
            undo.push(group.id());
            reversalOf.put(group.id(), group.target());
        }
    }

    /** The group undo reverses next: a user action or a redo. */
    public OptionalLong nextUndo() {
        return undo.isEmpty() ? OptionalLong.empty() : OptionalLong.of(undo.peek());
    }

    /** The group redo reverses next: always an undo. */
    public OptionalLong nextRedo() {
        return redo.isEmpty() ? OptionalLong.empty() : OptionalLong.of(redo.peek());
    }

    /** The user action a group ultimately stems from, following undo and redo back to it. */
    public long origin(long group) {
        long current = group;
        while (reversalOf.containsKey(current)) {
            current = reversalOf.get(current);
        }
        return current;
    }
}
