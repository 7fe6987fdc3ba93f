package dev.glas.ui.common;

import dev.glas.core.i18n.LocalizedException;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.CancelledException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns a failure into a sentence for the analyst, in the UI language. */
public final class ErrorText {

    private ErrorText() {
    }

    public static String describe(Throwable error) {
        Throwable t = unwrap(error);
        return switch (t) {
            case LocalizedException le -> le.getLocalizedMessage();
            case CancelledException ce -> Messages.get("error.cancelled");
            case NoSuchFileException nf -> Messages.get("error.file.not.found", nf.getFile());
            case AccessDeniedException ad -> Messages.get("error.access.denied", ad.getFile());
            case IOException io -> Messages.get("error.io", String.valueOf(io.getLocalizedMessage()));
            case OutOfMemoryError oom -> Messages.get("error.memory");
            default -> Messages.get("error.unexpected", t.getClass().getSimpleName(),
                    String.valueOf(t.getLocalizedMessage()));
        };
    }

    /** Whether the failure is a bug rather than bad input (then the dialog offers technical details). */
    public static boolean isUnexpected(Throwable error) {
        Throwable t = unwrap(error);
        return !(t instanceof LocalizedException || t instanceof CancelledException || t instanceof IOException);
    }

    static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.lang.reflect.InvocationTargetException
                || t instanceof java.io.UncheckedIOException
                || (t instanceof RuntimeException && t.getClass() == RuntimeException.class))
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
