package dev.glas.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.CancelledException;
import dev.glas.core.task.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The streamed data sheet ({@link DataSheet}) read back with POI: every value type, escaping and limits. */
class DataSheetTest {

    @TempDir
    Path dir;

    static final String[] TEXT = {"a < b & c > \"d\"", "  leading and trailing  ", "line1\nline2\r\nline3",
        "ctrl\u0001\u0008char", "эмодзи 😀 и кириллица", "=1+1", "x".repeat(40_000), null};

    private static Dataset data() {
        int n = TEXT.length;
        Table t = Table.create("d",
                StringColumn.create("text", TEXT),
                IntColumn.create("int", new int[] {1, -2, 0, Integer.MAX_VALUE, Integer.MIN_VALUE + 1, 7, 8, 9}),
                LongColumn.create("long", new long[] {1L << 40, -5, 0, 3, 4, 5, 6, 7}),
                DoubleColumn.create("double", new double[] {0.1, -2.5e-12, 1e300, Double.NaN, 12, -0.0, 3.25, 1e15 + 0.5}),
                BooleanColumn.create("flag", new boolean[] {true, false, true, false, true, false, true, false}),
                DateColumn.create("day", new LocalDate[] {LocalDate.of(2024, 2, 29), LocalDate.of(1900, 3, 1),
                    LocalDate.of(1900, 1, 15), LocalDate.of(1850, 6, 1), LocalDate.of(9999, 12, 31), null,
                    LocalDate.of(2000, 1, 1), LocalDate.of(1970, 1, 1)}),
                DateTimeColumn.create("time", new LocalDateTime[] {LocalDateTime.of(2010, 12, 1, 8, 26, 0),
                    LocalDateTime.of(2011, 12, 9, 12, 50, 59, 500_000_000), null, LocalDateTime.of(2020, 1, 1, 0, 0),
                    LocalDateTime.of(2020, 1, 1, 23, 59, 59), LocalDateTime.of(2021, 6, 1, 12, 0),
                    LocalDateTime.of(2022, 6, 1, 12, 0), LocalDateTime.of(2023, 6, 1, 12, 0)}));
        Map<String, ColumnType> types = new LinkedHashMap<>();
        types.put("text", ColumnType.TEXT);
        types.put("int", ColumnType.INTEGER);
        types.put("long", ColumnType.INTEGER);
        types.put("double", ColumnType.NUMERIC);
        types.put("flag", ColumnType.BOOLEAN);
        types.put("day", ColumnType.DATE);
        types.put("time", ColumnType.DATETIME);
        return new Dataset("d.csv", t, types, null);
    }

    record Extra(double[] score) {
    }

    static final ReportSection<Extra> EXTRA = new ReportSection<>() {
        @Override
        public String id() {
            return "test.extra";
        }

        @Override
        public String titleKey() {
            return "report.section.profile";
        }

        @Override
        public void write(Extra result, SheetWriter sheet, ReportText text) {
            sheet.title("extra");
        }

        @Override
        public List<DataColumn> dataColumns(Extra r, ReportText text) {
            return List.of(DataColumn.of("score", r.score(), "0.000"),
                    new DataColumn("label", r.score().length, i -> i % 2 == 0 ? "@even" : "odd", null));
        }
    };

    private Path report(Cancellation cancel) throws IOException {
        Dataset d = data();
        ReportContent content = new ReportContent("t", Instant.EPOCH, List.of(), Map.of(), d,
                List.of(ReportItem.of(EXTRA, new Extra(new double[] {0.5, 0.25, Double.NaN, 1, 0, 0.125, 0.75, 0.9}))),
                List.of());
        Path out = dir.resolve("r.xlsx");
        ExcelReport.write(content, ReportText.of(Locale.ENGLISH), out, Progress.NONE, cancel);
        return out;
    }

