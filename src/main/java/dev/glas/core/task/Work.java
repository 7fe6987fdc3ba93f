package dev.glas.core.task;

/** A unit of background work that returns an (immutable) result. */
@FunctionalInterface
public interface Work<T> {

    T run(Progress progress, Cancellation cancellation) throws Exception;
}
