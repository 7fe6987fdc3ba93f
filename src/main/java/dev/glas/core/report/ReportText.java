package dev.glas.core.report;

import dev.glas.core.i18n.Messages;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Localized texts in a chosen language (the report can be written in Russian or English regardless of the
 * language the UI currently shows). Reads the same bundles as {@link Messages}.
 */
public final class ReportText {

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    private ReportText(Locale locale) {
        this.locale = "ru".equals(locale.getLanguage()) ? Messages.RUSSIAN : Messages.ENGLISH;
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        List<ResourceBundle> list = new ArrayList<>();
        for (String base : Messages.BUNDLES) {
            list.add(ResourceBundle.getBundle(base, this.locale, control));
        }
        this.bundles = List.copyOf(list);
    }

    public static ReportText of(Locale locale) {
        return new ReportText(locale);
    }

    /** In the language the UI currently uses. */
    public static ReportText current() {
        return new ReportText(Messages.locale());
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                String pattern = b.getString(key);
                return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        return '!' + key + '!';
    }
}
