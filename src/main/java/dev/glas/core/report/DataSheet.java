package dev.glas.core.report;

import dev.glas.core.data.Dataset;
import dev.glas.core.data.FormulaGuard;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.columns.Column;

/**
 * The rows of the report's data sheet as SpreadsheetML, written straight into the workbook's zip when it is
 * saved ({@link ReportWorkbook}). POI's streaming sheet would build a row and cell object per cell, flush
 * them as XML to a (gzipped) temporary file and copy that file into the zip afterwards; for the 4.3 million
 * cells of Online Retail that cost three quarters of the report time. Here each value goes from the Tablesaw
 * column to UTF-8 bytes once. The cell types and styles are those {@link Cells} gives: numbers as numbers,
 * dates as Excel dates, text that a spreadsheet could run as a formula with the quote-prefix style.
 */
final class DataSheet {

    /** Excel's limit of characters in a cell. */
    private static final int MAX_TEXT = 32_767;
    /** Excel's limit of columns per sheet (XFD); columns beyond it are left out. */
    static final int MAX_COLUMNS = 16_384;

    private final List<Column<?>> cols;
    private final List<DataColumn> extra;
    private final List<String> headers;
    private final int written;
    private final String truncatedNote;
    private final int headerStyle;
    private final int integerStyle;
    private final int generalStyle;
    private final int decimalStyle;
    private final int dateStyle;
    private final int dateTimeStyle;
    private final int quotedStyle;
    private final int[] extraStyles;
    private final Styles styles;
    private final Progress progress;
    private final Cancellation cancellation;
    private final String[] letters;
    private final int maxColumns;

    /**
     * @param truncatedNote a line written below the data when rows were cut at Excel's limit, or {@code null}
     */
    DataSheet(Dataset data, List<DataColumn> extra, List<String> headers, int written, String truncatedNote,
              Styles styles, Progress progress, Cancellation cancellation) {
        this(data, extra, headers, written, truncatedNote, styles, progress, cancellation, MAX_COLUMNS);
    }

    /** @param maxColumns columns written at most (Excel's limit; smaller in tests) */
    DataSheet(Dataset data, List<DataColumn> extra, List<String> headers, int written, String truncatedNote,
              Styles styles, Progress progress, Cancellation cancellation, int maxColumns) {
        this.cols = data.table().columns();
        this.extra = List.copyOf(extra);
        this.headers = List.copyOf(headers.subList(0, Math.min(headers.size(), maxColumns)));
        this.maxColumns = maxColumns;
        this.written = written;
        this.truncatedNote = truncatedNote;
        this.headerStyle = styles.header.getIndex();
        this.integerStyle = styles.format(Styles.INTEGER).getIndex();
        this.generalStyle = styles.format("General").getIndex();
        this.decimalStyle = styles.format(Styles.DECIMAL).getIndex();
        this.dateStyle = styles.format(Styles.DATE).getIndex();
        this.dateTimeStyle = styles.format(Styles.DATETIME).getIndex();
        this.quotedStyle = styles.quotedText.getIndex();
        this.styles = styles;
        this.extraStyles = new int[extra.size()];
        for (int e = 0; e < extra.size(); e++) {
            String f = extra.get(e).format();
            extraStyles[e] = f == null ? -1 : styles.format(f).getIndex();
        }
        this.progress = progress;
        this.cancellation = cancellation;
        this.letters = new String[Math.max(1, this.headers.size())];
        for (int c = 0; c < this.headers.size(); c++) {
            letters[c] = CellReference.convertNumToColString(c);
        }
    }

