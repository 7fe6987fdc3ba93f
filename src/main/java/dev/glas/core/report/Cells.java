package dev.glas.core.report;

import dev.glas.core.data.FormulaGuard;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAccessor;
import org.apache.poi.ss.usermodel.Cell;

/** Writes one value into a cell with the right type and style; text is guarded against formula injection. */
final class Cells {

    /** A number shown with a given Excel number format (e.g. a share as "0.0%"). */
    record Formatted(double value, String format) {
    }

    private Cells() {
    }

    /** Writes the value; returns the number of characters it displays (for column widths). */
    static int set(Cell cell, Object value, String numberFormat, Styles styles) {
        switch (value) {
            case null -> {
                return 0;
            }
            case Formatted f -> {
                if (Double.isNaN(f.value()) || Double.isInfinite(f.value())) {
                    return 0;
                }
                cell.setCellValue(f.value());
                cell.setCellStyle(styles.format(f.format()));
                return 10;
            }
            case Integer i -> {
                cell.setCellValue(i);
                cell.setCellStyle(styles.format(numberFormat != null ? numberFormat : Styles.INTEGER));
                return Integer.toString(i).length() + 2;
            }
            case Long l -> {
                cell.setCellValue(l);
                cell.setCellStyle(styles.format(numberFormat != null ? numberFormat : Styles.INTEGER));
                return Long.toString(l).length() + 2;
            }
            case Short s -> {
                cell.setCellValue(s);
                cell.setCellStyle(styles.format(numberFormat != null ? numberFormat : Styles.INTEGER));
                return 8;
            }
            case Number n -> {
                double d = n.doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return 0;
                }
                cell.setCellValue(d);
                cell.setCellStyle(styles.format(numberFormat != null ? numberFormat : Styles.DECIMAL));
                return Math.min(14, Long.toString(Math.round(Math.abs(d))).length() + 5);
            }
            case Boolean b -> {
                cell.setCellValue(b);
                return 6;
            }
            case LocalDateTime t -> {
                cell.setCellValue(t);
                cell.setCellStyle(styles.format(Styles.DATETIME));
                return 19;
            }
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(styles.format(Styles.DATE));
                return 10;
            }
            case LocalTime t -> {
                return setText(cell, t.toString(), styles);
            }
            case TemporalAccessor t -> {
                return setText(cell, t.toString(), styles);
            }
            default -> {
                return setText(cell, value.toString(), styles);
            }
        }
    }

    /** The characters {@link #set} reports for a value, without writing it (column widths of streamed sheets). */
    static int width(Object value) {
        return switch (value) {
            case null -> 0;
            case Formatted f -> Double.isFinite(f.value()) ? 10 : 0;
            case Integer i -> Integer.toString(i).length() + 2;
            case Long l -> Long.toString(l).length() + 2;
            case Short s -> 8;
            case Number n -> Double.isFinite(n.doubleValue())
                    ? Math.min(14, Long.toString(Math.round(Math.abs(n.doubleValue()))).length() + 5) : 0;
            case Boolean b -> 6;
            case LocalDateTime t -> 19;
            case LocalDate d -> 10;
            default -> {
                String v = value.toString();
                int nl = v.indexOf('\n');
                yield Math.min(32_767, nl >= 0 ? nl : v.length());
            }
        };
    }

    static int setText(Cell cell, String s, Styles styles) {
        String v = s.length() > 32_767 ? s.substring(0, 32_767) : s; // Excel's cell limit
        cell.setCellValue(v);
        if (FormulaGuard.isDangerous(v)) {
            cell.setCellStyle(styles.quotedText);
        }
        int nl = v.indexOf('\n');
        return nl >= 0 ? nl : v.length();
    }
}
