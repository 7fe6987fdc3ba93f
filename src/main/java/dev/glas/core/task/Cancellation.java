package dev.glas.core.task;

/**
 * A cancellation flag shared between the party that started some work and the work itself.
 * Work calls {@link #check()} often (at least every ~100 ms of computation).
 */
public final class Cancellation {

    /** A token that is never cancelled. */
    public static final Cancellation NEVER = new Cancellation();

    private volatile boolean cancelled;

    public void cancel() {
        if (this != NEVER) {
            cancelled = true;
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancelledException} when cancellation was requested. */
    public void check() {
        if (cancelled) {
            throw new CancelledException();
        }
    }
}
