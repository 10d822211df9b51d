package org.scholion.coding;

import java.time.Instant;

/**
 * One entry of the project's append-only action log. Entries written by one user action share a
 * group, which undo reverses as one step and redo re-applies. Each entry holds what it changed in
 * full: the coding for coding kinds ({@link Kind#ADD} after the action, {@link Kind#REMOVE} before
 * it; a change writes BEFORE and AFTER), the code for code kinds, the memo's place for memo kinds,
 * the setting's value for setting kinds. The other subjects are null. A memo entry may also hold
 * who wrote the memo first and when ({@code memoOrigin}: always for a memo written or deleted, see
 * {@link MemoChange}; null in moves).
 */
public record CodingAction(long sequence, long group, Instant at, String coder, Kind kind,
                           Coding coding, String detail, CodeState code, MemoPlacement memo, MemoOrigin memoOrigin,
                           SettingValue setting) {

    /** A coding or codebook entry, as the log wrote them before codes had states of their own. */
    public CodingAction(long sequence, long group, Instant at, String coder, Kind kind, Coding coding, String detail) {
        this(sequence, group, at, coder, kind, coding, detail, null, null, null, null);
    }

    public enum Kind {
        /** A coding was created. */
        ADD,
        /** A coding was removed; the entry keeps all of it. */
        REMOVE,
        /** A coding's state before a change. */
        BEFORE,
        /** A coding's state after a change. */
        AFTER,
        /** A change to the codebook; {@code detail} says what, in the user's words. */
        CODEBOOK,
        /** An undo of an earlier group; {@code detail} names it. */
        UNDO,
        /** A redo: the reversal of an undo group, which {@code detail} names. */
        REDO,
        /** A code was created; the entry holds it as created. */
        CODE_ADD,
        /** A code was deleted; the entry holds all of it. */
        CODE_REMOVE,
        /** A code's state before a change. */
        CODE_BEFORE,
        /** A code's state after a change. */
        CODE_AFTER,
        /**
         * Where a memo hung, with its title and text, before a change; alone (no MEMO_AFTER of the
         * same memo next), the memo as it was deleted.
         */
        MEMO_BEFORE,
        /** Where a memo hangs, with its title and text, after a change; alone, the memo as it was written. */
        MEMO_AFTER,
        /** A setting's value before a change. */
        SETTING_BEFORE,
        /** A setting's value after a change. */
        SETTING_AFTER;

        /** Whether the entry marks its group as the reversal of another. */
        public boolean marksReversal() {
            return this == UNDO || this == REDO;
        }
    }
}
