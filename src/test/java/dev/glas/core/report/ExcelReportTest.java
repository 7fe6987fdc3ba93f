package dev.glas.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.churn.Collinearity;
import dev.glas.core.churn.Metrics;
import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.FormulaGuard;
import dev.glas.core.data.Profiler;
import dev.glas.core.i18n.Messages;
import dev.glas.core.report.sections.ConfusionSection;
import dev.glas.core.report.sections.ProfileSection;
import dev.glas.core.report.sections.VifSection;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ExcelReportTest {

    static final String[] HOSTILE = {"=HYPERLINK(\"http://evil\",\"x\")", "+7 912 345-67-89", "-2+3", "@SUM(A1)",
        "\tcmd", "\rcalc", "plain", "-5"};

    @TempDir
    Path dir;

    static Dataset data() {
        int n = HOSTILE.length;
        double[] amount = new double[n];
        int[] qty = new int[n];
        LocalDate[] dates = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            amount[i] = i % 2 == 0 ? -(i + 0.5) : i * 10.25;
            qty[i] = i - 3;
            dates[i] = LocalDate.of(2024, 1, 1 + i);
        }
        Table t = Table.create("d", StringColumn.create("comment", HOSTILE), DoubleColumn.create("amount", amount),
                IntColumn.create("qty", qty), DateColumn.create("day", dates));
        Map<String, ColumnType> types = new LinkedHashMap<>();
        types.put("comment", ColumnType.TEXT);
        types.put("amount", ColumnType.NUMERIC);
        types.put("qty", ColumnType.INTEGER);
        types.put("day", ColumnType.DATE);
        return new Dataset("sales.csv", t, types, null);
    }

    /** A test section that adds a per-row column, as a clustering result would. */
    record Clusters(int[] labels) {
    }

    static final ReportSection<Clusters> CLUSTERS = new ReportSection<>() {
        @Override
        public String id() {
            return "test.clusters";
        }

        @Override
        public String titleKey() {
            return "report.section.profile";
        }

        @Override
        public void write(Clusters result, SheetWriter sheet, ReportText text) {
            sheet.title("Clusters").table("cluster", "size").row(0, 3).row(1, 5).end();
        }

        @Override
        public List<DataColumn> dataColumns(Clusters result, ReportText text) {
            return List.of(DataColumn.of("Cluster", result.labels()));
        }
    };

    private Path write(Locale locale) throws Exception {
        Dataset d = data();
        List<ReportItem<?>> items = new ArrayList<>();
        items.add(ReportItem.of(ProfileSection.INSTANCE, Profiler.profile(d)));
        items.add(ReportItem.of(VifSection.INSTANCE, List.of(new Collinearity.Vif("tenure", 2.5),
                new Collinearity.Vif("total_charges", 12.0), new Collinearity.Vif("dup", Double.POSITIVE_INFINITY))));
        items.add(ReportItem.of(ConfusionSection.INSTANCE, new ConfusionSection.Result("Logistic", 0.5, "Yes", "No",
                new Metrics.Confusion(40, 10, 140, 10))));
        items.add(ReportItem.of(CLUSTERS, new Clusters(new int[] {0, 1, 0, 1, 0, 1, 0, 1})));
        byte[] png = SimpleChart.bars("Sizes", List.of("a", "b"), new double[] {3, 5}).png(400, 240);
        ReportContent content = new ReportContent("Telco churn", Instant.parse("2026-11-26T10:00:00Z"),
                List.of(new ReportContent.SourceInfo("sales.csv", "/data/sales.csv", 1234, "ab".repeat(32), 8, 4,
                        "CSV ;")), Map.of("Seed", "42"), d, items,
                List.of(new ReportContent.ChartImage("Sizes", png, 400, 240)));
        Path out = dir.resolve("report-" + locale.getLanguage() + ".xlsx");
        ExcelReport.write(content, ReportText.of(locale), out, Progress.NONE, Cancellation.NEVER);
        return out;
    }

    @Test
    void writesAllSheetsWithFormatsFiltersFrozenHeadersAndImages() throws Exception {
        Path out = write(Locale.ENGLISH);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Overview", "Data", "Column profile", "Multicollinearity (VIF)", "Confusion matrix",
                    "Column profile (2)", "Charts"), names);

            Sheet cover = wb.getSheet("Overview");
            assertEquals("Telco churn", cover.getRow(0).getCell(0).getStringCellValue());
            assertTrue(text(cover).contains("sales.csv"));
            assertTrue(text(cover).contains("Seed"));

            XSSFSheet data = wb.getSheet("Data");
            assertEquals(List.of("comment", "amount", "qty", "day", "Cluster"), headers(data));
            assertEquals(1, data.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
            assertTrue(data.getCTWorksheet().isSetAutoFilter(), "autofilter on the data");
            assertTrue(data.getColumnWidth(0) > 8 * 256);
            // genuine negative numbers stay numbers
            Cell neg = data.getRow(1).getCell(1);
            assertEquals(CellType.NUMERIC, neg.getCellType());
            assertEquals(-0.5, neg.getNumericCellValue(), 1e-12);
            assertEquals(-3, data.getRow(1).getCell(2).getNumericCellValue(), 1e-12);
            assertEquals("#,##0", data.getRow(1).getCell(2).getCellStyle().getDataFormatString());
            assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(data.getRow(1).getCell(3)));
            assertEquals(1.0, data.getRow(2).getCell(4).getNumericCellValue(), "derived cluster column");
            // hostile text is text, never a formula, and marked as text ("quote prefix")
            for (int i = 0; i < HOSTILE.length; i++) {
                Cell c = data.getRow(i + 1).getCell(0);
                assertEquals(CellType.STRING, c.getCellType());
                assertEquals(HOSTILE[i], c.getStringCellValue(), "value kept verbatim");
                boolean dangerous = !HOSTILE[i].equals("plain") && !HOSTILE[i].equals("-5");
                assertEquals(dangerous, c.getCellStyle().getQuotePrefixed(), HOSTILE[i]);
            }

            Sheet vif = wb.getSheet("Multicollinearity (VIF)");
            assertTrue(text(vif).contains("severe") && text(vif).contains("∞"));
            Cell vifValue = find(vif, "tenure").getRow().getCell(1);
            assertEquals(2.5, vifValue.getNumericCellValue(), 1e-12);
            assertEquals("0.00", vifValue.getCellStyle().getDataFormatString());

            Sheet conf = wb.getSheet("Confusion matrix");
            Cell tp = find(conf, "Actual “Yes”").getRow().getCell(1);
            assertEquals(40, tp.getNumericCellValue());
            Cell precision = find(conf, "Precision").getRow().getCell(1);
            assertEquals(0.8, precision.getNumericCellValue(), 1e-12);

            Sheet profile = wb.getSheet("Column profile");
            Cell amountMean = find(profile, "amount").getRow().getCell(8);
            double mean = java.util.Arrays.stream(new double[] {-0.5, 10.25, -2.5, 30.75, -4.5, 51.25, -6.5, 71.75})
                    .average().orElseThrow();
            assertEquals(mean, amountMean.getNumericCellValue(), 1e-9);

            // charts: profile + VIF + chart sheet
            assertTrue(wb.getAllPictures().size() >= 3, "pictures: " + wb.getAllPictures().size());
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        assertFalse(c.getCellType() == CellType.FORMULA, "no formulas anywhere");
                    }
                }
            }
        }
    }

    @Test
    void russianReportUsesRussianTexts() throws Exception {
        Path out = write(Messages.RUSSIAN);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals("Обзор", wb.getSheetName(0));
            assertEquals("Данные", wb.getSheetName(1));
            assertNotNull(wb.getSheet("Матрица ошибок"));
            assertTrue(text(wb.getSheet("Обзор")).contains("Источники данных"));
        }
    }

    @Test
    void sheetNamesAreValidAndUnique() {
        var used = new java.util.HashSet<String>();
        assertEquals("a b", ExcelReport.sheetName("a/b", used));
        assertEquals("a b (2)", ExcelReport.sheetName("a:b", used));
        String long1 = ExcelReport.sheetName("x".repeat(40), used);
        String long2 = ExcelReport.sheetName("x".repeat(40), used);
        assertEquals(31, long1.length());
        assertEquals(31, long2.length());
        assertFalse(long1.equals(long2));
    }

    @Test
    void formulaGuard() {
        assertTrue(FormulaGuard.isDangerous("=1+1"));
        assertTrue(FormulaGuard.isDangerous("+cmd"));
        assertTrue(FormulaGuard.isDangerous("-2+3"));
        assertTrue(FormulaGuard.isDangerous("@SUM(A1)"));
        assertTrue(FormulaGuard.isDangerous("\t=1"));
        assertTrue(FormulaGuard.isDangerous("\r=1"));
        assertFalse(FormulaGuard.isDangerous("-12.5"));
        assertFalse(FormulaGuard.isDangerous("-12,5"));
        assertFalse(FormulaGuard.isDangerous("+7"));
        assertFalse(FormulaGuard.isDangerous("1e-3"));
        assertFalse(FormulaGuard.isDangerous("hello"));
        assertEquals("'=1+1", FormulaGuard.neutralize("=1+1"));
        assertEquals("-5", FormulaGuard.neutralize("-5"));
    }

    @Test
    void simpleChartRendersPngAndSvg() throws Exception {
        SimpleChart c = SimpleChart.bars("A <b> & c", List.of("x", "y", "z"), new double[] {1, -2, Double.NaN});
        byte[] png = c.png(300, 200);
        var img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertEquals(300, img.getWidth());
        assertEquals(200, img.getHeight());
        String svg = c.svg(300, 200);
        assertTrue(svg.startsWith("<svg") && svg.contains("A &lt;b&gt; &amp; c"));
        assertEquals(2, svg.split("<rect x=").length - 1, "two bars (NaN left out)");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    static String text(Sheet s) {
        StringBuilder b = new StringBuilder();
        for (Row r : s) {
            for (Cell c : r) {
                b.append(c.toString()).append('|');
            }
        }
        return b.toString();
    }

    static List<String> headers(Sheet s) {
        List<String> h = new ArrayList<>();
        for (Cell c : s.getRow(0)) {
            h.add(c.getStringCellValue());
        }
        return h;
    }

    static Cell find(Sheet s, String value) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(value)) {
                    return c;
                }
            }
        }
        throw new AssertionError("not found: " + value);
    }
}
