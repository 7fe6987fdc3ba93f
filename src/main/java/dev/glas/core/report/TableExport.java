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
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.write('\uFEFF');
            w.write(line(t.headers(), delimiter, true));
            for (List<Object> r : t.rows()) {
                w.write(line(r, delimiter, true));
            }
        }
    }

    /** Tab-separated text for the clipboard (pastes into Excel as cells). */
    public static String toTsv(Table t) {
        StringBuilder b = new StringBuilder(line(t.headers(), '\t', false));
        for (List<Object> r : t.rows()) {
            b.append(line(r, '\t', false));
        }
        return b.toString();
    }

    /** One sheet with a styled, frozen, filterable header and sized columns. */
    public static void writeXlsx(Table t, Path out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SheetWriter w = new SheetWriter(wb.createSheet(ExcelReport.sheetName(t.title(), new java.util.HashSet<>())),
                    new Styles(wb), ReportText.current());
            SheetWriter.Table table = w.table(t.headers());
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

    private static String line(List<?> values, char delimiter, boolean crlf) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(delimiter);
            }
            b.append(field(values.get(i), delimiter));
        }
        return b.append(crlf ? "\r\n" : "\n").toString();
    }

    static String field(Object v, char delimiter) {
        if (v == null) {
            return "";
        }
        String s;
        if (v instanceof Double d) {
            s = d.isNaN() || d.isInfinite() ? "" : d == Math.rint(d) && Math.abs(d) < 1e15
                    ? Long.toString(d.longValue()) : Double.toString(d);
        } else if (v instanceof Number n) {
            s = String.format(Locale.ROOT, "%s", n);
        } else {
            s = FormulaGuard.neutralize(v.toString());
        }
        boolean quote = s.indexOf(delimiter) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
