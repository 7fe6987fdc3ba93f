package dev.glas.core.prep;

import dev.glas.core.i18n.LocalizedException;

/** A preparation step cannot be fitted or replayed on the given data (missing or mistyped columns…). */
public final class PrepException extends LocalizedException {

    public PrepException(String key, Object... args) {
        super(key, args);
    }
}
