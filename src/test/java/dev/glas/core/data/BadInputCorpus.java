package dev.glas.core.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Bad input files for the reader tests, generated on the fly (nothing binary is committed): binary junk,
 * a truncated .xlsx, an .xlsx "zip bomb" whose sheet XML inflates to over 1 GiB, text that is not in a
 * known encoding.
 */
public final class BadInputCorpus {

    private BadInputCorpus() {
    }

    /** Random bytes with NULs, as from a binary file renamed to .csv. */
    public static void binaryJunk(Path file, int size, long seed) throws IOException {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        b[size / 2] = 0;
        Files.write(file, b);
    }

    /** A valid small workbook cut to {@code keepFraction} of its bytes. */
    public static void truncatedXlsx(Path file, double keepFraction) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("data");
            for (int r = 0; r < 200; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(r == 0 ? "id" : "row " + r);
                row.createCell(1).setCellValue(r * 1.5);
            }
            wb.write(bos);
        }
        byte[] all = bos.toByteArray();
        Files.write(file, Arrays.copyOf(all, (int) (all.length * keepFraction)));
    }

    /**
     * A well-formed .xlsx whose single sheet XML is 1 GiB + a few bytes uncompressed but about 1 MB on disk
     * (the same full-flushed deflate block repeated), to check that size estimates and readers look at
     * the uncompressed size and refuse instead of inflating it.
     */
    public static void zipBomb(Path file) throws IOException {
        byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[1 << 20];
        byte[] row = "<row><c t=\"inlineStr\"><is><t>0</t></is></c></row>".getBytes(StandardCharsets.UTF_8);
        Arrays.fill(chunk, (byte) ' ');
        for (int i = 0; i + row.length <= chunk.length; i += row.length) {
            System.arraycopy(row, 0, chunk, i, row.length);
        }
        int repeats = 1024;
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] headZ = deflate(d, head, Deflater.FULL_FLUSH);
        byte[] chunkZ = deflate(d, chunk, Deflater.FULL_FLUSH);
        d.setInput(tail);
        d.finish();
        ByteArrayOutputStream tailZ = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!d.finished()) {
            tailZ.write(buf, 0, d.deflate(buf));
        }
        d.end();
        CRC32 crc = new CRC32();
        crc.update(head);
        for (int i = 0; i < repeats; i++) {
            crc.update(chunk);
        }
        crc.update(tail);
        long size = head.length + (long) chunk.length * repeats + tail.length;
        long csize = headZ.length + (long) chunkZ.length * repeats + tailZ.size();

        List<Entry> entries = new ArrayList<>();
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            CountingOut co = new CountingOut(out);
            for (String[] small : smallParts()) {
                byte[] data = small[1].getBytes(StandardCharsets.UTF_8);
                CRC32 c = new CRC32();
                c.update(data);
                entries.add(new Entry(small[0], co.count, c.getValue(), data.length, data.length, 0));
                localHeader(co, small[0], 0, c.getValue(), data.length, data.length);
                co.write(data);
            }
            String sheet = "xl/worksheets/sheet1.xml";
            entries.add(new Entry(sheet, co.count, crc.getValue(), csize, size, 8));
            localHeader(co, sheet, 8, crc.getValue(), csize, size);
            co.write(headZ);
            for (int i = 0; i < repeats; i++) {
                co.write(chunkZ);
            }
            tailZ.writeTo(co);
            long cdStart = co.count;
            for (Entry e : entries) {
                byte[] name = e.name.getBytes(StandardCharsets.UTF_8);
                le32(co, 0x02014b50);
                le16(co, 20);
                le16(co, 20);
                le16(co, 0);
                le16(co, e.method);
                le16(co, 0);
                le16(co, 0x21);
                le32(co, e.crc);
                le32(co, e.csize);
                le32(co, e.size);
                le16(co, name.length);
                le16(co, 0);
                le16(co, 0);
                le16(co, 0);
                le16(co, 0);
                le32(co, 0);
                le32(co, e.offset);
                co.write(name);
            }
            long cdSize = co.count - cdStart;
            le32(co, 0x06054b50);
            le16(co, 0);
            le16(co, 0);
            le16(co, entries.size());
            le16(co, entries.size());
            le32(co, cdSize);
            le32(co, cdStart);
            le16(co, 0);
        }
    }

    private record Entry(String name, long offset, long crc, long csize, long size, int method) {
    }

    private static String[][] smallParts() {
        return new String[][] {
            {"[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>"},
            {"_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>"},
            {"xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"bomb\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
            {"xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>"}};
    }

    private static byte[] deflate(Deflater d, byte[] input, int flush) {
        d.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (true) {
            int n = d.deflate(buf, 0, buf.length, flush);
            out.write(buf, 0, n);
            if (n < buf.length && d.needsInput()) {
                break;
            }
        }
        return out.toByteArray();
    }

    private static void localHeader(CountingOut o, String name, int method, long crc, long csize, long size)
            throws IOException {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        le32(o, 0x04034b50);
        le16(o, 20);
        le16(o, 0);
        le16(o, method);
        le16(o, 0);
        le16(o, 0x21);
        le32(o, crc);
        le32(o, csize);
        le32(o, size);
        le16(o, n.length);
        le16(o, 0);
        o.write(n);
    }

    private static void le16(OutputStream o, int v) throws IOException {
        o.write(v & 0xFF);
        o.write((v >>> 8) & 0xFF);
    }

    private static void le32(OutputStream o, long v) throws IOException {
        le16(o, (int) (v & 0xFFFF));
        le16(o, (int) ((v >>> 16) & 0xFFFF));
    }

    private static final class CountingOut extends OutputStream {
        private final OutputStream out;
        long count;

        CountingOut(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
