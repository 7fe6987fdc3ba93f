package dev.glas.ui.common;

import dev.glas.core.i18n.Messages;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A number typed as text in the UI language: the text shows the value with the UI's decimal separator (a comma
 * in Russian), accepts "1,5" as well as "1.5" (and spaces or no-break spaces between digit groups), and a text
 * that is not an allowed number leaves the value unchanged and sets a localized {@link #errorProperty()}.
 * Setting the value from code rewrites the text. No JavaFX nodes: a ViewModel part.
 */
public final class NumberInput {

    private final DoubleProperty value;
    private final String labelKey;
    private final double min;
    private final String errorKey;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private boolean syncing;

    /**
     * @param value    the number it edits
     * @param labelKey message key of the field's label (named in the error)
     * @param min      smallest allowed value
     * @param errorKey message key of the error: {0} label, {1} the text, {2} the smallest value, {3} the value kept
     */
    public NumberInput(DoubleProperty value, String labelKey, double min, String errorKey) {
        this.value = value;
        this.labelKey = labelKey;
        this.min = min;
        this.errorKey = errorKey;
        text.set(format(value.get()));
        text.addListener((o, a, s) -> onText(s));
        value.addListener((o, a, v) -> {
            if (!syncing) {
                Double shown = parse(text.get());
                if (shown == null || shown != v.doubleValue()) {
                    syncing = true;
                    text.set(format(v.doubleValue()));
                    error.set("");
                    syncing = false;
                }
            }
        });
    }

    private void onText(String s) {
        if (syncing) {
            return;
        }
        Double v = parse(s);
        if (v == null || v < min) {
            error.set(Messages.get(errorKey, Messages.get(labelKey), s == null ? "" : s.strip(), min,
                    value.get()));
            return;
        }
        error.set("");
        syncing = true;
        value.set(v);
        syncing = false;
    }

    /**
     * A number written by a person: comma or point as the decimal separator (when both appear, the last one is the
     * decimal separator and the other groups digits), spaces, no-break spaces and apostrophes between groups.
     *
     * @return the number, or null when the text is not one (or is not finite)
     */
    public static Double parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("'", "")
                .replace('\u2212', '-');
        if (t.isEmpty() || !t.matches("[+-]?[0-9.,]+([eE][+-]?[0-9]+)?")) {
            return null;
        }
        int comma = t.lastIndexOf(',');
        int point = t.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            t = comma > point ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else {
            t = t.replace(',', '.');
        }
        try {
            double d = Double.parseDouble(t);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value in the UI language without digit grouping ("1500", "1,5" in Russian, "1.5" in English). */
    public static String format(double v) {
        Locale l = Messages.locale();
        DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(l);
        sym.setDecimalSeparator("ru".equals(l.getLanguage()) ? ',' : '.');
        sym.setMinusSign('-');
        return new DecimalFormat("0.######", sym).format(v);
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Why the current text is refused (empty when it is accepted). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
