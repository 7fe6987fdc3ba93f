package dev.glas.core.data;

import dev.glas.core.i18n.Messages;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * How a cell value is shown in tables, copied to the clipboard and matched by the quick filter: numbers with
 * the decimal separator of the UI language (so a TSV copy pastes as numbers into Excel with the same regional
 * settings), dates as {@code dd.MM.yyyy} in Russian and ISO in English, missing values as an empty string.
 */
public final class ValueFormat {

    private static final MathContext DIGITS = new MathContext(12);

    private final char decimalSeparator;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final String yes;
    private final String no;

    public ValueFormat(char decimalSeparator, DateTimeFormatter date, DateTimeFormatter dateTime, String yes,
                       String no) {
        this.decimalSeparator = decimalSeparator;
        this.date = date;
        this.dateTime = dateTime;
        this.yes = yes;
        this.no = no;
    }

    public static ValueFormat forLocale(Locale locale) {
        String yes = Messages.get("value.true");
        String no = Messages.get("value.false");
        if ("ru".equals(locale.getLanguage())) {
            return new ValueFormat(',', DateTimeFormatter.ofPattern("dd.MM.yyyy"),
                    DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss"), yes, no);
        }
        return new ValueFormat('.', DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
                yes, no);
    }

    public String format(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        return switch (column) {
            case DoubleColumn d -> number(d.getDouble(row));
            case FloatColumn f -> number(f.getDouble(row));
            case NumericColumn<?> n -> column.getUnformattedString(row);
            case DateColumn d -> date.format(d.get(row));
            case DateTimeColumn d -> dateTime.format(d.get(row));
            case BooleanColumn b -> bool(b.get(row));
            default -> column.getUnformattedString(row);
        };
    }

    /** A boolean in the UI language ("да"/"нет", "yes"/"no"). */
    public String bool(boolean v) {
        return v ? yes : no;
    }

    /** A boolean given as text by the profiler ("true"/"false"), in the UI language; other text unchanged. */
    public String boolText(String v) {
        return "true".equalsIgnoreCase(v) ? yes : "false".equalsIgnoreCase(v) ? no : v;
    }

    /** A number in plain notation with at most 12 significant digits. */
    public String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = new BigDecimal(v).round(DIGITS).stripTrailingZeros().toPlainString();
        return decimalSeparator == '.' ? s : s.replace('.', decimalSeparator);
    }
}
