package dev.glas.core.i18n;

import java.util.Arrays;

/**
 * Base of the checked exceptions that {@code core} throws for bad input. It carries a message key and
 * arguments; {@link #getLocalizedMessage()} gives the text in the current UI language.
 */
public class LocalizedException extends Exception {

    private final String key;
    private final transient Object[] args;

    public LocalizedException(String key, Object... args) {
        this(null, key, args);
    }

    public LocalizedException(Throwable cause, String key, Object... args) {
        super(key + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String getLocalizedMessage() {
        return Messages.get(key, args);
    }
}
