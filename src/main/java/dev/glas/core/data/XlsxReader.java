package dev.glas.core.data;

import dev.glas.core.task.Cancellation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streaming .xlsx reader: the sheet XML is parsed with SAX (POI {@link XSSFReader}, read-only shared
 * strings), so memory grows with the cell text, not with a DOM of the workbook. Numbers keep their stored
 * text; cells with a date format become ISO dates or date-times; formula cells give their cached value;
 * error cells are missing. Rows without cells are skipped.
 */
final class XlsxReader {

    private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private XlsxReader() {
    }

    static List<String> sheetNames(Path file) throws IOException, DataFormatException {
        List<String> names = new ArrayList<>();
        try (OPCPackage pkg = open(file)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    names.add(it.getSheetName());
                }
            }
        } catch (DataFormatException e) {
            throw e;
        } catch (Exception e) {
            throw corrupt(file, e);
        }
        return names;
    }

    static RawColumns read(Path file, String sheet, int maxRows, Cancellation cancellation)
            throws IOException, DataFormatException {
        try (OPCPackage pkg = open(file)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    if (sheet == null || sheet.equals(it.getSheetName())) {
                        SheetHandler h = new SheetHandler(strings, styles, maxRows, cancellation);
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(h);
                        try {
                            xml.parse(new InputSource(in));
                        } catch (StopParsing stop) {
                            // enough rows
                        } catch (SAXException e) {
                            if (e.getCause() instanceof DataFormatException dfe) {
                                throw dfe;
                            }
                            if (e.getCause() instanceof RuntimeException re) {
                                throw re;
                            }
                            throw new DataFormatException(h.line, null, e, "data.error.xlsx.row",
                                    file.getFileName().toString(), h.line, String.valueOf(e.getMessage()));
                        }
                        return h.builder.build(new String[h.builder.columns()]);
                    }
                }
            }
            throw new DataFormatException("data.error.sheet.missing", sheet);
        } catch (DataFormatException | dev.glas.core.task.CancelledException e) {
            throw e;
        } catch (Exception e) {
            throw corrupt(file, e);
        }
    }

    private static OPCPackage open(Path file) throws DataFormatException {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw corrupt(file, e);
        }
    }

    private static DataFormatException corrupt(Path file, Exception e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (msg.length() > 200) {
            msg = msg.substring(0, 200) + "…";
        }
        return new DataFormatException(-1, null, e, "data.error.xlsx", file.getFileName().toString(), msg);
    }

    private static final class StopParsing extends SAXException {
        StopParsing() {
            super("stop");
        }
    }

    private static final class SheetHandler extends DefaultHandler {
        final RawColumns.Builder builder = new RawColumns.Builder();
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final int maxRows;
        private final Cancellation cancellation;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final StringBuilder text = new StringBuilder();
        private boolean collecting;
        private boolean rowStarted;
        private int rowNumber;
        int line;
        private int col;
        private String cellType;
        private int style;
        private int nextCol;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, int maxRows, Cancellation c) {
            this.strings = strings;
            this.styles = styles;
            this.maxRows = maxRows;
            this.cancellation = c;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                    rowStarted = false;
                    nextCol = 0;
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    col = ref != null ? columnIndex(ref) : nextCol;
                    nextCol = col + 1;
                    cellType = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s != null ? Integer.parseInt(s) : -1;
                    text.setLength(0);
                }
                case "v", "t" -> {
                    collecting = true;
                    if ("v".equals(localName)) {
                        text.setLength(0);
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "c" -> {
                    String value = value();
                    if (value != null && !value.isEmpty()) {
                        try {
                            if (!rowStarted) {
                                if (builder.rows() >= maxRows) {
                                    throw new StopParsing();
                                }
                                builder.newRow(rowNumber);
                                line = rowNumber;
                                rowStarted = true;
                                if ((builder.rows() & 0x3FFF) == 0) {
                                    cancellation.check();
                                }
                            }
                            while (builder.columns() <= col) {
                                builder.addColumn();
                            }
                            builder.set(col, value);
                        } catch (DataFormatException e) {
                            throw new SAXException(e);
                        }
                    }
                }
                default -> {
                }
            }
        }

        private String value() {
            String v = text.toString();
            if (cellType == null || "n".equals(cellType)) {
                if (v.isEmpty()) {
                    return null;
                }
                if (style >= 0 && isDateStyle(style)) {
                    try {
                        double serial = Double.parseDouble(v);
                        if (DateUtil.isValidExcelDate(serial)) {
                            LocalDateTime t = DateUtil.getLocalDateTime(serial, false, true);
                            if (serial < 1) {
                                return t.toLocalTime().toString();
                            }
                            return serial == Math.floor(serial) ? t.toLocalDate().toString()
                                    : t.format(ISO_DATE_TIME);
                        }
                    } catch (NumberFormatException e) {
                        return v;
                    }
                }
                return plainNumber(v);
            }
            return switch (cellType) {
                case "s" -> {
                    try {
                        yield strings.getItemAt(Integer.parseInt(v.trim())).getString();
                    } catch (RuntimeException e) {
                        yield v;
                    }
                }
                case "b" -> "1".equals(v) ? "true" : "false";
                case "e" -> null;
                default -> v; // inlineStr, str (formula text)
            };
        }

        /** Numbers as Excel shows them unformatted: "1.0" → "1", "1.5E-3" → "0.0015". */
        private static String plainNumber(String v) {
            if (v.endsWith(".0")) {
                return v.substring(0, v.length() - 2);
            }
            if (v.indexOf('E') >= 0 || v.indexOf('e') >= 0) {
                try {
                    return org.apache.poi.ss.util.NumberToTextConverter.toText(Double.parseDouble(v));
                } catch (NumberFormatException e) {
                    return v;
                }
            }
            return v;
        }

        private boolean isDateStyle(int idx) {
            return dateStyles.computeIfAbsent(idx, i -> {
                if (styles == null || i >= styles.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle cs = styles.getStyleAt(i);
                String fmt = cs.getDataFormatString();
                return fmt != null && DateUtil.isADateFormat(cs.getDataFormat(), fmt);
            });
        }

        private static int columnIndex(String ref) {
            int c = 0;
            for (int i = 0; i < ref.length(); i++) {
                char ch = ref.charAt(i);
                if (ch >= 'A' && ch <= 'Z') {
                    c = c * 26 + (ch - 'A' + 1);
                } else {
                    break;
                }
            }
            return c - 1;
        }
    }
}
