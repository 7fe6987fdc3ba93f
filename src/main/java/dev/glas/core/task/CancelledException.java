package dev.glas.core.task;

/** Thrown by work that stopped because its {@link Cancellation} was requested. */
public final class CancelledException extends RuntimeException {

    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
