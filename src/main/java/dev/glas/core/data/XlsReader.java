package dev.glas.core.data;

import dev.glas.core.task.Cancellation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Legacy .xls reader (POI HSSF; such sheets hold at most 65,536 rows, so the workbook fits in memory).
 * Cells become text as in {@link XlsxReader}: numbers as Excel shows them unformatted, dates as ISO text,
 * formulas by their cached value, errors as missing.
 */
final class XlsReader {

    private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private XlsReader() {
    }

    private static HSSFWorkbook open(Path file) throws DataFormatException {
        try {
            POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
            return new HSSFWorkbook(fs.getRoot(), true);
        } catch (Exception e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return throwCorrupt(file, e, msg);
        }
    }

    private static HSSFWorkbook throwCorrupt(Path file, Exception e, String msg) throws DataFormatException {
        if (msg.length() > 200) {
            msg = msg.substring(0, 200) + "…";
        }
        throw new DataFormatException(-1, null, e, "data.error.xlsx", file.getFileName().toString(), msg);
    }

    static List<String> sheetNames(Path file) throws IOException, DataFormatException {
        try (HSSFWorkbook wb = open(file)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add(wb.getSheetName(i));
            }
            return names;
        }
    }

    static RawColumns read(Path file, String sheetName, int maxRows, Cancellation cancellation)
            throws IOException, DataFormatException {
        try (HSSFWorkbook wb = open(file)) {
            Sheet sheet = sheetName == null ? (wb.getNumberOfSheets() > 0 ? wb.getSheetAt(0) : null)
                    : wb.getSheet(sheetName);
            if (sheet == null) {
                throw new DataFormatException("data.error.sheet.missing", String.valueOf(sheetName));
            }
            RawColumns.Builder b = new RawColumns.Builder();
            for (Row row : sheet) {
                if (b.rows() >= maxRows) {
                    break;
                }
                boolean started = false;
                for (Cell cell : row) {
                    String v = text(cell, cell.getCellType());
                    if (v == null || v.isEmpty()) {
                        continue;
                    }
                    if (!started) {
                        b.newRow(row.getRowNum() + 1);
                        started = true;
                    }
                    while (b.columns() <= cell.getColumnIndex()) {
                        b.addColumn();
                    }
                    b.set(cell.getColumnIndex(), v);
                }
                if ((row.getRowNum() & 0xFFF) == 0) {
                    cancellation.check();
                }
            }
            return b.build(new String[b.columns()]);
        } catch (RuntimeException e) {
            if (e instanceof dev.glas.core.task.CancelledException) {
                throw e;
            }
            throwCorrupt(file, e, String.valueOf(e.getMessage()));
            return null;
        }
    }

    private static String text(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(d)) {
                    LocalDateTime t = cell.getLocalDateTimeCellValue();
                    if (d < 1) {
                        yield t.toLocalTime().toString();
                    }
                    yield d == Math.floor(d) ? t.toLocalDate().toString() : t.format(ISO_DATE_TIME);
                }
                yield NumberToTextConverter.toText(d);
            }
            case FORMULA -> text(cell, cell.getCachedFormulaResultType());
            default -> null;
        };
    }
}
