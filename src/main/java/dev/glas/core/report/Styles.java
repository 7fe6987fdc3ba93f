package dev.glas.core.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of a report, created once per workbook (Excel limits the number of styles). */
final class Styles {

    static final String INTEGER = "#,##0";
    static final String DECIMAL = "#,##0.00";
    static final String PRECISE = "0.0000";
    static final String PERCENT = "0.0%";
    static final String DATE = "dd.mm.yyyy";
    static final String DATETIME = "dd.mm.yyyy hh:mm:ss";

    final Workbook wb;
    final CellStyle header;
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle label;
    final CellStyle note;
    final CellStyle text;
    final CellStyle quotedText;
    private final Map<String, CellStyle> formats = new HashMap<>();

    Styles(Workbook wb) {
        this.wb = wb;
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 15);
        title = wb.createCellStyle();
        title.setFont(big);
        Font mid = wb.createFont();
        mid.setBold(true);
        mid.setFontHeightInPoints((short) 12);
        subtitle = wb.createCellStyle();
        subtitle.setFont(mid);
        label = wb.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        Font italic = wb.createFont();
        italic.setItalic(true);
        italic.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        note = wb.createCellStyle();
        note.setFont(italic);
        text = wb.createCellStyle();
        quotedText = wb.createCellStyle();
        // Excel's "quote prefix": the cell is text even when edited, so "=…" can never become a formula
        quotedText.setQuotePrefixed(true);
    }

    /** A style with the given number format (cached). */
    CellStyle format(String format) {
        return formats.computeIfAbsent(format, f -> {
            DataFormat df = wb.createDataFormat();
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(df.getFormat(f));
            return s;
        });
    }
}
