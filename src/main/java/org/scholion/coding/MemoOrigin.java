package org.scholion.coding;

import java.time.Instant;

/**
 * Who first wrote a memo (null when no one is recorded) and when: what the action log keeps of a
 * memo beside its place, so that a deleted memo comes back as it was.
 */
public record MemoOrigin(String author, Instant created) {

    public static MemoOrigin of(Memo memo) {
        return new MemoOrigin(memo.author() == null ? null : memo.author().name(), memo.created());
    }
}
