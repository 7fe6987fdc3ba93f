package dev.glas.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.churn.Collinearity;
import dev.glas.core.segment.KScore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writers behind every table's Copy / Export CSV / Export XLSX: quoting, formula injection, numbers. */
class TableWritersTest {

    @TempDir
    Path dir;

    static final Locale RU = Locale.of("ru", "RU");

    static TableExport.Table table() {
        return new TableExport.Table("Таблица: 1/2", List.of("name", "value", "count", "note"), List.of(
                Arrays.asList("a;b", 0.25, 14000L, "=SUM(A1:A2)"),
                Arrays.asList("quote \"q\"", -1234.5, 3, "+7 (912) 000"),
                Arrays.asList("tab\there", 1e-9, -2, "@cmd"),
                Arrays.asList("line\nbreak", 12345678.125, 0, "-5"),
                Arrays.asList(null, Double.NaN, null, "\tx")));
    }

    @Test
    void tsvUsesTheRegionalDecimalSeparatorAndNoGrouping() {
        String ru = TableExport.toTsv(table(), RU);
        String[] lines = ru.split("\n", -1);
        assertEquals("name\tvalue\tcount\tnote", lines[0]);
        assertEquals("a;b\t0,25\t14000\t'=SUM(A1:A2)", lines[1]);
        assertEquals("\"quote \"\"q\"\"\"\t-1234,5\t3\t'+7 (912) 000", lines[2]);
        assertEquals("\"tab\there\"\t1,0E-9\t-2\t'@cmd", lines[3]);
        assertTrue(ru.contains("\"line\nbreak\"\t12345678,125\t0\t-5\n"), ru);
        assertTrue(ru.endsWith("\t\t\t\"'\tx\"\n"), "NaN and null are empty, a leading tab is neutralized: " + ru);
        String en = TableExport.toTsv(table(), Locale.US);
        assertTrue(en.contains("a;b\t0.25\t14000\t"), en);
        assertTrue(en.contains("-1234.5"), en);
    }

    @Test
    void csvFollowsExcelsRegionalConvention() throws Exception {
        Path ru = dir.resolve("ru.csv");
        TableExport.writeCsv(table(), ru, RU);
        String s = Files.readString(ru, StandardCharsets.UTF_8);
        assertTrue(s.startsWith("\uFEFFname;value;count;note\r\n"), s);
        assertTrue(s.contains("\"a;b\";0,25;14000;'=SUM(A1:A2)\r\n"), s);
        assertTrue(s.contains("\"line\nbreak\";12345678,125;0;-5\r\n"), s);
        Path en = dir.resolve("en.csv");
        TableExport.writeCsv(table(), en, Locale.US);
        String e = Files.readString(en, StandardCharsets.UTF_8);
        assertTrue(e.startsWith("\uFEFFname,value,count,note\r\n"), e);
        assertTrue(e.contains("a;b,0.25,14000,'=SUM(A1:A2)\r\n"), e);
        assertTrue(e.contains("\"quote \"\"q\"\"\",-1234.5,3,'+7 (912) 000\r\n"), e);
    }

    @Test
    void numbersArePlainAndExact() {
        assertEquals("0,1", TableExport.number(0.1, ','));
        assertEquals("100000000000000", TableExport.number(1e14, '.'));
        assertEquals("1.0000000000000005E15", TableExport.number(1e15 + 0.5, '.'), "large: shortest round-trip digits");
        assertEquals("0.000001", TableExport.number(1e-6, '.'));
        assertEquals("", TableExport.number(Double.POSITIVE_INFINITY, '.'));
        assertEquals("-7", TableExport.number(-7L, ','));
        assertEquals(0.30000000000000004, Double.parseDouble(TableExport.number(0.1 + 0.2, '.')), 0.0);
    }

