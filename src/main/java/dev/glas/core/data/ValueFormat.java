package dev.glas.core.data;

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

    public ValueFormat(char decimalSeparator, DateTimeFormatter date, DateTimeFormatter dateTime) {
        this.decimalSeparator = decimalSeparator;
        this.date = date;
        this.dateTime = dateTime;
    }

    public static ValueFormat forLocale(Locale locale) {
        if ("ru".equals(locale.getLanguage())) {
            return new ValueFormat(',', DateTimeFormatter.ofPattern("dd.MM.yyyy"),
                    DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss"));
        }
        return new ValueFormat('.', DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
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
            case BooleanColumn b -> Boolean.toString(b.get(row));
            default -> column.getUnformattedString(row);
        };
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
