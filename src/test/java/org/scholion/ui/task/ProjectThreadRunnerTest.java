package org.scholion.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The project thread: work off the caller's thread, in order, with results on the UI thread and progress in the status bar. */
class ProjectThreadRunnerTest {

    /** A stand-in for the JavaFX thread: a queue this test drains. */
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private final TasksViewModel status = new TasksViewModel();

    private void drainUi() {
        Runnable next;
        while ((next = ui.poll()) != null) {
            next.run();
        }
    }

    @Test
    void workRunsOnTheProjectThreadInOrderAndResultsComeBackOnTheUiThread() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        Thread caller = Thread.currentThread();
        try (ProjectThreadRunner runner = ProjectThreadRunner.onOwnThread(ui::add, status)) {
            for (int i = 0; i < 5; i++) {
                int n = i;
                runner.quick(p -> {
                    assertThat(Thread.currentThread()).isNotSameAs(caller);
                    order.add("work " + n);
                    return n;
                }, result -> order.add("result " + result), e -> order.add("failed"));
            }
            assertThat(runner.drain(10, TimeUnit.SECONDS)).isTrue();
            assertThat(order).containsExactly("work 0", "work 1", "work 2", "work 3", "work 4");
            drainUi();
        }
        assertThat(order).endsWith("result 0", "result 1", "result 2", "result 3", "result 4");
    }

    @Test
    void aLongTaskShowsItsProgressAndStopsWhenCancelled() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        String[] outcome = new String[1];
        try (ProjectThreadRunner runner = ProjectThreadRunner.onOwnThread(ui::add, status)) {
            TaskRunner.RunningTask task = runner.submit("Importing 10 files", progress -> {
                progress.update(3, 10, "c.pdf");
                reported.countDown();
                while (!progress.isCancelled()) {
                    Thread.onSpinWait();
                }
                cancelled.countDown();
                return "stopped after 3";
            }, result -> outcome[0] = result, e -> outcome[0] = "failed");
            assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
            drainUi();

            assertThat(status.busyProperty().get()).isTrue();
            assertThat(status.titleProperty().get()).isEqualTo("Importing 10 files");
            assertThat(status.progressProperty().get()).isEqualTo(0.3);
            assertThat(status.messageProperty().get()).isEqualTo("c.pdf");

            status.cancel();
            assertThat(task.isCancelled()).isTrue();
            assertThat(cancelled.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(runner.drain(10, TimeUnit.SECONDS)).isTrue();
            drainUi();
        }
        assertThat(outcome[0]).isEqualTo("stopped after 3");
        assertThat(status.busyProperty().get()).isFalse();
    }

    @Test
    void aFailureReachesItsHandlerAndTheNextWorkStillRuns() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (ProjectThreadRunner runner = ProjectThreadRunner.onOwnThread(ui::add, status)) {
            runner.quick(p -> {
                throw new IllegalStateException("source 9 does not exist");
            }, r -> seen.add("ok"), e -> seen.add(e.getMessage()));
            runner.quick(p -> "next", seen::add, e -> seen.add("failed"));
            assertThat(runner.drain(10, TimeUnit.SECONDS)).isTrue();
            drainUi();
        }
        assertThat(seen).containsExactly("source 9 does not exist", "next");
    }
}