    @Test
    void xlsxHasNumberCellsAndInertText() throws Exception {
        Path x = dir.resolve("t.xlsx");
        TableExport.writeXlsx(table(), x);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(x))) {
            var s = wb.getSheetAt(0);
            assertEquals("Таблица  1 2", s.getSheetName(), "':' and '/' are not allowed in sheet names");
            assertEquals(List.of("name", "value", "count", "note"), List.of(s.getRow(0).getCell(0).getStringCellValue(),
                    s.getRow(0).getCell(1).getStringCellValue(), s.getRow(0).getCell(2).getStringCellValue(),
                    s.getRow(0).getCell(3).getStringCellValue()));
            assertEquals(0.25, s.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(1e-9, s.getRow(3).getCell(1).getNumericCellValue());
            assertEquals(12345678.125, s.getRow(4).getCell(1).getNumericCellValue());
            assertEquals("General", s.getRow(4).getCell(1).getCellStyle().getDataFormatString(), "all digits shown");
            assertEquals(14000, s.getRow(1).getCell(2).getNumericCellValue());
            for (int r = 1; r <= 5; r++) {
                var c = s.getRow(r).getCell(3);
                assertEquals(CellType.STRING, c.getCellType());
                boolean dangerous = r != 4;
                assertEquals(dangerous, c.getCellStyle().getQuotePrefixed(), c.getStringCellValue());
            }
            assertEquals("=SUM(A1:A2)", s.getRow(1).getCell(3).getStringCellValue(), "kept verbatim, only marked");
            assertEquals("-5", s.getRow(4).getCell(3).getStringCellValue());
            var nan = s.getRow(5).getCell(1);
            assertTrue(nan == null || nan.getCellType() == CellType.BLANK, "NaN is an empty cell");
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(s.getCTWorksheet().isSetAutoFilter());
            for (var row : s) {
                for (var c : row) {
                    assertFalse(c.getCellType() == CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void resultTablesAreTyped() {
        var k = ResultTables.kSweep("k", List.of(new KScore(2, 10.5, 0.4, 120, 0.9, Double.NaN),
                new KScore(3, 8, 0.5, 140, 0.7, 0.95)));
        assertEquals(6, k.headers().size());
        assertEquals(List.of(2, 10.5, 0.4, 120.0, 0.9), k.rows().get(0).subList(0, 5));
        assertEquals(null, k.rows().get(0).get(5), "NaN stability is an empty cell");
        var v = ResultTables.vif("VIF", List.of(new Collinearity.Vif("a", 2.5),
                new Collinearity.Vif("b", Double.POSITIVE_INFINITY)));
        assertEquals(2.5, v.rows().get(0).get(1));
        assertEquals("∞", v.rows().get(1).get(1));
        var c = ResultTables.counts("t", "", List.of("r1", "r2"), List.of("c1", "c2"), new int[][] {{1, 2}, {3, 4}});
        assertEquals(List.of("", "c1", "c2"), c.headers());
        assertEquals(List.of("r2", 3, 4), c.rows().get(1));
    }

    @Test
    void moreResultTables() {
        var p = new dev.glas.core.segment.Profiles(List.of("a", "b"), new double[] {2, 3}, new double[] {2, 2.5},
                new double[] {1, 1}, List.of(
                new dev.glas.core.segment.Profiles.ClusterProfile(0, 3, 0.75, new double[] {1, 2}, new double[] {1, 2},
                        new double[] {-1, -1}, new int[0], "x"),
                new dev.glas.core.segment.Profiles.ClusterProfile(1, 1, 0.25, new double[] {5, 6}, new double[] {5, 6},
                        new double[] {1, 1}, new int[0], "y")));
        var prof = ResultTables.clusterProfiles("p", p, List.of("Опт", "Розница"));
        assertEquals(7, prof.headers().size(), "name, size, share, 2 means, 2 medians");
        assertEquals(List.of("Опт", 3, 0.75, 1.0, 2.0, 1.0, 2.0), prof.rows().get(0));
        assertEquals(4L, prof.rows().get(2).get(1), "the all-rows line sums the sizes");

        var e = dev.glas.core.text.Evaluation.of(List.of("pos", "neg", "pos", "neg"), List.of("pos", "pos", "pos", "neg"));
        var r = new dev.glas.core.text.TextClassification.Result(null, "l", "p",
                new java.util.LinkedHashMap<>(java.util.Map.of("pos", 3)), e, 4, 0, 1, 1);
        var text = ResultTables.textClassification("t", r);
        int pos = text.headers().indexOf("→ pos");
        var posRow = text.rows().stream().filter(row -> "pos".equals(row.get(0))).findFirst().orElseThrow();
        assertEquals(2, posRow.get(pos), "two 'pos' texts predicted 'pos'");
        assertEquals(3, posRow.get(1));
        var negRow = text.rows().stream().filter(row -> "neg".equals(row.get(0))).findFirst().orElseThrow();
        assertEquals(null, negRow.get(1), "no text got 'neg' in the counts map");
        assertEquals(1, negRow.get(pos), "one 'neg' text predicted 'pos'");

        var w = ResultTables.contributions("w", "base", -1.0, List.of("tenure", "contract"), List.of(0.5, -0.25), "out");
        assertEquals(List.of("base", "tenure", "contract", "out"), w.rows().stream().map(row -> row.get(0)).toList());
        assertEquals(-0.75, w.rows().get(3).get(2));

        var pr = new dev.glas.core.segment.Projection("pca", new int[] {2, 0}, new double[][] {{0.5, 1}, {-1, 2}},
                new double[0], 1);
        var map = ResultTables.projection("m", pr, new int[] {1, 0, 0}, new int[] {10, 11, 12}, List.of("A", "B"));
        assertEquals(List.of(13, "A", 0.5, 1.0), map.rows().get(0), "data row 12 → 13 (1-based), cluster A");
        assertEquals(List.of(11, "B", -1.0, 2.0), map.rows().get(1));
        assertEquals(null, ResultTables.textClassification("t", null));

        var rfm = new dev.glas.core.segment.RfmResult(java.time.LocalDate.of(2011, 12, 10), List.of("c1", "c2"),
                new double[] {3, 40}, new double[] {5, 1}, new double[] {120.5, 9.9}, new int[] {5, 1}, new int[] {5, 1},
                new int[] {5, 1}, List.of(dev.glas.core.segment.RfmSegment.values()[0],
                        dev.glas.core.segment.RfmSegment.values()[1]), 10, 0, List.of(new int[] {0}, new int[] {1}));
        var rt = ResultTables.rfm("rfm", rfm, new int[] {1, 0});
        assertEquals(10, rt.headers().size());
        assertEquals(List.of("c1", 3.0, 5.0, 120.5, 5, 5, 5, "555"), rt.rows().get(0).subList(0, 8));
        assertEquals(2, rt.rows().get(0).get(9), "clusters numbered from 1 as on the page");
    }
}