    /** Writes the {@code <row>} elements (header, data, optional note) to {@code out} (left open). */
    void write(OutputStream out) throws IOException {
        XmlBytes x = new XmlBytes(out);
        x.ascii("<row r=\"1\">");
        for (int c = 0; c < headers.size(); c++) {
            text(x, c, 1, headers.get(c), headerStyle);
        }
        x.ascii("</row>\n");
        int base = cols.size();
        int dataCols = Math.min(base, maxColumns);
        int extraCols = Math.max(0, Math.min(extra.size(), maxColumns - base));
        for (int r = 0; r < written; r++) {
            if ((r & 0xFFF) == 0) {
                cancellation.check();
                progress.report(r / (double) Math.max(1, written), "report.progress.data");
            }
            int excelRow = r + 2;
            x.ascii("<row r=\"").integer(excelRow).ascii("\">");
            for (int c = 0; c < dataCols; c++) {
                Column<?> col = cols.get(c);
                if (col.isMissing(r)) {
                    continue;
                }
                switch (col) {
                    case IntColumn ic -> number(x, c, excelRow, ic.getInt(r), integerStyle);
                    case LongColumn lc -> number(x, c, excelRow, lc.getLong(r), integerStyle);
                    case ShortColumn sc -> number(x, c, excelRow, sc.getShort(r), integerStyle);
                    case NumericColumn<?> n -> number(x, c, excelRow, n.getDouble(r), generalStyle);
                    case BooleanColumn b -> bool(x, c, excelRow, b.get(r));
                    case DateColumn d -> date(x, c, excelRow, d.get(r));
                    case DateTimeColumn d -> dateTime(x, c, excelRow, d.get(r));
                    default -> text(x, c, excelRow, col.getUnformattedString(r), -1);
                }
            }
            for (int e = 0; e < extraCols; e++) {
                value(x, base + e, excelRow, extra.get(e).values().apply(r), extraStyles[e]);
            }
            x.ascii("</row>\n");
        }
        if (truncatedNote != null) {
            int excelRow = written + 2;
            x.ascii("<row r=\"").integer(excelRow).ascii("\">");
            text(x, 0, excelRow, truncatedNote, -1);
            x.ascii("</row>\n");
        }
        x.flush();
        progress.report(1, "report.progress.data");
    }

    /** Any value as {@link Cells#set} writes it; {@code style} ≥ 0 is the number format of numbers. */
    private void value(XmlBytes x, int c, int row, Object v, int style) {
        switch (v) {
            case null -> {
            }
            case Cells.Formatted f -> number(x, c, row, f.value(), styles.format(f.format()).getIndex());
            case Integer i -> number(x, c, row, i, style >= 0 ? style : integerStyle);
            case Long l -> number(x, c, row, l, style >= 0 ? style : integerStyle);
            case Short s -> number(x, c, row, s, style >= 0 ? style : integerStyle);
            case Number n -> number(x, c, row, n.doubleValue(), style >= 0 ? style : decimalStyle);
            case Boolean b -> bool(x, c, row, b);
            case LocalDateTime t -> dateTime(x, c, row, t);
            case LocalDate d -> date(x, c, row, d);
            case LocalTime t -> text(x, c, row, t.toString(), -1);
            case TemporalAccessor t -> text(x, c, row, t.toString(), -1);
            default -> text(x, c, row, v.toString(), -1);
        }
    }

    private void start(XmlBytes x, int c, int row, int style, String type) {
        x.ascii("<c r=\"").ascii(letters[c]).integer(row).ascii("\"");
        if (style > 0) {
            x.ascii(" s=\"").integer(style).ascii("\"");
        }
        if (type != null) {
            x.ascii(" t=\"").ascii(type).ascii("\"");
        }
        x.ascii(">");
    }

    private void number(XmlBytes x, int c, int row, long v, int style) {
        start(x, c, row, style, null);
        x.ascii("<v>").integer(v).ascii("</v></c>");
    }

