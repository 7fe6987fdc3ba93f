package dev.glas.core.task;

/** What the submitter of a task keeps: a way to cancel it and to know whether it is still running. */
public interface TaskHandle {

    void cancel();

    boolean isDone();
}
