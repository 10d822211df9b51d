package org.scholion.ui.task;

import java.util.function.Consumer;

/**
 * Runs work on a project away from the JavaFX thread and hands the result back to it. Every view
 * model goes through here, so the window never waits for the store, the index or a parser.
 *
 * <p>All work runs on one project thread, in the order it was submitted: a coding made while an
 * import runs is stored after it, and a view never reads a half-done change. Results and failures
 * are delivered on the UI thread.
 */
public interface TaskRunner {

    /**
     * A short piece of work (a read, one coding): not shown in the status bar.
     *
     * @param onFailure gets the exception of a failed run; its message is one line for the user
     */
    <T> void quick(BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /** A long task (import, reindex, auto-code, export): shown in the status bar with progress and a cancel button. */
    <T> RunningTask submit(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                           Consumer<? super Exception> onFailure);

    /** A long task as the status bar sees it. */
    interface RunningTask {
        String title();

        void cancel();

        boolean isCancelled();
    }
}
