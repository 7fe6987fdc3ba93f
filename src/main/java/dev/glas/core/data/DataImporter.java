package dev.glas.core.data;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Entry point for reading files into {@link Dataset}s: detect settings, preview, then read.
 * Formats: delimited text (CSV/TSV/TXT: delimiter, encoding, decimal comma and header detected), XLSX
 * (streamed, any sheet), XLS, JSON lines and JSON arrays of objects. Bad files give a
 * {@link DataFormatException} with a localized message naming the row/column.
 */
public final class DataImporter {

    static {
        // Tablesaw's column-type classes initialise each other; doing it concurrently from the parallel
        // column builders deadlocks, so initialise them once here.
        tech.tablesaw.api.ColumnType.values();
    }

    /** Bytes looked at to detect the settings of a text file. */
    static final int SNIFF_BYTES = 1 << 20;
    /** Rows read to detect the header of a spreadsheet. */
    static final int SNIFF_ROWS = 200;

    /** Detects format, delimiter, encoding, decimal comma and header of a file (and the first sheet). */
    public ImportSettings detect(Path file) throws IOException, DataFormatException {
        return detect(file, null);
    }

    /**
     * Like {@link #detect(Path)}, but with a known text encoding (not detected; {@code null} = detect), so
     * that a file in an unusual encoding can still be sniffed for its delimiter and header.
     */
    public ImportSettings detect(Path file, Charset encoding) throws IOException, DataFormatException {
        FileFormat format = detectFormat(file);
        ImportSettings s = ImportSettings.defaults(format);
        switch (format) {
            case CSV -> {
                long size = Files.size(file);
                byte[] b = readPrefix(file, (int) Math.min(size, SNIFF_BYTES));
                return TextSniffer.detect(b, b.length, b.length < size, s, encoding);
            }
            case XLSX, XLS -> {
                List<String> sheets = sheetNames(file);
                if (sheets.isEmpty()) {
                    throw new DataFormatException("data.error.no.sheets");
                }
                s = s.withSheet(sheets.get(0));
                RawColumns raw = format == FileFormat.XLSX
                        ? XlsxReader.read(file, s.sheet(), SNIFF_ROWS, Cancellation.NEVER)
                        : XlsReader.read(file, s.sheet(), SNIFF_ROWS, Cancellation.NEVER);
                return s.withHeader(TextSniffer.header(raw, false));
            }
            default -> {
                return s;
            }
        }
    }

    /** Names of the sheets of an Excel file, in workbook order; empty for other formats. */
    public List<String> sheetNames(Path file) throws IOException, DataFormatException {
        return switch (detectFormat(file)) {
            case XLSX -> XlsxReader.sheetNames(file);
            case XLS -> XlsReader.sheetNames(file);
            default -> List.of();
        };
    }