    @Test
    void everyValueTypeReadsBackAsWritten() throws Exception {
        Path out = report(Cancellation.NEVER);
        Dataset d = data();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            XSSFSheet s = wb.getSheet("Data");
            assertEquals(d.rowCount(), s.getLastRowNum());
            List<String> headers = List.of("text", "int", "long", "double", "flag", "day", "time", "score", "label");
            for (int c = 0; c < headers.size(); c++) {
                assertEquals(headers.get(c), s.getRow(0).getCell(c).getStringCellValue());
                assertTrue(s.getRow(0).getCell(c).getCellStyle().getFont().getBold(), "bold header");
            }
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(s.getCTWorksheet().isSetAutoFilter());
            for (int r = 0; r < d.rowCount(); r++) {
                var row = s.getRow(r + 1);
                String text = TEXT[r];
                Cell tc = row.getCell(0);
                if (text == null) {
                    assertNull(tc);
                } else {
                    String expected = text.length() > 32_767 ? text.substring(0, 32_767) : text;
                    expected = expected.replace("\u0001", "?").replace("\u0008", "?");
                    assertEquals(expected, tc.getStringCellValue(), "row " + r);
                    assertEquals(text.startsWith("="), tc.getCellStyle().getQuotePrefixed());
                }
                assertEquals(d.table().intColumn("int").getInt(r), row.getCell(1).getNumericCellValue());
                assertEquals("#,##0", row.getCell(1).getCellStyle().getDataFormatString());
                assertEquals((double) d.table().longColumn("long").getLong(r), row.getCell(2).getNumericCellValue());
                double v = d.table().doubleColumn("double").getDouble(r);
                if (Double.isNaN(v)) {
                    assertNull(row.getCell(3));
                } else {
                    assertEquals(v, row.getCell(3).getNumericCellValue(), 0.0, "row " + r);
                }
                assertEquals(CellType.BOOLEAN, row.getCell(4).getCellType());
                assertEquals(d.table().booleanColumn("flag").get(r), row.getCell(4).getBooleanCellValue());
                LocalDate day = d.table().dateColumn("day").get(r);
                Cell dc = row.getCell(5);
                if (day == null) {
                    assertNull(dc);
                } else if (day.getYear() < 1900) {
                    assertEquals(day.toString(), dc.getStringCellValue(), "Excel has no dates before 1900");
                } else {
                    assertTrue(DateUtil.isCellDateFormatted(dc));
                    assertEquals(day.atStartOfDay(), dc.getLocalDateTimeCellValue(), "row " + r);
                    assertEquals(DateUtil.getExcelDate(day.atStartOfDay(), false), dc.getNumericCellValue(), 1e-9);
                }
                LocalDateTime t = d.table().dateTimeColumn("time").get(r);
                Cell tm = row.getCell(6);
                if (t == null) {
                    assertNull(tm);
                } else {
                    assertEquals(DateUtil.getExcelDate(t, false), tm.getNumericCellValue(), 1e-9);
                    assertEquals("dd.mm.yyyy hh:mm:ss", tm.getCellStyle().getDataFormatString());
                }
                Cell score = row.getCell(7);
                if (r == 2) {
                    assertNull(score);
                } else {
                    assertEquals("0.000", score.getCellStyle().getDataFormatString());
                }
                assertEquals(r % 2 == 0, row.getCell(8).getCellStyle().getQuotePrefixed(), "'@even' is neutralized");
            }
            for (var row : s) {
                for (Cell c : row) {
                    assertFalse(c.getCellType() == CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void cancellationWhileSavingLeavesNoFile() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        assertThrows(CancelledException.class, () -> report(cancel));
        assertFalse(Files.exists(dir.resolve("r.xlsx")));
    }

    @Test
    void pipelineRethrowsTheProducersFailureAndStops() {
        IOException boom = new IOException("disk full");
        ReportWorkbook.Body failing = out -> {
            out.write(new byte[1000]);
            throw boom;
        };
        IOException e = assertThrows(IOException.class, () -> ReportWorkbook.pipelined(failing, new ByteArrayOutputStream()));
        assertEquals(boom, e);
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("closed");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("closed");
            }
        };
        ReportWorkbook.Body endless = out -> {
            while (true) {
                out.write(new byte[1 << 16]);
            }
        };
        assertThrows(IOException.class, () -> ReportWorkbook.pipelined(endless, broken));
    }

    @Test
    void bytesOfTheEscaperAreUtf8() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DataSheet.XmlBytes x = new DataSheet.XmlBytes(buf);
        x.escaped("Ж€😀<&\r").integer(-1234567890123L).integer(0);
        x.flush();
        assertEquals("Ж€😀&lt;&amp;&#13;-12345678901230", buf.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void columnsBeyondExcelsLimitAreLeftOut() throws Exception {
        Dataset d = data();
        Extra ex = new Extra(new double[] {0.5, 0.25, Double.NaN, 1, 0, 0.125, 0.75, 0.9});
        List<DataColumn> extra = EXTRA.dataColumns(ex, ReportText.of(Locale.ENGLISH));
        List<String> headers = new java.util.ArrayList<>(d.columnNames());
        extra.forEach(c -> headers.add(c.name()));
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook()) {
            for (int limit : new int[] {3, 8}) {
                ByteArrayOutputStream xml = new ByteArrayOutputStream();
                new DataSheet(d, extra, headers, d.rowCount(), null, new Styles(wb), Progress.NONE, Cancellation.NEVER,
                        limit).write(xml);
                String s = xml.toString(java.nio.charset.StandardCharsets.UTF_8);
                String last = org.apache.poi.ss.util.CellReference.convertNumToColString(limit - 1);
                String beyond = org.apache.poi.ss.util.CellReference.convertNumToColString(limit);
                assertTrue(s.contains("<c r=\"" + last + "2\""), "column " + last + " written");
                assertFalse(s.contains("<c r=\"" + beyond + "1\"") || s.contains("<c r=\"" + beyond + "2\""),
                        "nothing beyond column " + last);
            }
        }
        assertEquals(16_384, DataSheet.MAX_COLUMNS, "Excel's XFD");
    }
}
