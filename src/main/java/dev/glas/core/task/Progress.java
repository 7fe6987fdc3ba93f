package dev.glas.core.task;

/**
 * Receives progress of a long-running piece of work: a fraction in [0, 1] (or a negative value when the
 * amount of work is unknown) and a localized message given as a message key with arguments.
 * Implementations must be cheap and thread-safe; work reports as often as it likes.
 */
@FunctionalInterface
public interface Progress {

    /** A sink that ignores everything; for callers that do not display progress (CLI, tests). */
    Progress NONE = (fraction, key, args) -> { };

    void report(double fraction, String messageKey, Object... args);

    /** A view of this progress that maps [0, 1] onto [from, to] of the parent, for sub-steps. */
    default Progress slice(double from, double to) {
        Progress parent = this;
        return (fraction, key, args) ->
                parent.report(fraction < 0 ? -1 : from + (to - from) * Math.clamp(fraction, 0.0, 1.0), key, args);
    }
}
