package dev.glas.core.report;

import dev.glas.core.data.FormulaGuard;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Export of any result table (a leaderboard, cluster profile, RFM table…) to CSV, XLSX or tab-separated text
 * for the clipboard. Text that a spreadsheet could run as a formula is neutralized; numbers stay numbers.
 * (Whole datasets go through {@link dev.glas.core.data.DatasetExport}.)
 */
public final class TableExport {

    /**
     * @param title   sheet title (XLSX)
     * @param headers column headers
     * @param rows    rows of values (Number, String, Boolean, LocalDate, LocalDateTime or null)
     */
    public record Table(String title, List<String> headers, List<List<Object>> rows) {
        public Table {
            Objects.requireNonNull(title, "title");
            headers = List.copyOf(headers);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                    .toList();
        }
    }

    private TableExport() {
    }

    /** UTF-8 with BOM (Excel opens Cyrillic correctly), {@code delimiter} between fields, CRLF line ends. */
    public static void writeCsv(Table t, Path out, char delimiter) throws IOException {
        writeCsv(t, out, delimiter, '.');
    }

    /**
     * CSV as Excel itself saves it in the given regional format: where the decimal separator is a comma
     * (Russian and most of Europe) fields are separated by {@code ;} and numbers written "0,25"; elsewhere
     * {@code ,} and "0.25". Double-clicking the file then opens it in columns with numbers as numbers.
     */
    public static void writeCsv(Table t, Path out, Locale format) throws IOException {
        char decimal = decimalSeparator(format);
        writeCsv(t, out, decimal == ',' ? ';' : ',', decimal);
    }

    private static void writeCsv(Table t, Path out, char delimiter, char decimal) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.write('\uFEFF');
            w.write(line(t.headers(), delimiter, decimal, true));
            for (List<Object> r : t.rows()) {
                w.write(line(r, delimiter, decimal, true));
            }
        }
    }

    /** Tab-separated text for the clipboard (pastes into Excel as cells), numbers with a decimal point. */
    public static String toTsv(Table t) {
        return toTsv(t, Locale.ROOT);
    }

    /**
     * Tab-separated text with a header line for the clipboard. Numbers are written without grouping and with
     * the decimal separator of {@code format} — Excel parses pasted text by the computer's regional settings,
     * so "0,25" becomes a number in a Russian Excel where "0.25" would become text or a date.
     */
    public static String toTsv(Table t, Locale format) {
        char decimal = decimalSeparator(format);
        StringBuilder b = new StringBuilder(line(t.headers(), '\t', decimal, false));
        for (List<Object> r : t.rows()) {
            b.append(line(r, '\t', decimal, false));
        }
        return b.toString();
    }

    /** The decimal separator of a regional format ('.' or ','). */
    public static char decimalSeparator(Locale format) {
        char c = java.text.DecimalFormatSymbols.getInstance(format).getDecimalSeparator();
        return c == ',' || c == '\u066B' ? ',' : '.';
    }

    /**
     * One sheet with a styled, frozen, filterable header and sized columns; numbers are number cells in
     * Excel's "General" format (as many digits as they have), text is guarded against formula injection.
     */
    public static void writeXlsx(Table t, Path out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SheetWriter w = new SheetWriter(wb.createSheet(ExcelReport.sheetName(t.title(), new java.util.HashSet<>())),
                    new Styles(wb), ReportText.current());
            SheetWriter.Table table = w.table(t.headers());
            for (int c = 0; c < t.headers().size(); c++) {
                table.format(c, "General");
            }
            for (List<Object> r : t.rows()) {
                table.row(r);
            }
            table.end();
            w.finish();
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
    }

    private static String line(List<?> values, char delimiter, char decimal, boolean crlf) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(delimiter);
            }
            b.append(field(values.get(i), delimiter, decimal));
        }
        return b.append(crlf ? "\r\n" : "\n").toString();
    }

    static String field(Object v, char delimiter) {
        return field(v, delimiter, '.');
    }

    static String field(Object v, char delimiter, char decimal) {
        if (v == null) {
            return "";
        }
        String s;
        if (v instanceof Number n) {
            s = number(n, decimal);
        } else {
            s = FormulaGuard.neutralize(v.toString());
        }
        boolean quote = s.indexOf(delimiter) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /**
     * A number as plain text: no grouping, the shortest digits that give the value back, "1.5E-7" only for
     * very small or large magnitudes; NaN and infinities as empty fields.
     */
    public static String plainNumber(double v, char decimal) {
        return number(v, decimal);
    }

    static String number(Number n, char decimal) {
        String s;
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return n.toString();
        }
        if (n instanceof java.math.BigInteger || n instanceof java.math.BigDecimal) {
            s = n instanceof java.math.BigDecimal bd ? bd.toPlainString() : n.toString();
        } else {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                return "";
            }
            double a = Math.abs(d);
            if (d == Math.rint(d) && a < 1e15) {
                return Long.toString((long) d);
            }
            s = a >= 1e-6 && a < 1e15 ? java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : Double.toString(d);
        }
        return decimal == '.' ? s : s.replace('.', decimal);
    }
}
