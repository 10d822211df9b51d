package org.scholion.ui.task;

/** Work on the project thread: reads or writes the project, reports progress, heeds cancellation. */
@FunctionalInterface
public interface BackgroundWork<T> {

    T run(TaskProgress progress) throws Exception;
}
