package dev.glas.core.text;

import dev.glas.core.i18n.LocalizedException;

/** Bad input to the text analytics: an unusable model folder or model file, a missing column, too few labels. */
public final class TextException extends LocalizedException {

    public TextException(String key, Object... args) {
        super(key, args);
    }

    public TextException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
