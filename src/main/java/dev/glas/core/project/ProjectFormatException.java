package dev.glas.core.project;

import dev.glas.core.i18n.LocalizedException;

/** A project file could not be opened or saved: damaged, from an incompatible version, or not a project. */
public final class ProjectFormatException extends LocalizedException {

    public ProjectFormatException(String key, Object... args) {
        super(key, args);
    }

    public ProjectFormatException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
