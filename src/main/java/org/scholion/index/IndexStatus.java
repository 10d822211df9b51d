package org.scholion.index;

/**
 * What {@link PassageIndex#open} found on disk. Anything but {@link State#READY} means the index
 * was (re)created empty and the caller must {@link PassageIndex#rebuild} it from the store, which
 * is always possible: the index is derived and never the only copy of anything.
 *
 * @param detail one line on why, for the log; empty when ready
 */
public record IndexStatus(State state, String detail) {

    public enum State {
        /** The index was there, readable, and of this version's schema. */
        READY,
        /** No index in the directory (a new project, or the folder was deleted). */
        MISSING,
        /** Damaged or in a format this Lucene cannot read; it was deleted. */
        CORRUPT,
        /** Written by a Scholion with a different index schema; it was discarded. */
        SCHEMA_CHANGED
    }

    public boolean needsRebuild() {
        return state != State.READY;
    }

    static IndexStatus ready() {
        return new IndexStatus(State.READY, "");
    }
}
