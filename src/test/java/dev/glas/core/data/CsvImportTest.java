package dev.glas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.i18n.Messages;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;

class CsvImportTest {

    @TempDir
    Path dir;

    private final DataImporter importer = new DataImporter();

    @AfterEach
    void resetLocale() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private Path write(String name, String text, Charset cs) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(cs));
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text, StandardCharsets.UTF_8);
    }

    @Test
    void sniffsEachDelimiterHonouringQuotes() throws Exception {
        String[][] cases = {{",", "a,b,c\n\"x;y|z\",2,3\n\"p\tq\",5,6\n"},
            {";", "a;b;c\n\"x,y|z\";2;3\n\"p,q\";5;6\n"},
            {"\t", "a\tb\tc\n\"x,y;z\"\t2\t3\nq,r\t5\t6\n"},
            {"|", "a|b|c\n\"x,y;z\"|2|3\nq;r|5|6\n"}};
        for (String[] c : cases) {
            Path p = write("d.txt", c[1]);
            ImportSettings s = importer.detect(p);
            assertEquals(c[0].charAt(0), s.delimiter(), c[1]);
            Dataset d = importer.read(p);
            assertEquals(3, d.columnCount());
            assertEquals(2, d.rowCount());
            assertEquals(ColumnType.INTEGER, d.type("b"));
        }
    }

    @Test
    void detectsUtf8Utf8BomWindows1251AndUtf16() throws Exception {
        String text = "город;население;доля\nМосква;13010112;0,5\nСанкт-Петербург;5601911;0,25\nЁлки;1200;0,125\n";
        Path utf8 = write("u.csv", text);
        assertEquals(StandardCharsets.UTF_8, importer.detect(utf8).encoding());

        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        Path withBom = dir.resolve("bom.csv");
        Files.write(withBom, bom);
        Dataset fromBom = importer.read(withBom);
        assertEquals("город", fromBom.columnNames().get(0), "BOM must not stick to the first name");

        Path cp1251 = write("w.csv", text, Charset.forName("windows-1251"));
        ImportSettings s = importer.detect(cp1251);
        assertEquals("windows-1251", s.encoding().name());
        Dataset d = importer.read(cp1251, s, dev.glas.core.task.Progress.NONE, dev.glas.core.task.Cancellation.NEVER);
        assertEquals("Санкт-Петербург", ((StringColumn) d.column("город")).get(1));
        assertEquals("Ёлки", ((StringColumn) d.column("город")).get(2));

        Path utf16 = write("w16.csv", "\uFEFF" + text, StandardCharsets.UTF_16LE);
        Dataset d16 = importer.read(utf16);
        assertEquals(StandardCharsets.UTF_16LE, importer.detect(utf16).encoding());
        assertEquals("Москва", ((StringColumn) d16.column("город")).get(0));
    }

    @Test
    void decimalCommaWithSpaceGrouping() throws Exception {
        Path p = write("dc.csv", "name;amount;n\na;1 234,50;1\nb;-0,25;2\nc;\"3,5\";3\nd;;4\n");
        ImportSettings s = importer.detect(p);
        assertTrue(s.decimalComma());
        Dataset d = importer.read(p);
        DoubleColumn amount = (DoubleColumn) d.column("amount");
        assertEquals(ColumnType.NUMERIC, d.type("amount"));
        assertEquals(1234.5, amount.get(0), 1e-12);
        assertEquals(-0.25, amount.get(1), 1e-12);
        assertEquals(3.5, amount.get(2), 1e-12);
        assertTrue(amount.isMissing(3));
    }

    @Test
    void quotedMultilineFieldsEscapesAndCrlf() throws Exception {
        String text = "id,text,price\r\n1,\"RECORD FRAME 7\"\" SINGLE SIZE \",2.5\r\n"
                + "2,\"line one\r\nline two, with comma\",3\r\n3,plain,4\r\n";
        Path p = write("q.csv", text);
        Dataset d = importer.read(p);
        assertEquals(3, d.rowCount());
        StringColumn t = (StringColumn) d.column("text");
        assertEquals("RECORD FRAME 7\" SINGLE SIZE ", t.get(0));
        assertEquals("line one\r\nline two, with comma", t.get(1));
        assertEquals(4.0, ((DoubleColumn) d.column("price")).get(2));
    }

    @Test
    void datesAndDateTimesInRussianAndIsoFormats() throws Exception {
        Path p = write("dates.csv", "d1;d2;d3;d4;d5\n"
                + "01.02.2024;2024-02-01;01.02.2024 13:45;2024-02-01T13:45:30;2024-02-01 13:45:30\n"
                + "29.02.2024;2024-12-31;31.12.2023 00:00:59;2024-12-31T23:59:59.250;2011-12-09 12:50:00\n");
        Dataset d = importer.read(p);
        assertEquals(ColumnType.DATE, d.type("d1"));
        assertEquals(ColumnType.DATE, d.type("d2"));
        assertEquals(ColumnType.DATETIME, d.type("d3"));
        assertEquals(ColumnType.DATETIME, d.type("d4"));
        assertEquals(ColumnType.DATETIME, d.type("d5"));
        assertEquals(LocalDate.of(2024, 2, 29), ((DateColumn) d.column("d1")).get(1));
        assertEquals(LocalDate.of(2024, 2, 1), ((DateColumn) d.column("d2")).get(0));
        assertEquals(LocalDateTime.of(2024, 2, 1, 13, 45), ((DateTimeColumn) d.column("d3")).get(0));
        assertEquals(LocalDateTime.of(2023, 12, 31, 0, 0, 59), ((DateTimeColumn) d.column("d3")).get(1));
        assertEquals(LocalDateTime.of(2024, 12, 31, 23, 59, 59, 250_000_000), ((DateTimeColumn) d.column("d4")).get(1));
        // an impossible date makes the column text, not a wrong date
        Path bad = write("bad.csv", "d\n30.02.2024\n01.01.2024\n");
        assertEquals(ColumnType.CATEGORICAL, importer.read(bad).type("d"));
    }

    @Test
    void headerDetection() throws Exception {
        Path noHeader = write("nh.csv", "1,2.5,x\n2,3.5,y\n3,4.5,z\n");
        ImportSettings s = importer.detect(noHeader);
        assertFalse(s.header());
        Dataset d = importer.read(noHeader);
        assertEquals(3, d.rowCount());
        assertEquals("column_1", d.columnNames().get(0));

        Path header = write("h.csv", "a,b,c\n1,2.5,x\n2,3.5,y\n");
        assertTrue(importer.detect(header).header());
        // duplicate and empty names are made unique
        Path dup = write("dup.csv", "a,a,\n1,2,3\n");
        assertEquals(java.util.List.of("a", "a_2", "column_3"), importer.read(dup).columnNames());
    }

    @Test
    void typeInference() throws Exception {
        StringBuilder sb = new StringBuilder(
                "customerID,amount,qty,senior,churn,russian,zip,city,comment,code,flag,TotalCharges\n");
        String[] cities = {"Moscow", "Kazan", "Omsk"};
        for (int i = 0; i < 120; i++) {
            sb.append("C-").append(1000 + i).append(',')
                    .append(i * 1.5).append(',')
                    .append(i % 7).append(',')
                    .append(i % 3 == 0 ? 1 : 0).append(',')
                    .append(i % 4 == 0 ? "Yes" : "No").append(',')
                    .append(i % 2 == 0 ? "да" : "нет").append(',')
                    .append(String.format("%05d", i)).append(',')
                    .append(cities[i % 3]).append(',')
                    .append("free text number ").append(i).append(" with words").append(',')
                    .append("SKU").append(i * 7).append(',')
                    .append(i % 5 == 0 ? "yes" : "no").append(',')
                    .append(i == 3 || i == 50 ? " " : String.valueOf(20.5 + i)).append('\n');
        }
        Dataset d = importer.read(write("t.csv", sb.toString()));
        assertEquals(ColumnType.IDENTIFIER, d.type("customerID"));
        assertEquals(ColumnType.NUMERIC, d.type("amount"));
        assertEquals(ColumnType.INTEGER, d.type("qty"));
        assertTrue(d.column("qty") instanceof IntColumn);
        assertEquals(ColumnType.BOOLEAN, d.type("senior"));
        assertEquals(ColumnType.BOOLEAN, d.type("churn"));
        assertTrue(d.column("churn") instanceof BooleanColumn);
        assertEquals(ColumnType.BOOLEAN, d.type("russian"));
        assertEquals(Boolean.TRUE, ((BooleanColumn) d.column("russian")).get(0));
        assertEquals(ColumnType.IDENTIFIER, d.type("zip"), "leading zeros make a code, not a number");
        assertEquals("00007", ((StringColumn) d.column("zip")).get(7));
        assertEquals(ColumnType.CATEGORICAL, d.type("city"));
        assertEquals(ColumnType.TEXT, d.type("comment"));
        assertEquals(ColumnType.IDENTIFIER, d.type("code"));
        assertEquals(ColumnType.BOOLEAN, d.type("flag"));
        // Telco's " " in TotalCharges is missing, the column stays numeric
        assertEquals(ColumnType.NUMERIC, d.type("TotalCharges"));
        assertEquals(2, d.column("TotalCharges").countMissing());

        // a 0/1 column named like a count stays an integer; yes/no mixed with a third value is categorical
        Dataset d2 = importer.read(write("t2.csv", "visit_count,answer\n0,yes\n1,no\n1,maybe\n0,yes\n"));
        assertEquals(ColumnType.INTEGER, d2.type("visit_count"));
        assertEquals(ColumnType.CATEGORICAL, d2.type("answer"));
        // integer key column named ...ID written as floats becomes an identifier with integer text
        Dataset d3 = importer.read(write("t3.csv", "CustomerID,x\n17850.0,1\n,2\n13047.0,3\n"));
        assertEquals(ColumnType.IDENTIFIER, d3.type("CustomerID"));
        assertEquals("17850", ((StringColumn) d3.column("CustomerID")).get(0));
        assertTrue(d3.column("CustomerID").isMissing(1));
    }

    @Test
    void typeOverridesWinAndBadOverridesNameTheCell() throws Exception {
        Path p = write("o.csv", "a,b,c\n1,x,0\n2,y,1\n3,z,1\n");
        ImportSettings s = importer.detect(p).withTypeOverrides(Map.of("a", ColumnType.CATEGORICAL,
                "c", ColumnType.NUMERIC));
        Dataset d = importer.read(p, s, dev.glas.core.task.Progress.NONE, dev.glas.core.task.Cancellation.NEVER);
        assertEquals(ColumnType.CATEGORICAL, d.type("a"));
        assertTrue(d.column("a") instanceof StringColumn);
        assertEquals(ColumnType.NUMERIC, d.type("c"));
        assertTrue(d.column("c") instanceof DoubleColumn);

        ImportSettings bad = s.withTypeOverrides(Map.of("b", ColumnType.NUMERIC));
        DataFormatException e = assertThrows(DataFormatException.class, () -> importer.read(p, bad,
                dev.glas.core.task.Progress.NONE, dev.glas.core.task.Cancellation.NEVER));
        assertEquals(2, e.row());
        assertEquals("b", e.column());
        assertTrue(e.getLocalizedMessage().contains("\"x\""), e.getLocalizedMessage());
        Messages.setLocale(Messages.RUSSIAN);
        assertTrue(e.getLocalizedMessage().startsWith("Строка 2, столбец «b»"), e.getLocalizedMessage());
    }

    @Test
    void previewShowsFirstRowsWithTypes() throws Exception {
        StringBuilder sb = new StringBuilder("n;v;d\n");
        for (int i = 0; i < 500; i++) {
            sb.append(i).append(';').append(i).append(",5;").append("01.01.2020").append('\n');
        }
        Path p = write("p.csv", sb.toString());
        ImportSettings s = importer.detect(p);
        Preview pv = importer.preview(p, s, 10);
        assertEquals(java.util.List.of("n", "v", "d"), pv.columns());
        assertEquals(java.util.List.of(ColumnType.INTEGER, ColumnType.NUMERIC, ColumnType.DATE), pv.types());
        assertEquals(10, pv.rows().size());
        assertEquals(java.util.List.of("3", "3,5", "01.01.2020"), pv.rows().get(3));
    }

    // ---- bad files

    private DataFormatException fails(Path p) {
        return assertThrows(DataFormatException.class, () -> importer.read(p));
    }

    @Test
    void emptyAndWhitespaceOnlyFiles() throws Exception {
        assertEquals("import.error.empty", fails(write("e.csv", "")).key());
        assertEquals("import.error.empty", fails(write("w.csv", " \n\r\n  \n")).key());
    }

    @Test
    void headerOnly() throws Exception {
        DataFormatException e = fails(write("h.csv", "name,age,city\n"));
        assertEquals("data.error.header.only", e.key());
    }

    @Test
    void binaryJunk() throws Exception {
        byte[] junk = new byte[5000];
        new Random(7).nextBytes(junk);
        junk[100] = 0;
        Path p = dir.resolve("junk.csv");
        Files.write(p, junk);
        assertEquals("data.error.binary", fails(p).key());
        // a PNG renamed to .csv
        Path png = dir.resolve("img.csv");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'});
        assertEquals("data.error.binary", fails(png).key());
    }

    @Test
    void unknownEncoding() throws Exception {
        // Latin-1 accented text is neither UTF-8 nor Cyrillic windows-1251
        Path p = write("l1.csv", "name,city\nJosé,São Paulo\nFrançois,Besançon\nZoë,Köln\n", StandardCharsets.ISO_8859_1);
        DataFormatException e = fails(p);
        assertEquals("data.error.encoding", e.key());
        assertEquals(2, e.row());
        // ...but it reads when the encoding is given
        ImportSettings s = importer.detect(p, StandardCharsets.ISO_8859_1);
        Dataset d = importer.read(p, s, dev.glas.core.task.Progress.NONE, dev.glas.core.task.Cancellation.NEVER);
        assertEquals("Besançon", ((StringColumn) d.column("city")).get(1));
    }

    @Test
    void raggedRowsNameTheFirstBadLine() throws Exception {
        Path more = write("r.csv", "a,b,c\n1,2,3\n4,5,6\n7,8,9,10\n11,12,13\n");
        DataFormatException e = fails(more);
        assertEquals("data.error.ragged", e.key());
        assertEquals(4, e.row());
        assertEquals("Line 4 has 4 fields, but the header has 3. Check the delimiter and the quotes on that line.",
                e.getLocalizedMessage());
        Path fewer = write("r2.csv", "a,b,c\n1,2,3\n\"multi\nline\",5,6\n4,5\n");
        assertEquals(5, fails(fewer).row(), "line numbers count lines inside quoted fields");
        // trailing delimiters (empty extra fields) are tolerated
        Dataset d = importer.read(write("r3.csv", "a,b\n1,2,\n3,4,\n"));
        assertEquals(2, d.columnCount());
    }

    @Test
    void unclosedQuoteAndJunkAfterQuote() throws Exception {
        DataFormatException e = fails(write("u.csv", "a,b\n1,2\n3,\"open\n4,5\n"));
        assertEquals("data.error.quote.unclosed", e.key());
        assertEquals(3, e.row());
        DataFormatException j = fails(write("j.csv", "a,b\n1,\"x\"y\n"));
        assertEquals("data.error.quote.junk", j.key());
        assertEquals("2", j.column());
    }

    @Test
    void excelNamedFileWithTextContentIsReadAsText() throws Exception {
        Path p = write("fake.xlsx", "a,b\n1,2\n");
        assertEquals(FileFormat.CSV, importer.detect(p).format());
        assertNull(importer.detect(p).sheet());
        assertEquals(1, importer.read(p).rowCount());
    }
}
