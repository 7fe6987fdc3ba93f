package dev.glas.core.churn;

import dev.glas.core.i18n.LocalizedException;

/** Bad input to the churn lab or scorer; carries a message key of the churn bundle. */
public final class ChurnException extends LocalizedException {

    public ChurnException(String key, Object... args) {
        super(key, args);
    }
}
