package dev.glas.ui.common;

import dev.glas.core.i18n.Messages;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.CancelledException;
import dev.glas.core.task.Progress;
import dev.glas.core.task.TaskHandle;
import dev.glas.core.task.TaskRunner;
import dev.glas.core.task.Work;
import java.nio.channels.ClosedByInterruptException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs {@link Work} on a bounded pool of background threads (two by default: the machine is a laptop) and
 * delivers results on the FX thread. Each task is listed in {@link #running()} for the status bar while it
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
            job.future = executor.submit(job::runInBackground);
        } catch (RuntimeException e) {
            job.finish(() -> onFailure.accept(e));
        }
        return job;
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
        final AtomicReference<double[]> pendingFraction = new AtomicReference<>();
        final AtomicReference<String> pendingMessage = new AtomicReference<>();
        volatile java.util.concurrent.Future<?> future;
        Thread worker;
        boolean started;
        volatile boolean done;

        Job(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
            this.view = new RunningTask(title, this::cancel);
        }

        void runInBackground() {
            synchronized (lock) {
                if (cancellation.isCancelled()) {
                    finish(() -> onFailure.accept(new CancelledException()));
                    return;
                }
                started = true;
                worker = Thread.currentThread();
            }
            T result = null;
            Throwable failure = null;
            try {
                result = work.run(progress(), cancellation);
            } catch (Throwable t) {
                failure = t;
            } finally {
                synchronized (lock) {
                    worker = null;
                    Thread.interrupted(); // clear an interrupt that raced with the end of the work
                }
            }
            if (cancellation.isCancelled() || (failure != null && isInterruption(failure) && view.isCancelRequested())) {
                failure = new CancelledException();
            }
            if (failure != null) {
                Throwable f = failure;
                finish(() -> onFailure.accept(f));
            } else {
                T r = result;
                finish(() -> onSuccess.accept(r));
            }
        }

        private Progress progress() {
            return (fraction, key, args) -> {
                String text = key == null ? null : Messages.get(key, args);
                boolean schedule = pendingFraction.getAndSet(new double[] {fraction}) == null;
                if (text != null) {
                    pendingMessage.set(text);
                }
                if (schedule) {
                    Platform.runLater(() -> {
                        double[] f = pendingFraction.getAndSet(null);
                        view.update(f == null ? view.progressProperty().get() : f[0], pendingMessage.get());
                    });
                }
            };
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
            if (notStarted && future != null && future.cancel(false)) {
                finish(() -> onFailure.accept(new CancelledException()));
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
