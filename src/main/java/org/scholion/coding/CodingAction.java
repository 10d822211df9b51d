package org.scholion.coding;

import java.time.Instant;

/**
 * One entry of the project's append-only action log. Entries written by one user action share a
 * group, which undo reverses as one step. For coding entries, {@code coding} holds the coding as it
 * was after the action ({@link Kind#ADD}) or before it ({@link Kind#REMOVE}); a change writes both.
 */
public record CodingAction(long sequence, long group, Instant at, String coder, Kind kind,
                           Coding coding, String detail) {

    public enum Kind {
        /** A coding was created. */
        ADD,
        /** A coding was removed; the entry keeps all of it. */
        REMOVE,
        /** A coding's state before a change. */
        BEFORE,
        /** A coding's state after a change. */
        AFTER,
        /** A change to the codebook; {@code detail} says what. */
        CODEBOOK,
        /** An undo of an earlier group; {@code detail} names it. */
        UNDO
    }
}
