package dev.glas.core.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Generates a corpus of broken and hostile input files (test code; nothing is committed as binary). Each case
 * says what a correct reader must do: {@link Expect#ERROR} = a clear localized error, {@link Expect#OK} = a
 * correct import, {@link Expect#EITHER} = one of the two (both are acceptable behaviour).
 */
public final class HostileInputCorpus {

    public enum Expect { ERROR, OK, EITHER }

    /** A generated file. {@code check} verifies a successful import further (may be null). */
    public record Case(String name, Expect expect, Writer writer, Check check) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    public interface Writer {
        void write(Path file) throws IOException;
    }

    @FunctionalInterface
    public interface Check {
        void verify(Dataset d);
    }

    private HostileInputCorpus() {
    }

    static final Charset CP1251 = Charset.forName("windows-1251");

    public static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // --- empty and near-empty
        c.add(new Case("empty.csv", Expect.ERROR, f -> Files.write(f, new byte[0]), null));
        c.add(new Case("only-bom.csv", Expect.ERROR, f -> Files.write(f, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), null));
        c.add(new Case("blank-lines.csv", Expect.EITHER, f -> Files.writeString(f, "\n\n   \n\r\n\n"), null));
        c.add(new Case("header-only.csv", Expect.EITHER, f -> Files.writeString(f, "id;name;amount\n"),
                d -> require(d.rowCount() == 0 && d.columnCount() == 3, "header only: 0 rows, 3 columns")));
        c.add(new Case("header-only-no-newline.csv", Expect.EITHER, f -> Files.writeString(f, "id,name,amount"),
                d -> require(d.rowCount() == 0, "header only: 0 rows")));
        c.add(new Case("only-delimiters.csv", Expect.EITHER, f -> Files.writeString(f, ";;;;\n;;;;\n;;;;\n"), null));
        // --- binary junk
        c.add(new Case("binary-junk.csv", Expect.ERROR, f -> Files.write(f, random(64 * 1024, 1)), null));
        c.add(new Case("png-renamed.csv", Expect.ERROR, f -> Files.write(f, concat(new byte[] {(byte) 0x89, 'P', 'N', 'G',
            '\r', '\n', 0x1A, '\n'}, random(8192, 2))), null));
        c.add(new Case("zip-renamed.csv", Expect.ERROR, f -> Files.write(f, zipBytes("a.txt", "hello".getBytes())), null));
        c.add(new Case("all-nul.csv", Expect.ERROR, f -> Files.write(f, new byte[10_000]), null));
        c.add(new Case("nul-bytes-in-cells.csv", Expect.EITHER,
                f -> Files.write(f, "a,b\n1,x\u0000y\n2,\u0000\n3,z\n".getBytes(StandardCharsets.UTF_8)), null));
        c.add(new Case("pdf-renamed.txt", Expect.ERROR, f -> Files.write(f, concat("%PDF-1.7\n%\u00e2\u00e3".getBytes(
                StandardCharsets.ISO_8859_1), random(20_000, 3))), null));
        // --- structure
        c.add(new Case("ragged-rows.csv", Expect.EITHER,
                f -> Files.writeString(f, "a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n"), null));
        c.add(new Case("ragged-extreme.csv", Expect.EITHER, f -> {
            StringBuilder b = new StringBuilder("a,b\n");
            for (int i = 0; i < 1000; i++) {
                b.append("x,".repeat(i % 50)).append(i).append('\n');
            }
            Files.writeString(f, b);
        }, null));
        c.add(new Case("unterminated-quote.csv", Expect.EITHER,
                f -> Files.writeString(f, "a,b\n\"1,2\n3,4\n5,6\n"), null));
        c.add(new Case("quotes-only.csv", Expect.EITHER, f -> Files.writeString(f, "\"\"\"\"\"\"\"\n\"\"\"\n"), null));
        c.add(new Case("duplicated-headers.csv", Expect.EITHER,
                f -> Files.writeString(f, "id,amount,amount,id\n1,2,3,4\n5,6,7,8\n"),
                d -> require(d.columnCount() == 4 && d.rowCount() == 2,
                        "duplicate headers keep all 4 columns (renamed), 2 rows")));
        c.add(new Case("empty-header-names.csv", Expect.EITHER, f -> Files.writeString(f, ",,\n1,2,3\n4,5,6\n"),
                d -> require(d.columnCount() == 3, "3 columns")));
        c.add(new Case("very-long-header.csv", Expect.EITHER,
                f -> Files.writeString(f, "h".repeat(100_000) + ",b\n1,2\n"), null));
        c.add(new Case("wide-20k-columns.csv", Expect.EITHER, f -> {
            StringBuilder b = new StringBuilder(1 << 20);
            for (int r = 0; r < 6; r++) {
                for (int col = 0; col < 20_000; col++) {
                    if (col > 0) {
                        b.append(',');
                    }
                    b.append(r == 0 ? "c" + col : Integer.toString(r * col));
                }
                b.append('\n');
            }
            Files.writeString(f, b);
        }, d -> require(d.columnCount() == 20_000 && d.rowCount() == 5, "20k columns × 5 rows")));
        c.add(new Case("single-cell-50mb.csv", Expect.EITHER, f -> {
            try (OutputStream out = Files.newOutputStream(f)) {
                out.write("id,text\n1,\"".getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = "lorem ipsum ".repeat(8192).getBytes(StandardCharsets.US_ASCII);
                for (long w = 0; w < 50L << 20; w += chunk.length) {
                    out.write(chunk);
                }
                out.write("\"\n2,short\n".getBytes(StandardCharsets.US_ASCII));
            }
        }, null));
        c.add(new Case("one-line-50mb-no-newline.csv", Expect.EITHER, f -> {
            try (OutputStream out = Files.newOutputStream(f)) {
                byte[] chunk = "a".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 800; i++) {
                    out.write(chunk);
                }
            }
        }, null));
        c.add(new Case("many-rows-one-column.csv", Expect.OK, f -> {
            StringBuilder b = new StringBuilder("v\n");
            for (int i = 0; i < 200_000; i++) {
                b.append(i).append('\n');
            }
            Files.writeString(f, b);
        }, d -> require(d.rowCount() == 200_000, "200000 rows")));
        c.add(new Case("mixed-line-endings.csv", Expect.OK, f -> Files.writeString(f, "a,b\r\n1,2\n3,4\r\n5,6\n"),
                d -> require(d.rowCount() == 3, "3 rows")));
        // --- encodings
        c.add(new Case("cp1251.csv", Expect.OK, f -> Files.write(f, "город;сумма\nМосква;10\nКазань;20\n".getBytes(CP1251)),
                d -> require(d.columnNames().contains("город"), "cp1251 header decoded")));
        c.add(new Case("mixed-encodings.csv", Expect.EITHER, f -> Files.write(f, concat(
                "город;сумма\nМосква;10\n".getBytes(StandardCharsets.UTF_8), "Казань;20\nУфа;30\n".getBytes(CP1251))),
                d -> require(d.rowCount() == 3, "3 rows")));
        c.add(new Case("utf16le-bom.csv", Expect.EITHER, f -> Files.write(f, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "a,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE))), null));
        c.add(new Case("invalid-utf8.csv", Expect.EITHER, f -> Files.write(f, concat("a,b\n1,".getBytes(),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n'}, "2,ok\n".getBytes())), null));
        // --- hostile or odd values
        c.add(new Case("formula-injection.csv", Expect.OK, f -> Files.writeString(f,
                "name,comment\nAnna,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\nBoris,+7 912 000-00-00\nVera,@SUM(A1)\n"
                        + "Gleb,-2+3\n"),
                d -> require(d.rowCount() == 4 && d.column("comment").getString(0).startsWith("=HYPERLINK"),
                        "formula text kept verbatim as data")));
        c.add(new Case("invalid-dates.csv", Expect.OK, f -> Files.writeString(f,
                "day;amount\n31.02.2024;1\n2024-13-45;2\nyesterday;3\n01.01.2024;4\n"),
                d -> require(d.rowCount() == 4, "4 rows")));
        c.add(new Case("mixed-types.csv", Expect.OK, f -> Files.writeString(f, "v\n1\n2.5\nabc\n\n4\n"),
                d -> require(d.rowCount() >= 4, "rows kept")));
        c.add(new Case("huge-numbers.csv", Expect.OK, f -> Files.writeString(f,
                "v\n1e308\n-1e308\n99999999999999999999999999\nNaN\nInfinity\n"), d -> require(d.rowCount() == 5, "5 rows")));
        // --- Excel
        c.add(new Case("empty.xlsx", Expect.ERROR, f -> Files.write(f, new byte[0]), null));
        c.add(new Case("text-renamed.xlsx", Expect.EITHER, f -> Files.writeString(f, "a,b\n1,2\n"), null));
        c.add(new Case("junk.xlsx", Expect.ERROR, f -> Files.write(f, random(50_000, 4)), null));
        c.add(new Case("truncated.xlsx", Expect.ERROR, f -> {
            byte[] full = xlsx(200);
            Files.write(f, Arrays.copyOf(full, full.length / 2));
        }, null));
        c.add(new Case("corrupt-middle.xlsx", Expect.EITHER, f -> {
            byte[] full = xlsx(200);
            Random r = new Random(5);
            for (int i = full.length / 3; i < full.length / 3 + 2000; i++) {
                full[i] = (byte) r.nextInt();
            }
            Files.write(f, full);
        }, null));
        c.add(new Case("zip-without-workbook.xlsx", Expect.ERROR,
                f -> Files.write(f, zipBytes("[Content_Types].xml", "<Types/>".getBytes())), null));
        c.add(new Case("zip-bomb.xlsx", Expect.ERROR, HostileInputCorpus::zipBomb, null));
        c.add(new Case("valid-small.xlsx", Expect.OK, f -> Files.write(f, xlsx(50)),
                d -> require(d.rowCount() == 50 && d.columnCount() == 3, "50 rows × 3 columns")));
        c.add(new Case("empty-sheet.xlsx", Expect.EITHER, f -> {
            try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
                wb.createSheet("Пусто");
                wb.write(out);
            }
        }, null));
        c.add(new Case("formulas-and-bad-dates.xlsx", Expect.OK, f -> {
            try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
                Sheet s = wb.createSheet("s");
                Row h = s.createRow(0);
                h.createCell(0).setCellValue("a");
                h.createCell(1).setCellValue("b");
                h.createCell(2).setCellValue("day");
                for (int i = 1; i <= 10; i++) {
                    Row r = s.createRow(i);
                    r.createCell(0).setCellValue(i);
                    r.createCell(1).setCellFormula("A" + (i + 1) + "*2");
                    r.createCell(2).setCellValue(i % 2 == 0 ? "31.02.2024" : "=cmd");
                }
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
                wb.write(out);
            }
        }, d -> require(d.rowCount() == 10, "10 rows")));
        c.add(new Case("junk.xls", Expect.ERROR, f -> Files.write(f, random(30_000, 6)), null));
        c.add(new Case("truncated.xls", Expect.ERROR, f -> {
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            try (Workbook wb = new HSSFWorkbook()) {
                Sheet s = wb.createSheet("s");
                for (int i = 0; i < 300; i++) {
                    Row r = s.createRow(i);
                    r.createCell(0).setCellValue(i == 0 ? "x" : "v" + i);
                }
                wb.write(bo);
            }
            byte[] full = bo.toByteArray();
            Files.write(f, Arrays.copyOf(full, full.length / 2));
        }, null));
        // --- JSON
        c.add(new Case("deeply-nested-arrays.json", Expect.ERROR,
                f -> Files.writeString(f, "[".repeat(200_000) + "]".repeat(200_000)), null));
        c.add(new Case("deeply-nested-objects.json", Expect.EITHER,
                f -> Files.writeString(f, "[{\"a\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_001) + "]"), null));
        c.add(new Case("scalar.json", Expect.ERROR, f -> Files.writeString(f, "42"), null));
        c.add(new Case("truncated.json", Expect.ERROR, f -> Files.writeString(f, "[{\"a\":1},{\"a\":2},{\"a\":"), null));
        c.add(new Case("empty-array.json", Expect.EITHER, f -> Files.writeString(f, "[]"), null));
        c.add(new Case("jsonl-with-bad-lines.jsonl", Expect.EITHER,
                f -> Files.writeString(f, "{\"a\":1}\n{oops}\n{\"a\":3}\n\n{\"a\":\n"), null));
        c.add(new Case("binary.json", Expect.ERROR, f -> Files.write(f, random(20_000, 7)), null));
        c.add(new Case("huge-string.json", Expect.EITHER, f -> {
            try (OutputStream out = Files.newOutputStream(f)) {
                out.write("[{\"id\":1,\"t\":\"".getBytes());
                byte[] chunk = "x".repeat(1 << 16).getBytes();
                for (int i = 0; i < 400; i++) {
                    out.write(chunk);
                }
                out.write("\"}]".getBytes());
            }
        }, null));
        c.add(new Case("invalid-dates.json", Expect.OK, f -> Files.writeString(f,
                "[{\"day\":\"2024-02-31\",\"v\":1},{\"day\":\"not a date\",\"v\":2}]"), d -> require(d.rowCount() == 2, "2 rows")));
        return c;
    }

    static void require(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("import result wrong: expected " + what);
        }
    }

    static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    static byte[] zipBytes(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bo)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return bo.toByteArray();
    }

    static byte[] xlsx(int rows) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Данные");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("id");
            h.createCell(1).setCellValue("name");
            h.createCell(2).setCellValue("amount");
            for (int i = 1; i <= rows; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue(i);
                r.createCell(1).setCellValue("имя " + i);
                r.createCell(2).setCellValue(i * 1.5);
            }
            wb.write(bo);
        }
        return bo.toByteArray();
    }

    /** A valid-looking .xlsx whose sheet inflates from well under 1 MB to 256 MB of repetitive XML. */
    static void zipBomb(Path f) throws IOException {
        zipBomb(f, 256);
    }

    static void zipBomb(Path f, int megabytes) throws IOException {
        byte[] valid = xlsx(1);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f));
             java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(valid))) {
            z.setLevel(9);
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                            + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>")
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = new byte[1 << 20];
                    Arrays.fill(chunk, (byte) 'A');
                    for (int i = 0; i < megabytes; i++) {
                        z.write(chunk);
                    }
                    z.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    z.write(in.readAllBytes());
                }
                z.closeEntry();
            }
        }
    }

    static List<Case> list() {
        return cases();
    }
}
