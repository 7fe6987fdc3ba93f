package dev.glas.ui.common;

import dev.glas.core.i18n.Messages;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.CancelledException;
import dev.glas.core.task.TaskHandle;
import dev.glas.core.task.TaskRunner;
import dev.glas.core.task.Work;
import java.nio.channels.ClosedByInterruptException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Runs {@link Work} as JavaFX {@link Task}s on a bounded pool of background threads (two by default: the
 * machine is a laptop) and delivers results on the FX thread. Each task is listed in {@link #running()} for the status bar while it
 * runs. Cancelling sets the work's {@link Cancellation} and interrupts its thread, so work that checks the
 * flag every ~100 ms (or blocks in interruptible I/O) stops well within a second; the failure callback then
 * receives a {@link CancelledException}. Progress updates are coalesced to one FX update per pulse.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ThreadPoolExecutor executor;
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();
    private final ObservableList<RunningTask> runningView = FXCollections.unmodifiableObservableList(running);
    private final AtomicInteger active = new AtomicInteger();

    public FxTaskRunner() {
        this(2);
    }

    public FxTaskRunner(int threads) {
        AtomicInteger n = new AtomicInteger();
        executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "glas-task-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    /** Tasks submitted and not yet finished, in submission order (FX thread only). */
    public ObservableList<RunningTask> running() {
        return runningView;
    }

    /** Number of tasks whose callbacks have not run yet (any thread; tests wait for 0). */
    public int activeCount() {
        return active.get();
    }

    @Override
    public <T> TaskHandle submit(String titleKey, Work<T> work, Consumer<? super T> onSuccess,
                                 Consumer<? super Throwable> onFailure) {
        Job<T> job = new Job<>(Messages.get(titleKey), work, onSuccess, onFailure);
        active.incrementAndGet();
        onFx(() -> running.add(job.view));
        try {
            executor.execute(job.task);
        } catch (RuntimeException e) {
            job.finish(() -> onFailure.accept(e));
        }
        return job;
    }

    /** Partial results: posted to the FX thread in call order (at once when already on it). */
    @Override
    public void deliver(Runnable update) {
        onFx(update);
    }

    /** Cancels everything and stops the threads (application exit). */
    @Override
    public void close() {
        for (RunningTask t : running.toArray(RunningTask[]::new)) {
            t.cancel();
        }
        executor.shutdownNow();
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    private final class Job<T> implements TaskHandle {
        final Work<T> work;
        final Consumer<? super T> onSuccess;
        final Consumer<? super Throwable> onFailure;
        final Cancellation cancellation = new Cancellation();
        final RunningTask view;
        final Object lock = new Object();
        final FxTask task;
        Thread worker;
        boolean started;
        volatile boolean done;

        Job(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
            this.view = new RunningTask(title, this::cancel);
            this.task = new FxTask();
            // progress and message are coalesced by Task (one FX update per pulse) and shown by the status bar
            task.progressProperty().addListener((o, a, b) -> view.update(b.doubleValue(), null));
            task.messageProperty().addListener((o, a, b) -> view.update(task.getProgress(), b));
            task.setOnSucceeded(e -> finish(() -> {
                if (cancellation.isCancelled()) {
                    onFailure.accept(new CancelledException());
                } else {
                    onSuccess.accept(task.getValue());
                }
            }));
            task.setOnFailed(e -> {
                Throwable f = task.getException();
                boolean cancelled = cancellation.isCancelled()
                        || (isInterruption(f) && view.isCancelRequested());
                finish(() -> onFailure.accept(cancelled ? new CancelledException() : f));
            });
            task.setOnCancelled(e -> finish(() -> onFailure.accept(new CancelledException())));
        }

        /** The JavaFX Task that runs the work on the pool; never cancelled through Task.cancel once started. */
        final class FxTask extends Task<T> {
            @Override
            protected T call() throws Exception {
                synchronized (lock) {
                    if (cancellation.isCancelled()) {
                        throw new CancelledException();
                    }
                    started = true;
                    worker = Thread.currentThread();
                }
                try {
                    return work.run((fraction, key, args) -> {
                        if (fraction < 0) {
                            updateProgress(-1, -1);
                        } else {
                            updateProgress(Math.min(1.0, fraction), 1.0);
                        }
                        if (key != null) {
                            updateMessage(Messages.get(key, args));
                        }
                    }, cancellation);
                } finally {
                    synchronized (lock) {
                        worker = null;
                        Thread.interrupted(); // clear an interrupt that raced with the end of the work
                    }
                }
            }
        }

        void finish(Runnable callback) {
            onFx(() -> {
                if (done) {
                    return;
                }
                done = true;
                running.remove(view);
                try {
                    callback.run();
                } finally {
                    active.decrementAndGet();
                }
            });
        }

        /**
         * Sets the cancellation flag and interrupts the worker; the task then ends with CancelledException
         * when the work notices (the status bar keeps it until then). A task still queued is cancelled at once.
         */
        @Override
        public void cancel() {
            boolean notStarted;
            synchronized (lock) {
                cancellation.cancel();
                if (worker != null) {
                    worker.interrupt();
                }
                notStarted = !started;
            }
            if (notStarted) {
                onFx(() -> task.cancel(false));
            }
        }

        @Override
        public boolean isDone() {
            return done;
        }

        private static boolean isInterruption(Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof InterruptedException || c instanceof ClosedByInterruptException
                        || c instanceof CancelledException || c instanceof java.io.InterruptedIOException) {
                    return true;
                }
            }
            return false;
        }
    }
}
