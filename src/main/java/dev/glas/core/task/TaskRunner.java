package dev.glas.core.task;

import java.util.function.Consumer;

/**
 * Runs {@link Work} in the background. The UI implementation runs it on a bounded executor and delivers
 * callbacks on the FX thread; tests use {@link SyncTaskRunner}, which runs it at once on the caller's thread.
 */
public interface TaskRunner {

    /**
     * Starts work.
     *
     * @param titleKey  message key of a short title shown in the task list (e.g. "task.import")
     * @param work      the work
     * @param onSuccess called with the result (UI thread in the UI implementation)
     * @param onFailure called with the failure; a {@link CancelledException} when cancelled
     */
    /**
     * Runs {@code update} on the thread that receives the callbacks (the UI thread in the UI implementation),
     * for partial results a task hands out while it runs (e.g. one point of a chart per finished step). Any
     * thread may call it; updates run in call order. This default runs it at once on the calling thread, which
     * is right for synchronous runners.
     */
    default void deliver(Runnable update) {
        update.run();
    }

    <T> TaskHandle submit(String titleKey, Work<T> work, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure);
}
