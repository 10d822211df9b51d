package org.scholion.ui.task;

import org.scholion.corpus.CancellationSignal;

/** What a long task tells the status bar, and how it learns that the user cancelled it. */
public interface TaskProgress extends CancellationSignal {

    /** A progress reporter for work nobody watches. */
    TaskProgress NONE = new TaskProgress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * How far the work is; {@code total <= 0} means unknown. Cheap enough to call once per item:
     * the status bar is updated at most once per frame.
     */
    void update(long done, long total, String message);
}
