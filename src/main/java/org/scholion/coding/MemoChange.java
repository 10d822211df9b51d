package org.scholion.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * What one logged action did to one memo, read from its entries. A change (moved, retitled,
 * rewritten) is a {@link CodingAction.Kind#MEMO_BEFORE} entry followed at once by the
 * {@link CodingAction.Kind#MEMO_AFTER} of the same memo; a MEMO_AFTER alone means the memo was
 * written, a MEMO_BEFORE alone that it was deleted. So the log's vocabulary needs no new kinds.
 *
 * @param before the entry with the memo as it was, or null when the memo was written
 * @param after the entry with the memo as it is now, or null when the memo was deleted
 */
public record MemoChange(CodingAction before, CodingAction after) {

    public MemoChange {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a memo change needs an entry before or after");
        }
    }

    /** The memo changes of a group, in the order they were logged. */
    public static List<MemoChange> in(List<CodingAction> group) {
        List<MemoChange> changes = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            CodingAction entry = group.get(i);
            if (entry.kind() == CodingAction.Kind.MEMO_BEFORE) {
                CodingAction next = i + 1 < group.size() ? group.get(i + 1) : null;
                if (next != null && next.kind() == CodingAction.Kind.MEMO_AFTER && next.memo().memo() == entry.memo().memo()) {
                    changes.add(new MemoChange(entry, next));
                    i++;
                } else {
                    changes.add(new MemoChange(entry, null));
                }
            } else if (entry.kind() == CodingAction.Kind.MEMO_AFTER) {
                changes.add(new MemoChange(null, entry));
            }
        }
        return changes;
    }

    public boolean written() {
        return before == null;
    }

    public boolean deleted() {
        return after == null;
    }

    /** The memo's id. */
    public long memo() {
        return (before != null ? before : after).memo().memo();
    }
}
