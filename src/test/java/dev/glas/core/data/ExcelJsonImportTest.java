package dev.glas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;

class ExcelJsonImportTest {

    @TempDir
    Path dir;

    private final DataImporter importer = new DataImporter();

    private static void fill(Workbook wb) {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
        CellStyle dateTime = wb.createCellStyle();
        dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
        Sheet notes = wb.createSheet("Примечания");
        notes.createRow(0).createCell(0).setCellValue("not the data");
        Sheet s = wb.createSheet("Данные");
        Row h = s.createRow(0);
        String[] names = {"город", "выручка", "заказы", "дата", "время", "активен", "формула"};
        for (int i = 0; i < names.length; i++) {
            h.createCell(i).setCellValue(names[i]);
        }
        String[] cities = {"Москва", "Казань", "Омск"};
        for (int r = 1; r <= 30; r++) {
            Row row = s.createRow(r);
            row.createCell(0).setCellValue(cities[r % 3]);
            if (r != 5) {
                row.createCell(1).setCellValue(r * 10.5);
            }
            row.createCell(2).setCellValue(r);
            var d = row.createCell(3);
            d.setCellValue(LocalDate.of(2024, 1, 1).plusDays(r));
            d.setCellStyle(date);
            var t = row.createCell(4);
            t.setCellValue(LocalDateTime.of(2024, 3, 1, 9, 30).plusHours(r));
            t.setCellStyle(dateTime);
            row.createCell(5).setCellValue(r % 2 == 0);
            row.createCell(6).setCellFormula("C" + (r + 1) + "*2");
        }
    }

    private void checkWorkbook(Path p) throws Exception {
        assertEquals(List.of("Примечания", "Данные"), importer.sheetNames(p));
        ImportSettings s = importer.detect(p);
        assertEquals("Примечания", s.sheet());
        s = s.withSheet("Данные").withHeader(true);
        Dataset d = importer.read(p, s, dev.glas.core.task.Progress.NONE, dev.glas.core.task.Cancellation.NEVER);
        assertEquals(30, d.rowCount());
        assertEquals(ColumnType.CATEGORICAL, d.type("город"));
        assertEquals("Казань", ((StringColumn) d.column("город")).get(0));
        assertEquals(ColumnType.NUMERIC, d.type("выручка"));
        assertEquals(21.0, ((DoubleColumn) d.column("выручка")).get(1));
        assertTrue(d.column("выручка").isMissing(4));
        assertEquals(ColumnType.INTEGER, d.type("заказы"));
        assertEquals(30, ((IntColumn) d.column("заказы")).get(29));
        assertEquals(ColumnType.DATE, d.type("дата"));
        assertEquals(LocalDate.of(2024, 1, 2), ((DateColumn) d.column("дата")).get(0));
        assertEquals(ColumnType.DATETIME, d.type("время"));
        assertEquals(LocalDateTime.of(2024, 3, 1, 10, 30), ((DateTimeColumn) d.column("время")).get(0));
        assertEquals(ColumnType.BOOLEAN, d.type("активен"));
        assertEquals(Boolean.TRUE, ((BooleanColumn) d.column("активен")).get(1));
        Preview pv = importer.preview(p, s, 5);
        assertEquals(5, pv.rows().size());
        assertEquals("город", pv.columns().get(0));
        DataFormatException missing = assertThrows(DataFormatException.class, () -> importer.read(p,
                importer.detect(p).withSheet("Нет такого"), dev.glas.core.task.Progress.NONE,
                dev.glas.core.task.Cancellation.NEVER));
        assertEquals("data.error.sheet.missing", missing.key());
    }

