package dev.glas.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible string of Glas. Bundles live in {@code dev/glas/i18n/messages_ru.properties} and
 * {@code messages_en.properties} (UTF-8). Russian is used when the default locale is Russian, English
 * otherwise, unless the user chose a language in the settings.
 */
public final class Messages {

    public static final String BUNDLE = "dev.glas.i18n.messages";
    public static final Locale RUSSIAN = Locale.of("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static volatile Locale locale = defaultLocale();
    private static volatile ResourceBundle bundle = load(locale);

    private Messages() {
    }

    /** Russian when the OS locale is Russian, otherwise English. */
    public static Locale defaultLocale() {
        return "ru".equals(Locale.getDefault().getLanguage()) ? RUSSIAN : ENGLISH;
    }

    public static Locale locale() {
        return locale;
    }

    public static void setLocale(Locale newLocale) {
        Locale chosen = "ru".equals(newLocale.getLanguage()) ? RUSSIAN : ENGLISH;
        bundle = load(chosen);
        locale = chosen;
    }

    /** The localized text of {@code key}, with {@link MessageFormat} arguments. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    private static ResourceBundle load(Locale l) {
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
