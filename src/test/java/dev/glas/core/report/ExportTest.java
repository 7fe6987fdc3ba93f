package dev.glas.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.DatasetExport;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Table and dataset exports to CSV/XLSX/TSV neutralize formula-like text and keep numbers as numbers. */
class ExportTest {

    @TempDir
    Path dir;

    static TableExport.Table table() {
        return new TableExport.Table("Модели", List.of("model", "roc_auc", "note"), List.of(
                Arrays.asList("LR", 0.8412, "=HYPERLINK(\"x\")"),
                Arrays.asList("GBM; v2", -0.5, "-5"),
                Arrays.asList("RF", 3, null)));
    }

    @Test
    void tableToCsvXlsxAndTsv() throws Exception {
        Path csv = dir.resolve("t.csv");
        TableExport.writeCsv(table(), csv, ';');
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFmodel;roc_auc;note\r\n"), text);
        assertTrue(text.contains("LR;0.8412;\"'=HYPERLINK(\"\"x\"\")\"\r\n"), text);
        assertTrue(text.contains("\"GBM; v2\";-0.5;-5\r\n"), text);
        assertTrue(text.contains("RF;3;\r\n"), text);

        String tsv = TableExport.toTsv(table());
        assertTrue(tsv.contains("LR\t0.8412\t\"'=HYPERLINK"), tsv);

        Path xlsx = dir.resolve("t.xlsx");
        TableExport.writeXlsx(table(), xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var s = wb.getSheet("Модели");
            assertEquals(0.8412, s.getRow(1).getCell(1).getNumericCellValue(), 1e-12);
            assertEquals(-0.5, s.getRow(2).getCell(1).getNumericCellValue(), 1e-12);
            assertEquals(CellType.STRING, s.getRow(1).getCell(2).getCellType());
            assertTrue(s.getRow(1).getCell(2).getCellStyle().getQuotePrefixed());
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
        }
    }

    @Test
    void datasetExportNeutralizesText() throws Exception {
        var d = ExcelReportTest.data();
        Path csv = dir.resolve("d.csv");
        DatasetExport.writeCsv(d, csv, ';', Progress.NONE, Cancellation.NEVER);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(1).startsWith("\"'=HYPERLINK("), lines.get(1));
        assertTrue(lines.get(1).contains(";-0.5;"), "negative number kept: " + lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("-5;")), "a plain negative number text stays");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("'@SUM(A1);")));
        Path xlsx = dir.resolve("d.xlsx");
        DatasetExport.writeXlsx(d, xlsx, Progress.NONE, Cancellation.NEVER);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var s = wb.getSheetAt(0);
            assertEquals("=HYPERLINK(\"http://evil\",\"x\")", s.getRow(1).getCell(0).getStringCellValue());
            assertTrue(s.getRow(1).getCell(0).getCellStyle().getQuotePrefixed());
            assertEquals(CellType.NUMERIC, s.getRow(1).getCell(1).getCellType());
        }
    }
}
