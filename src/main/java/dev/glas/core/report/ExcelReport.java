package dev.glas.core.report;

import dev.glas.core.data.Dataset;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.columns.Column;

/**
 * The Excel report: one {@code .xlsx} with a cover sheet, the data with derived columns, one sheet per
 * analysis result and a sheet of charts. Written with POI's streaming workbook, so a data sheet of a
 * million rows needs little memory; the file appears only when complete (temporary file + rename).
 */
public final class ExcelReport {

    /** Excel's limit of rows per sheet. */
    public static final int MAX_ROWS = 1_048_576;
    private static final int WINDOW = 200;

    private ExcelReport() {
    }

    /** Writes the report in the given language. */
    public static void write(ReportContent content, ReportText text, Path out, Progress progress,
                             Cancellation cancellation) throws IOException {
        Path abs = out.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".tmp");
        try {
            try (ReportWorkbook wb = new ReportWorkbook(WINDOW)) {
                Styles styles = new Styles(wb);
                Set<String> names = new HashSet<>();
                int steps = 1 + content.items().size() + 1;
                int step = 0;
                progress.report(0, "report.progress.cover");
                SheetWriter cover = new SheetWriter(wb.createSheet(sheetName(text.get("report.sheet.cover"), names)),
                        styles, text);
                writeCover(content, cover, text);
                cover.finish();
                cancellation.check();
                if (content.data() != null) {
                    // the rows are written while saving (below), which then takes most of the time
                    writeData(content, wb, styles, text, names, progress.slice(0.1, 0.95), cancellation);
                }
                for (ReportItem<?> item : content.items()) {
                    cancellation.check();
                    progress.report((content.data() == null ? 0.95 : 0.1) * ++step / steps, "report.progress.section",
                            text.get(item.section().titleKey()));
                    SXSSFSheet sheet = wb.createSheet(sheetName(text.get(item.section().titleKey()), names));
                    SheetWriter w = new SheetWriter(sheet, styles, text);
                    item.write(w, text);
                    w.finish();
                }
                if (!content.charts().isEmpty()) {
                    SheetWriter w = new SheetWriter(wb.createSheet(sheetName(text.get("report.sheet.charts"), names)),
                            styles, text);
                    for (ReportContent.ChartImage chart : content.charts()) {
                        w.subtitle(chart.title());
                        w.image(chart.png(), chart.width(), chart.height());
                    }
                    w.finish();
                }
                cancellation.check();
                progress.report(content.data() == null ? 0.95 : 0.1, "report.progress.saving");
                try (OutputStream os = Files.newOutputStream(tmp)) {
                    wb.write(os);
                }
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            progress.report(1, "report.progress.saving");
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void writeCover(ReportContent content, SheetWriter w, ReportText text) {
        w.title(content.title());
        w.note(text.get("report.cover.subtitle"));
        w.blank();
        w.keyValue(text.get("report.cover.created"),
                LocalDateTime.ofInstant(content.created(), ZoneId.systemDefault()).withNano(0));
        w.keyValue(text.get("report.cover.app"), "Glas " + dev.glas.AppInfo.version());
        for (Map.Entry<String, String> e : content.settings().entrySet()) {
            w.keyValue(e.getKey(), e.getValue());
        }
        w.blank();
        if (!content.sources().isEmpty()) {
            w.subtitle(text.get("report.cover.sources"));
            SheetWriter.Table t = w.table(text.get("report.cover.source.name"), text.get("report.cover.source.path"),
                    text.get("report.cover.source.size"), text.get("report.cover.source.rows"),
                    text.get("report.cover.source.columns"), text.get("report.cover.source.settings"),
                    text.get("report.cover.source.sha256"));
            for (ReportContent.SourceInfo s : content.sources()) {
                t.row(s.name(), s.path(), s.size(), s.rows() < 0 ? null : s.rows(),
                        s.columns() < 0 ? null : s.columns(), s.importSettings(), s.sha256());
            }
            t.end();
        }
        if (!content.items().isEmpty()) {
            w.subtitle(text.get("report.cover.contents"));
            for (ReportItem<?> item : content.items()) {
                w.note(text.get(item.section().titleKey()));
            }
        }
    }

    /**
     * Prepares the data sheet: header style, frozen header, autofilter and column widths (from the first 200
     * rows) go into the sheet now; the rows themselves are written by {@link DataSheet} into the zip when the
     * workbook is saved, reporting {@code progress} then.
     */
    private static void writeData(ReportContent content, ReportWorkbook wb, Styles styles, ReportText text,
                                  Set<String> names, Progress progress, Cancellation cancellation) {
        Dataset data = content.data();
        int rows = data.rowCount();
        List<DataColumn> extra = new ArrayList<>();
        for (ReportItem<?> item : content.items()) {
            for (DataColumn dc : item.dataColumns(text)) {
                if (dc.rows() == rows) {
                    extra.add(dc);
                }
            }
        }
        SXSSFSheet sheet = wb.createSheet(sheetName(text.get("report.sheet.data"), names));
        List<Column<?>> cols = data.table().columns();
        int width = cols.size() + extra.size();
        List<String> headers = new ArrayList<>();
        int[] widths = new int[width];
        for (int c = 0; c < width; c++) {
            String h = c < cols.size() ? cols.get(c).name() : extra.get(c - cols.size()).name();
            headers.add(h);
            widths[c] = Math.min(40, h.length() + 2);
        }
        int written = Math.min(rows, MAX_ROWS - 2);
        for (int r = 0; r < Math.min(written, 200); r++) {
            for (int c = 0; c < cols.size(); c++) {
                Column<?> col = cols.get(c);
                if (!col.isMissing(r)) {
                    Object v = switch (col) {
                        case IntColumn ic -> ic.getInt(r);
                        case LongColumn lc -> lc.getLong(r);
                        case ShortColumn sc -> (int) sc.getShort(r);
                        case NumericColumn<?> n -> n.getDouble(r);
                        case BooleanColumn b -> b.get(r);
                        case DateColumn d -> d.get(r);
                        case DateTimeColumn d -> d.get(r);
                        default -> col.getUnformattedString(r);
                    };
                    widths[c] = Math.max(widths[c], Math.min(40, Cells.width(v) + 1));
                }
            }
            for (int e = 0; e < extra.size(); e++) {
                int c = cols.size() + e;
                widths[c] = Math.max(widths[c], Math.min(40, Cells.width(extra.get(e).values().apply(r)) + 1));
            }
        }
        sheet.createFreezePane(0, 1);
        if (width > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, written), 0,
                    Math.min(width, DataSheet.MAX_COLUMNS) - 1));
        }
        // POI's column-width bookkeeping slows down with thousands of columns: beyond 1,000 the default width
        for (int c = 0; c < Math.min(width, 1_000); c++) {
            sheet.setColumnWidth(c, Math.max(8, widths[c] + 1) * 256);
        }
        String note = written < rows ? text.get("report.data.truncated", rows, written) : null;
        DataSheet body = new DataSheet(data, extra, headers, written, note, styles, progress, cancellation);
        wb.stream(sheet, body::write);
    }

    /** A unique, valid Excel sheet name (≤ 31 characters, no []:*?/\). */
    static String sheetName(String wanted, Set<String> used) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (base.startsWith("'")) {
            base = base.substring(1);
        }
        if (base.isEmpty()) {
            base = "Sheet";
        }
        if (base.length() > 31) {
            base = base.substring(0, 31).strip();
        }
        String name = base;
        for (int i = 2; used.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        used.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }
}