    private void number(XmlBytes x, int c, int row, double v, int style) {
        if (!Double.isFinite(v)) {
            return;
        }
        start(x, c, row, style, null);
        x.ascii("<v>");
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            x.integer((long) v);
        } else {
            x.ascii(Double.toString(v));
        }
        x.ascii("</v></c>");
    }

    private void bool(XmlBytes x, int c, int row, boolean v) {
        start(x, c, row, -1, "b");
        x.ascii(v ? "<v>1</v></c>" : "<v>0</v></c>");
    }

    private void date(XmlBytes x, int c, int row, LocalDate d) {
        double serial = serial(d.toEpochDay(), 0, d.atStartOfDay());
        if (serial < 0) {
            text(x, c, row, d.toString(), -1);
        } else {
            number(x, c, row, serial, dateStyle);
        }
    }

    private void dateTime(XmlBytes x, int c, int row, LocalDateTime t) {
        double serial = serial(t.toLocalDate().toEpochDay(), t.toLocalTime().toNanoOfDay(), t);
        if (serial < 0) {
            text(x, c, row, t.toString(), -1);
        } else {
            number(x, c, row, serial, dateTimeStyle);
        }
    }

    /** 1900-03-01 as an epoch day: from there on Excel's serial is days since 1899-12-30. */
    private static final long MARCH_1900 = LocalDate.of(1900, 3, 1).toEpochDay();
    private static final long EXCEL_EPOCH = LocalDate.of(1899, 12, 30).toEpochDay();

    /** Excel's 1900 date serial (what POI's {@link DateUtil} computes; -1 when Excel cannot show the date). */
    static double serial(long epochDay, long nanoOfDay, LocalDateTime t) {
        if (epochDay < MARCH_1900) {
            return DateUtil.getExcelDate(t, false); // before Excel's phantom 29 Feb 1900: POI's arithmetic
        }
        return (epochDay - EXCEL_EPOCH) + nanoOfDay / 86_400e9;
    }

    private void text(XmlBytes x, int c, int row, String s, int style) {
        String v = s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
        int st = style >= 0 ? style : FormulaGuard.isDangerous(v) ? quotedStyle : -1;
        start(x, c, row, st, "inlineStr");
        boolean preserve = !v.isEmpty() && (Character.isWhitespace(v.charAt(0))
                || Character.isWhitespace(v.charAt(v.length() - 1)));
        x.ascii(preserve ? "<is><t xml:space=\"preserve\">" : "<is><t>");
        x.escaped(v);
        x.ascii("</t></is></c>");
    }

    /** A small UTF-8 writer into a byte buffer (no per-character encoder calls). */
    static final class XmlBytes {
        private final OutputStream out;
        private final byte[] buf = new byte[1 << 16];
        private int n;

        XmlBytes(OutputStream out) {
            this.out = out;
        }

        private void room(int k) {
            if (n + k > buf.length) {
                try {
                    out.write(buf, 0, n);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                n = 0;
            }
        }

        XmlBytes ascii(String s) {
            int len = s.length();
            if (len > 1024) {
                for (int i = 0; i < len; i += 1024) {
                    ascii(s.substring(i, Math.min(len, i + 1024)));
                }
                return this;
            }
            room(len);
            for (int i = 0; i < len; i++) {
                buf[n++] = (byte) s.charAt(i);
            }
            return this;
        }

        XmlBytes integer(long v) {
            room(20);
            if (v == Long.MIN_VALUE) {
                return ascii(Long.toString(v));
            }
            if (v < 0) {
                buf[n++] = '-';
                v = -v;
            }
            int start = n;
            do {
                buf[n++] = (byte) ('0' + (v % 10));
                v /= 10;
            } while (v != 0);
            for (int i = start, j = n - 1; i < j; i++, j--) {
                byte t = buf[i];
                buf[i] = buf[j];
                buf[j] = t;
            }
            return this;
        }

        /** Text content: markup characters escaped, characters XML 1.0 forbids replaced by '?'. */
        XmlBytes escaped(String s) {
            int len = s.length();
            for (int i = 0; i < len; i++) {
                room(12);
                char ch = s.charAt(i);
                if (ch < 0x80) {
                    switch (ch) {
                        case '<' -> put("&lt;");
                        case '>' -> put("&gt;");
                        case '&' -> put("&amp;");
                        case '"' -> put("&quot;");
                        case '\r' -> put("&#13;");
                        case '\n', '\t' -> buf[n++] = (byte) ch;
                        default -> buf[n++] = ch < 0x20 ? (byte) '?' : (byte) ch;
                    }
                } else if (ch < 0x800) {
                    buf[n++] = (byte) (0xC0 | (ch >> 6));
                    buf[n++] = (byte) (0x80 | (ch & 0x3F));
                } else if (Character.isHighSurrogate(ch) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(ch, s.charAt(++i));
                    buf[n++] = (byte) (0xF0 | (cp >> 18));
                    buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    buf[n++] = (byte) (0x80 | (cp & 0x3F));
                } else if (Character.isSurrogate(ch) || ch == 0xFFFE || ch == 0xFFFF) {
                    buf[n++] = '?';
                } else {
                    buf[n++] = (byte) (0xE0 | (ch >> 12));
                    buf[n++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
                    buf[n++] = (byte) (0x80 | (ch & 0x3F));
                }
            }
            return this;
        }

        private void put(String s) {
            for (int i = 0; i < s.length(); i++) {
                buf[n++] = (byte) s.charAt(i);
            }
        }

        void flush() throws IOException {
            out.write(buf, 0, n);
            n = 0;
            out.flush();
        }
    }
}
