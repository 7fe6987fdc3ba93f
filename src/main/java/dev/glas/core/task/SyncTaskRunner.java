package dev.glas.core.task;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/** Runs work immediately on the calling thread; for tests and the CLI. Records submitted titles. */
public final class SyncTaskRunner implements TaskRunner {

    private final List<String> submitted = Collections.synchronizedList(new ArrayList<>());

    @Override
    public <T> TaskHandle submit(String titleKey, Work<T> work, Consumer<? super T> onSuccess,
                                 Consumer<? super Throwable> onFailure) {
        submitted.add(titleKey);
        Cancellation cancellation = new Cancellation();
        T result;
        try {
            result = work.run(Progress.NONE, cancellation);
        } catch (Throwable t) {
            onFailure.accept(t);
            return done(cancellation);
        }
        onSuccess.accept(result);
        return done(cancellation);
    }

    /** Titles of all tasks submitted so far, in order. */
    public List<String> submittedTitles() {
        return List.copyOf(submitted);
    }

    private static TaskHandle done(Cancellation cancellation) {
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancellation.cancel();
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
