package dev.glas.core.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every user-visible string of Glas. Each feature area owns one bundle pair under {@code dev/glas/i18n/}:
 * {@code <area>_ru.properties} and {@code <area>_en.properties} (UTF-8), so features never edit each other's
 * files. Keys are unique across all bundles (a test checks it). Russian is used when the default locale is
 * Russian, English otherwise, unless the user chose a language in the settings.
 */
public final class Messages {

    /** Bundle base names, one per feature area. */
    public static final List<String> BUNDLES = List.of(
            "dev.glas.i18n.messages", "dev.glas.i18n.data", "dev.glas.i18n.segment", "dev.glas.i18n.churn",
            "dev.glas.i18n.behavior", "dev.glas.i18n.text", "dev.glas.i18n.report", "dev.glas.i18n.project");
    public static final Locale RUSSIAN = Locale.of("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static volatile Locale locale = defaultLocale();
    private static volatile List<ResourceBundle> bundles = load(locale);

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
        bundles = load(chosen);
        locale = chosen;
    }

    /** The localized text of {@code key}, with {@link MessageFormat} arguments; "!key!" when missing. */
    public static String get(String key, Object... args) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                String pattern = b.getString(key);
                if (args == null || args.length == 0) {
                    return pattern;
                }
                return new MessageFormat(pattern, locale).format(args);
            }
        }
        return '!' + key + '!';
    }

    public static boolean has(String key) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    private static List<ResourceBundle> load(Locale l) {
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        List<ResourceBundle> list = new ArrayList<>();
        for (String base : BUNDLES) {
            list.add(ResourceBundle.getBundle(base, l, control));
        }
        return List.copyOf(list);
    }
}