    @Test
    void xlsxWithSheetPickerDatesBooleansAndFormulas() throws Exception {
        Path p = dir.resolve("book.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            fill(wb);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        checkWorkbook(p);
        Dataset d = importer.read(p, importer.detect(p).withSheet("Данные"), dev.glas.core.task.Progress.NONE,
                dev.glas.core.task.Cancellation.NEVER);
        assertEquals(ColumnType.INTEGER, d.type("формула"), "formula cells give their cached value");
    }

    @Test
    void xlsViaHssf() throws Exception {
        Path p = dir.resolve("book.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            fill(wb);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        checkWorkbook(p);
    }

    @Test
    void largeXlsxIsStreamed() throws Exception {
        Path p = dir.resolve("big.xlsx");
        int rows = 100_000;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("big");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("id");
            h.createCell(1).setCellValue("value");
            h.createCell(2).setCellValue("group");
            for (int r = 1; r <= rows; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue(r * 0.25);
                row.createCell(2).setCellValue("g" + (r % 7));
            }
            wb.write(out);
            wb.dispose();
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        Dataset d = importer.read(p);
        long after = rt.totalMemory() - rt.freeMemory();
        assertEquals(rows, d.rowCount());
        assertEquals(ColumnType.CATEGORICAL, d.type("group"));
        assertEquals(rows * 0.25, ((DoubleColumn) d.column("value")).get(rows - 1));
        // streaming: the heap grows with the cell text (a few MB here), not with a workbook DOM
        assertTrue(after - before < 400L << 20, "heap growth " + ((after - before) >> 20) + " MB");
    }

    @Test
    void truncatedAndFakeWorkbooksAndZipBombFailClearly() throws Exception {
        Path cut = dir.resolve("cut.xlsx");
        BadInputCorpus.truncatedXlsx(cut, 0.6);
        DataFormatException e = assertThrows(DataFormatException.class, () -> importer.read(cut));
        assertEquals("data.error.xlsx", e.key());
        assertTrue(e.getLocalizedMessage().contains("cut.xlsx"));

        Path bomb = dir.resolve("bomb.xlsx");
        BadInputCorpus.zipBomb(bomb);
        long t0 = System.nanoTime();
        DataFormatException b = assertThrows(DataFormatException.class, () -> importer.read(bomb));
        assertEquals("data.error.xlsx", b.key());
        assertTrue(System.nanoTime() - t0 < 30e9, "refused without inflating a gigabyte");

        Path fakeXls = dir.resolve("fake.xls");
        Files.write(fakeXls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1, 1, 2, 3});
        assertEquals("data.error.xlsx", assertThrows(DataFormatException.class, () -> importer.read(fakeXls)).key());
    }

    @Test
    void jsonArrayOfObjectsWithNestedObjectsAndArrays() throws Exception {
        Path p = dir.resolve("a.json");
        Files.writeString(p, """
                [ {"id": 1, "name": "Анна", "address": {"city": "Москва", "zip": "101000"}, "tags": ["a","b"], "paid": true},
                  {"id": 2, "name": "Борис", "address": {"city": "Казань"}, "paid": false, "score": 2.5},
                  {"id": 3, "name": null, "paid": true, "score": 4} ]
                """);
        Dataset d = importer.read(p);
        assertEquals(FileFormat.JSON, importer.detect(p).format());
        assertEquals(List.of("id", "name", "address.city", "address.zip", "tags", "paid", "score"), d.columnNames());
        assertEquals(3, d.rowCount());
        assertEquals("Москва", d.column("address.city").getString(0));
        assertTrue(d.column("address.zip").isMissing(1));
        assertEquals("[\"a\",\"b\"]", d.column("tags").getString(0));
        assertTrue(d.column("name").isMissing(2));
        assertEquals(ColumnType.BOOLEAN, d.type("paid"));
        assertEquals(ColumnType.NUMERIC, d.type("score"));
        assertTrue(d.column("score").isMissing(0));
    }

    @Test
    void jsonLines() throws Exception {
        Path p = dir.resolve("e.jsonl");
        Files.writeString(p, "{\"user\":\"u1\",\"ts\":\"2024-05-01T10:00:00\",\"n\":1}\n\n"
                + "{\"user\":\"u2\",\"ts\":\"2024-05-01T10:05:00\",\"n\":2}\n{\"user\":\"u1\",\"ts\":\"2024-05-02T08:00:00\",\"n\":3}\n");
        Dataset d = importer.read(p);
        assertEquals(3, d.rowCount());
        assertEquals(ColumnType.DATETIME, d.type("ts"));
        assertEquals(ColumnType.INTEGER, d.type("n"));
    }

    @Test
    void badJsonNamesTheLine() throws Exception {
        Path p = dir.resolve("bad.jsonl");
        Files.writeString(p, "{\"a\":1}\n{\"a\":2}\n{\"a\": 3,,}\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> importer.read(p));
        assertEquals("data.error.json", e.key());
        assertEquals(3, e.row());
        Path scalars = dir.resolve("s.json");
        Files.writeString(scalars, "[1, 2, 3]");
        assertEquals("data.error.json.not.object",
                assertThrows(DataFormatException.class, () -> importer.read(scalars)).key());
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "[]");
        assertEquals("import.error.empty", assertThrows(DataFormatException.class, () -> importer.read(empty)).key());
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, "[{\"a\":1},{\"a\":");
        assertEquals("data.error.json", assertThrows(DataFormatException.class, () -> importer.read(cut)).key());
    }
}