    /** The first {@code maxRows} rows with the given settings and their inferred types, for the import preview. */
    public Preview preview(Path file, ImportSettings settings, int maxRows) throws IOException, DataFormatException {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive");
        }
        int records = maxRows + (settings.header() ? 1 : 0);
        RawColumns raw;
        int first;
        switch (settings.format()) {
            case CSV -> {
                long size = Files.size(file);
                byte[] b = readPrefix(file, (int) Math.min(size, Math.max(SNIFF_BYTES, maxRows * 2048L)));
                raw = scanText(file.getFileName().toString(), b, b.length, b.length < size, settings, records,
                        Progress.NONE, Cancellation.NEVER);
                first = settings.header() ? 1 : 0;
            }
            case XLSX -> {
                raw = XlsxReader.read(file, settings.sheet(), records, Cancellation.NEVER);
                first = settings.header() ? 1 : 0;
            }
            case XLS -> {
                raw = XlsReader.read(file, settings.sheet(), records, Cancellation.NEVER);
                first = settings.header() ? 1 : 0;
            }
            default -> {
                raw = JsonReader.read(file, maxRows, Cancellation.NEVER);
                first = 0;
            }
        }
        Dataset d = build(file.getFileName().toString(), raw, first, settings, file, Progress.NONE,
                Cancellation.NEVER);
        List<List<String>> rows = new ArrayList<>();
        for (int r = first; r < raw.rows; r++) {
            List<String> row = new ArrayList<>(raw.columns());
            for (int c = 0; c < raw.columns(); c++) {
                row.add(raw.text(c, r));
            }
            rows.add(row);
        }
        return new Preview(settings, d.columnNames(), new ArrayList<>(d.types().values()), rows);
    }

    /** Detects settings and reads the whole file. */
    public Dataset read(Path file) throws IOException, DataFormatException {
        return read(file, detect(file), Progress.NONE, Cancellation.NEVER);
    }

    public Dataset read(Path file, ImportSettings settings, Progress progress, Cancellation cancellation)
            throws IOException, DataFormatException {
        String name = file.getFileName().toString();
        progress.report(-1, "task.import.reading", name);
        MemoryEstimator.check(file, settings);
        switch (settings.format()) {
            case CSV -> {
                long size = Files.size(file);
                if (size > Integer.MAX_VALUE - 16) {
                    throw new DataFormatException("data.error.too.large", name);
                }
                byte[] b = Files.readAllBytes(file);
                cancellation.check();
                RawColumns raw = scanText(name, b, b.length, false, settings, Integer.MAX_VALUE,
                        progress.slice(0, 0.5), cancellation);
                return build(name, raw, settings.header() ? 1 : 0, settings, file, progress.slice(0.5, 1),
                        cancellation);
            }
            case XLSX -> {
                RawColumns raw = XlsxReader.read(file, settings.sheet(), Integer.MAX_VALUE, cancellation);
                return build(name, raw, settings.header() ? 1 : 0, settings, file, progress.slice(0.5, 1),
                        cancellation);
            }
            case XLS -> {
                RawColumns raw = XlsReader.read(file, settings.sheet(), Integer.MAX_VALUE, cancellation);
                return build(name, raw, settings.header() ? 1 : 0, settings, file, progress.slice(0.5, 1),
                        cancellation);
            }
            default -> {
                RawColumns raw = JsonReader.read(file, Integer.MAX_VALUE, cancellation);
                return build(name, raw, 0, settings, file, progress.slice(0.5, 1), cancellation);
            }
        }
    }

    /** Reads delimited text held in memory (bundled samples), detecting its settings. */
    public Dataset readBytes(byte[] bytes, String name) throws DataFormatException {
        ImportSettings s = TextSniffer.detect(bytes, Math.min(bytes.length, SNIFF_BYTES),
                bytes.length > SNIFF_BYTES, ImportSettings.defaults(FileFormat.CSV), null);
        RawColumns raw = scanText(name, bytes, bytes.length, false, s, Integer.MAX_VALUE, Progress.NONE,
                Cancellation.NEVER);
        return build(name, raw, s.header() ? 1 : 0, s, null, Progress.NONE, Cancellation.NEVER);
    }

    /** Detects the settings of text held in memory (for callers that already loaded the file). */
    public ImportSettings detectBytes(byte[] bytes) throws DataFormatException {
        return TextSniffer.detect(bytes, Math.min(bytes.length, SNIFF_BYTES), bytes.length > SNIFF_BYTES,
                ImportSettings.defaults(FileFormat.CSV), null);
    }

    /** Reads delimited text held in memory with the given settings. */
    public Dataset readBytes(byte[] bytes, String name, ImportSettings settings, Progress progress,
                             Cancellation cancellation) throws DataFormatException {
        RawColumns raw = scanText(name, bytes, bytes.length, false, settings, Integer.MAX_VALUE,
                progress.slice(0, 0.5), cancellation);
        return build(name, raw, settings.header() ? 1 : 0, settings, null, progress.slice(0.5, 1), cancellation);
    }

    /** The format from magic bytes (zip → XLSX, OLE2 → XLS), else from the file name. */
    static FileFormat detectFormat(Path file) throws IOException {
        byte[] head = readPrefix(file, 8);
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return FileFormat.XLSX;
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return FileFormat.XLS;
        }
        FileFormat byName = FileFormat.fromFileName(file);
        if (byName == FileFormat.XLSX || byName == FileFormat.XLS) {
            // the name says Excel but the content does not: read as text (or fail there with a clear message)
            return head.length == 0 ? byName : FileFormat.CSV;
        }
        return byName;
    }

    private static byte[] readPrefix(Path file, int n) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        }
    }

    private static RawColumns scanText(String name, byte[] b, int len, boolean partial, ImportSettings s,
                                       int maxRecords, Progress progress, Cancellation cancellation)
            throws DataFormatException {
        Charset cs = s.encoding();
        if (len == 0) {
            throw new DataFormatException("import.error.empty");
        }
        int from = 0;
        if (!TextSniffer.asciiCompatible(cs)) {
            int bom = TextSniffer.bomLength(b, len) == 2 ? 2 : 0;
            b = new String(b, bom, len - bom, cs).getBytes(StandardCharsets.UTF_8);
            len = b.length;
            cs = StandardCharsets.UTF_8;
        } else if (cs == StandardCharsets.UTF_8 && TextSniffer.bomLength(b, len) == 3) {
            from = 3;
        }
        char d = s.delimiter();
        if (d == '"' || d == '\n' || d == '\r' || d > 127) {
            throw new DataFormatException("data.error.delimiter", String.valueOf(d));
        }
        return CsvScanner.scan(name, b, from, len, (byte) d, cs, maxRecords, partial, progress, cancellation);
    }

    /** Builds the typed dataset from raw cells (row {@code first} onwards; the row before is the header). */
    static Dataset build(String name, RawColumns raw, int first, ImportSettings settings, Path source,
                         Progress progress, Cancellation cancellation) throws DataFormatException {
        if (raw.rows == 0 || raw.columns() == 0) {
            throw new DataFormatException("import.error.empty");
        }
        if (raw.rows <= first) {
            throw new DataFormatException(1, null, null, "data.error.header.only");
        }
        int ncols = raw.columns();
        String[] names = columnNames(raw, first);
        ColumnBuilder.Built[] built = new ColumnBuilder.Built[ncols];
        DataFormatException[] errors = new DataFormatException[ncols];
        AtomicInteger done = new AtomicInteger();
        IntStream stream = IntStream.range(0, ncols);
        if ((long) ncols * (raw.rows - first) > 50_000) {
            stream = stream.parallel();
        }
        stream.forEach(c -> {
            try {
                cancellation.check();
                built[c] = ColumnBuilder.build(raw, c, first, names[c], settings.decimalComma(),
                        settings.typeOverrides().get(names[c]), cancellation);
                progress.report((double) done.incrementAndGet() / ncols, "task.import.reading", name);
            } catch (DataFormatException e) {
                errors[c] = e;
            }
        });
        cancellation.check();
        DataFormatException firstError = null;
        for (DataFormatException e : errors) {
            if (e != null && (firstError == null || e.row() < firstError.row())) {
                firstError = e;
            }
        }
        if (firstError != null) {
            throw firstError;
        }
        List<Column<?>> cols = new ArrayList<>(ncols);
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (int c = 0; c < ncols; c++) {
            cols.add(built[c].column());
            types.put(names[c], built[c].type());
        }
        Table table = Tables.create(name, cols);
        return new Dataset(name, table, types, source);
    }

    private static String[] columnNames(RawColumns raw, int first) {
        String[] names = new String[raw.columns()];
        Set<String> used = new HashSet<>();
        for (int c = 0; c < names.length; c++) {
            String n = raw.names[c];
            if (n == null && first > 0) {
                n = raw.text(c, first - 1).strip();
            }
            if (n == null || n.isEmpty()) {
                n = "column_" + (c + 1);
            }
            String base = n;
            for (int k = 2; !used.add(n.toLowerCase(Locale.ROOT)); k++) {
                n = base + "_" + k;
            }
            names[c] = n;
        }
        return names;
    }
}
