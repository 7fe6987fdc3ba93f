package dev.glas.core.data;

import dev.glas.core.i18n.LocalizedException;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * Writes a dataset (or the rows of a selection) to CSV or XLSX with the original values. CSV is UTF-8 with a
 * byte-order mark and {@code ;} as delimiter by default, so that Excel with Russian regional settings opens it
 * correctly; XLSX is written in streaming mode (constant memory) with numbers as numbers and dates as dates.
 */
public final class DatasetExport {

    /** Excel's hard limit of rows per sheet (including the header row). */
    public static final int XLSX_MAX_ROWS = 1_048_576;

    private DatasetExport() {
    }

    public static void writeCsv(Dataset data, Path file, char delimiter, Progress progress, Cancellation cancel)
            throws IOException {
        List<Column<?>> cols = data.table().columns();
        int rows = data.rowCount();
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write('\uFEFF');
            for (int c = 0; c < cols.size(); c++) {
                if (c > 0) {
                    w.write(delimiter);
                }
                w.write(quote(cols.get(c).name(), delimiter));
            }
            w.write("\r\n");
            for (int r = 0; r < rows; r++) {
                if ((r & 0x3FFF) == 0) {
                    cancel.check();
                    progress.report((double) r / Math.max(1, rows), "export.progress", r, rows);
                }
                for (int c = 0; c < cols.size(); c++) {
                    if (c > 0) {
                        w.write(delimiter);
                    }
                    Column<?> col = cols.get(c);
                    if (!col.isMissing(r)) {
                        String v = col.getUnformattedString(r);
                        w.write(quote(col instanceof NumericColumn<?> ? v : FormulaGuard.neutralize(v), delimiter));
                    }
                }
                w.write("\r\n");
            }
        }
        progress.report(1, "export.progress", rows, rows);
    }

    public static void writeXlsx(Dataset data, Path file, Progress progress, Cancellation cancel)
            throws IOException, LocalizedException {
        int rows = data.rowCount();
        if (rows + 1 > XLSX_MAX_ROWS) {
            throw new LocalizedException("export.error.too.many.rows", rows, XLSX_MAX_ROWS - 1);
        }
        List<Column<?>> cols = data.table().columns();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            SXSSFSheet sheet = wb.createSheet(safeSheetName(data.name()));
            CellStyle headerStyle = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle dateTimeStyle = wb.createCellStyle();
            dateTimeStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy hh:mm:ss"));
            CellStyle textStyle = wb.createCellStyle();
            textStyle.setQuotePrefixed(true);
            Row header = sheet.createRow(0);
            for (int c = 0; c < cols.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(cols.get(c).name());
                cell.setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows; r++) {
                if ((r & 0x1FFF) == 0) {
                    cancel.check();
                    progress.report((double) r / Math.max(1, rows), "export.progress", r, rows);
                }
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < cols.size(); c++) {
                    Column<?> col = cols.get(c);
                    if (col.isMissing(r)) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    switch (col) {
                        case NumericColumn<?> n -> cell.setCellValue(n.getDouble(r));
                        case BooleanColumn b -> cell.setCellValue(b.get(r));
                        case DateColumn d -> {
                            LocalDate v = d.get(r);
                            cell.setCellValue(v);
                            cell.setCellStyle(dateStyle);
                        }
                        case DateTimeColumn d -> {
                            LocalDateTime v = d.get(r);
                            cell.setCellValue(v);
                            cell.setCellStyle(dateTimeStyle);
                        }
                        default -> {
                            String v = col.getUnformattedString(r);
                            cell.setCellValue(v);
                            if (FormulaGuard.isDangerous(v)) {
                                cell.setCellStyle(textStyle); // quote prefix: never a formula, even when edited
                            }
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        progress.report(1, "export.progress", rows, rows);
    }

    static String quote(String v, char delimiter) {
        boolean needs = v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0;
        return needs ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static String safeSheetName(String name) {
        String s = name.replaceAll("[\\\\/?*\\[\\]:]", "_").strip();
        if (s.isEmpty()) {
            s = "Data";
        }
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
