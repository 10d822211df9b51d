package org.scholion.reliability;

/** What the kills of {@link CrashKillTest} came to, for the line the build prints at the end. */
final class CrashTally {

    int kills;
    int acknowledged;
    private int underWayDone;
    private int underWayNotDone;
    private int indexReady;
    private int indexRebuilt;
    private long childNanos;
    private long checkNanos;
    private long indexNanos;

    /** The action under way at a kill was found done (committed before the kill) or not at all. */
    void settle(boolean done) {
        if (done) {
            underWayDone++;
        } else {
            underWayNotDone++;
        }
    }

    void indexOpened(boolean rebuilt) {
        if (rebuilt) {
            indexRebuilt++;
        } else {
            indexReady++;
        }
    }

    void timed(long child, long check, long index) {
        childNanos += child;
        checkNanos += check;
        indexNanos += index;
    }

    String line() {
        return ("crash safety: %d SIGKILLs survived, %d acknowledged actions all kept; action under way at the kill: "
                + "%d found done, %d found not done, none half done; index on reopening: %d current, %d rebuilt, "
                + "all agreeing with the store (%.0f s in the children, %.0f s checking the store, %.0f s the index)")
                .formatted(kills, acknowledged, underWayDone, underWayNotDone, indexReady, indexRebuilt,
                        childNanos / 1e9, checkNanos / 1e9, indexNanos / 1e9);
    }
}
