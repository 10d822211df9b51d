package org.scholion.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The {@link TaskRunner} of the workbench: one daemon project thread, results handed to the UI
 * thread through an executor ({@code Platform::runLater} in the application, a direct executor in
 * view-model tests, which then run every task synchronously).
 */
public final class ProjectThreadRunner implements TaskRunner, AutoCloseable {

    private final Executor projectThread;
    private final ExecutorService owned;
    private final Executor uiThread;
    private final TasksViewModel status;

    private ProjectThreadRunner(Executor projectThread, ExecutorService owned, Executor uiThread, TasksViewModel status) {
        this.projectThread = projectThread;
        this.owned = owned;
        this.uiThread = uiThread;
        this.status = status;
    }

    /** The runner of the application: work on a new project thread, results on {@code uiThread}. */
    public static ProjectThreadRunner onOwnThread(Executor uiThread, TasksViewModel status) {
        ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
            Thread t = new Thread(work, "scholion-project");
            t.setDaemon(true);
            return t;
        });
        return new ProjectThreadRunner(thread, thread, uiThread, status);
    }

    /** Everything on the calling thread, at once: for tests of view models. */
    public static ProjectThreadRunner direct(TasksViewModel status) {
        return new ProjectThreadRunner(Runnable::run, null, Runnable::run, status);
    }

    @Override
    public <T> void quick(BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        projectThread.execute(() -> {
            try {
                T result = work.run(TaskProgress.NONE);
                uiThread.execute(() -> onSuccess.accept(result));
            } catch (Exception e) {
                uiThread.execute(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public <T> RunningTask submit(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Exception> onFailure) {
        Task task = new Task(title);
        uiThread.execute(() -> status.started(task));
        projectThread.execute(() -> {
            try {
                T result = work.run(task.progress(uiThread, status));
                uiThread.execute(() -> {
                    status.finished(task);
                    onSuccess.accept(result);
                });
            } catch (Exception e) {
                uiThread.execute(() -> {
                    status.finished(task);
                    onFailure.accept(e);
                });
            }
        });
        return task;
    }

    /** Waits for submitted work to finish (on closing a project or the window); true if it did in time. */
    public boolean drain(long timeout, TimeUnit unit) throws InterruptedException {
        if (owned == null) {
            return true;
        }
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        owned.execute(done::countDown);
        return done.await(timeout, unit);
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.shutdown();
        }
    }

    static final class Task implements RunningTask {
        private final String title;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        // The latest figures, picked up by at most one pending UI update at a time, so a task that
        // reports per item does not flood the UI thread.
        private final AtomicBoolean updatePending = new AtomicBoolean();
        private volatile long done;
        private volatile long total;
        private volatile String message = "";

        Task(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        long done() {
            return done;
        }

        long total() {
            return total;
        }

        String message() {
            return message;
        }

        TaskProgress progress(Executor uiThread, TasksViewModel status) {
            return new TaskProgress() {
                @Override
                public void update(long doneNow, long totalNow, String messageNow) {
                    done = doneNow;
                    total = totalNow;
                    message = messageNow == null ? "" : messageNow;
                    if (updatePending.compareAndSet(false, true)) {
                        uiThread.execute(() -> {
                            updatePending.set(false);
                            status.progressed(Task.this);
                        });
                    }
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.get();
                }
            };
        }
    }
}
