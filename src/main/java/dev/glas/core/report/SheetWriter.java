package dev.glas.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes one report sheet top to bottom: titles, key/value lines, tables (header row styled, frozen and
 * filterable for the first table of the sheet, columns sized to their content) and PNG images.
 * Values: numbers stay numbers (integers "#,##0", decimals "#,##0.00" unless a format is given), dates are
 * Excel dates, text is protected against formula injection.
 */
public final class SheetWriter {

    /** Approximate pixel size of a default cell, for placing images. */
    private static final int COL_PX = 64;
    private static final int ROW_PX = 20;
    private static final int MAX_WIDTH_CHARS = 60;

    private final SXSSFSheet sheet;
    private final Styles styles;
    private final ReportText text;
    private final int[] widths = new int[256];
    private int row;
    private boolean frozen;
    private boolean filtered;
    private Drawing<?> drawing;

    SheetWriter(SXSSFSheet sheet, Styles styles, ReportText text) {
        this.sheet = sheet;
        this.styles = styles;
        this.text = text;
    }

    public ReportText text() {
        return text;
    }

    /** The 0-based index of the next row to be written. */
    public int currentRow() {
        return row;
    }

    public String sheetName() {
        return sheet.getSheetName();
    }

    /** A number with an explicit Excel number format, e.g. {@code formatted(0.12, "0.0%")}. */
    public static Object formatted(double value, String excelFormat) {
        return new Cells.Formatted(value, excelFormat);
    }

    /** A share in [0, 1] shown as a percentage. */
    public static Object percent(double share) {
        return new Cells.Formatted(share, Styles.PERCENT);
    }

    /** A number shown with four decimals (metrics, coefficients). */
    public static Object precise(double value) {
        return new Cells.Formatted(value, Styles.PRECISE);
    }

    public SheetWriter title(String title) {
        Cell c = sheet.createRow(row++).createCell(0);
        c.setCellValue(title);
        c.setCellStyle(styles.title);
        return this;
    }

    public SheetWriter subtitle(String subtitle) {
        Cell c = sheet.createRow(row++).createCell(0);
        c.setCellValue(subtitle);
        c.setCellStyle(styles.subtitle);
        return this;
    }

    public SheetWriter note(String note) {
        Cell c = sheet.createRow(row++).createCell(0);
        Cells.setText(c, note, styles);
        c.setCellStyle(styles.note);
        return this;
    }

    public SheetWriter blank() {
        row++;
        return this;
    }

    /** A "label: value" line (cover sheet, settings). */
    public SheetWriter keyValue(String label, Object value) {
        Row r = sheet.createRow(row++);
        Cell l = r.createCell(0);
        l.setCellValue(label);
        l.setCellStyle(styles.label);
        track(0, label.length());
        track(1, Math.min(MAX_WIDTH_CHARS, Cells.set(r.createCell(1), value, null, styles)));
        return this;
    }

    /** Starts a table with these column headers. */
    public Table table(String... headers) {
        return table(Arrays.asList(headers));
    }

    public Table table(List<String> headers) {
        return new Table(headers);
    }

    /** Places a PNG image at the current row (column 0) and moves below it; {@code null} is skipped. */
    public SheetWriter image(byte[] png, int widthPx, int heightPx) {
        return image(png, 0, widthPx, heightPx, true);
    }

    /** Places a PNG image with its top-left corner at (current row, {@code col}); optionally moves below it. */
    public SheetWriter image(byte[] png, int col, int widthPx, int heightPx, boolean advance) {
        if (png == null) {
            return this;
        }
        Workbook wb = sheet.getWorkbook();
        int idx = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        int cols = Math.max(1, (widthPx + COL_PX - 1) / COL_PX);
        int rows = Math.max(1, (heightPx + ROW_PX - 1) / ROW_PX);
        anchor.setCol1(col);
        anchor.setRow1(row);
        anchor.setCol2(col + cols);
        anchor.setRow2(row + rows);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        drawing.createPicture(anchor, idx);
        if (advance) {
            row += rows + 1;
        }
        return this;
    }

    private void track(int col, int chars) {
        if (col < widths.length) {
            widths[col] = Math.max(widths[col], Math.min(MAX_WIDTH_CHARS, chars));
        }
    }

    /** Sets the column widths from the content seen; called by the report when the sheet is done. */
    void finish() {
        for (int c = 0; c < widths.length; c++) {
            if (widths[c] > 0) {
                sheet.setColumnWidth(c, Math.max(8, widths[c] + 2) * 256);
            }
        }
    }

    /** A table being written row by row. */
    public final class Table {
        private final int headerRow;
        private final int columns;
        private final List<String> formats;
        private int rows;

        private Table(List<String> headers) {
            headerRow = row;
            columns = headers.size();
            formats = new ArrayList<>();
            Row r = sheet.createRow(row++);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = r.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(styles.header);
                track(c, Math.min(30, headers.get(c).length() + 2));
                formats.add(null);
            }
            if (!frozen && headerRow < 20) {
                sheet.createFreezePane(0, headerRow + 1);
                frozen = true;
            }
        }

        /** Sets the Excel number format of a column's numbers (e.g. "0.0%"). */
        public Table format(int column, String excelFormat) {
            formats.set(column, excelFormat);
            return this;
        }

        public Table row(Object... values) {
            return row(Arrays.asList(values));
        }

        public Table row(List<?> values) {
            Row r = sheet.createRow(row++);
            for (int c = 0; c < values.size(); c++) {
                int w = Cells.set(r.createCell(c), values.get(c), c < formats.size() ? formats.get(c) : null, styles);
                track(c, w);
            }
            rows++;
            return this;
        }

        /** Ends the table: adds an autofilter (first table of the sheet) and a blank line. */
        public SheetWriter end() {
            if (!filtered && columns > 0 && rows > 0) {
                sheet.setAutoFilter(new CellRangeAddress(headerRow, headerRow + rows, 0, columns - 1));
                filtered = true;
            }
            row++;
            return SheetWriter.this;
        }
    }
}
