package org.scholion.ui.task;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The status bar: the long task under way (title, progress, message, cancel) and the last thing
 * that went wrong or was done, as one line. Tasks queue on the project thread, so the one shown is
 * the oldest still running; the count of those waiting is in the text.
 */
public final class TasksViewModel {

    private final List<ProjectThreadRunner.Task> running = new ArrayList<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty title = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");

    void started(ProjectThreadRunner.Task task) {
        running.add(task);
        show();
    }

    void progressed(ProjectThreadRunner.Task task) {
        if (!running.isEmpty() && running.getFirst() == task) {
            show();
        }
    }

    void finished(ProjectThreadRunner.Task task) {
        running.remove(task);
        show();
    }

    /** Cancels the task shown; the task stops at its next check and keeps what it finished. */
    public void cancel() {
        if (!running.isEmpty()) {
            running.getFirst().cancel();
            message.set("cancelling...");
        }
    }

    /** One line for the user: what was done, or what went wrong. */
    public void notify(String line) {
        notice.set(line == null ? "" : line);
    }

    private void show() {
        busy.set(!running.isEmpty());
        if (running.isEmpty()) {
            title.set("");
            progress.set(0);
            message.set("");
            return;
        }
        ProjectThreadRunner.Task task = running.getFirst();
        int waiting = running.size() - 1;
        title.set(task.title() + (waiting > 0 ? " (+" + waiting + " waiting)" : ""));
        progress.set(task.total() > 0 ? Math.min(1.0, (double) task.done() / task.total()) : -1);
        message.set(task.isCancelled() ? "cancelling..." : task.message());
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** 0..1, or -1 while the total is unknown (an indeterminate bar). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }
}
