package dev.glas.core.data;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Entry point for reading files into {@link Dataset}s: detect settings, then read.
 * (Interim implementation: CSV through Tablesaw; the full readers replace the internals, not this API.)
 */
public final class DataImporter {

    /** Detects format, delimiter, encoding and header of a file. */
    public ImportSettings detect(Path file) throws IOException, DataFormatException {
        FileFormat format = FileFormat.fromFileName(file);
        ImportSettings s = ImportSettings.defaults(format);
        if (format != FileFormat.CSV) {
            return s;
        }
        try (Reader r = Files.newBufferedReader(file, s.encoding())) {
            char[] buf = new char[64 * 1024];
            int n = r.read(buf);
            if (n <= 0) {
                throw new DataFormatException("import.error.empty");
            }
            String head = new String(buf, 0, n);
            int nl = head.indexOf('\n');
            String first = nl >= 0 ? head.substring(0, nl) : head;
            char best = ',';
            long bestCount = -1;
            for (char c : new char[] {',', ';', '\t', '|'}) {
                long count = first.chars().filter(ch -> ch == c).count();
                if (count > bestCount) {
                    best = c;
                    bestCount = count;
                }
            }
            return s.withDelimiter(best);
        }
    }

    /** Names of the sheets of an Excel file, in workbook order; empty for other formats. */
    public List<String> sheetNames(Path file) throws IOException, DataFormatException {
        return List.of();
    }

    /** The first {@code maxRows} rows with the given settings and the inferred types, for the import preview. */
    public Preview preview(Path file, ImportSettings settings, int maxRows) throws IOException, DataFormatException {
        Dataset d = read(file, settings, Progress.NONE, Cancellation.NEVER);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < Math.min(maxRows, d.rowCount()); r++) {
            List<String> row = new ArrayList<>();
            for (Column<?> c : d.table().columns()) {
                row.add(c.getString(r));
            }
            rows.add(row);
        }
        return new Preview(settings, d.columnNames(), new ArrayList<>(d.types().values()), rows);
    }

    /** Reads CSV text held in memory (bundled samples), detecting its settings. */
    public Dataset readBytes(byte[] bytes, String name) throws IOException, DataFormatException {
        Table table;
        try {
            table = Table.read().csv(CsvReadOptions.builder(new java.io.ByteArrayInputStream(bytes))
                    .separator(name.contains("bank") ? ';' : ',').build());
        } catch (RuntimeException e) {
            throw new DataFormatException(-1, null, e, "import.error.generic", String.valueOf(e.getMessage()));
        }
        Map<String, dev.glas.core.data.ColumnType> types = new LinkedHashMap<>();
        for (Column<?> c : table.columns()) {
            types.put(c.name(), infer(c));
        }
        return new Dataset(name, table, types, null);
    }

    /** Detects settings and reads the whole file. */
    public Dataset read(Path file) throws IOException, DataFormatException {
        return read(file, detect(file), Progress.NONE, Cancellation.NEVER);
    }

    public Dataset read(Path file, ImportSettings settings, Progress progress, Cancellation cancellation)
            throws IOException, DataFormatException {
        if (settings.format() != FileFormat.CSV) {
            throw new DataFormatException("import.error.unsupported", file.getFileName().toString());
        }
        progress.report(-1, "task.import.reading", file.getFileName().toString());
        Table table;
        try {
            table = Table.read().csv(CsvReadOptions.builder(file.toFile())
                    .separator(settings.delimiter())
                    .header(settings.header())
                    .build());
        } catch (RuntimeException e) {
            throw new DataFormatException(-1, null, e, "import.error.generic", String.valueOf(e.getMessage()));
        }
        cancellation.check();
        Map<String, dev.glas.core.data.ColumnType> types = new LinkedHashMap<>();
        for (Column<?> c : table.columns()) {
            dev.glas.core.data.ColumnType t = settings.typeOverrides().get(c.name());
            types.put(c.name(), t != null ? t : infer(c));
        }
        return new Dataset(file.getFileName().toString(), table, types, file);
    }

    private static dev.glas.core.data.ColumnType infer(Column<?> c) {
        ColumnType t = c.type();
        if (t == ColumnType.INTEGER || t == ColumnType.LONG || t == ColumnType.SHORT) {
            return dev.glas.core.data.ColumnType.INTEGER;
        }
        if (t == ColumnType.DOUBLE || t == ColumnType.FLOAT) {
            return dev.glas.core.data.ColumnType.NUMERIC;
        }
        if (t == ColumnType.BOOLEAN) {
            return dev.glas.core.data.ColumnType.BOOLEAN;
        }
        if (t == ColumnType.LOCAL_DATE) {
            return dev.glas.core.data.ColumnType.DATE;
        }
        if (t == ColumnType.LOCAL_DATE_TIME || t == ColumnType.INSTANT) {
            return dev.glas.core.data.ColumnType.DATETIME;
        }
        int distinct = c.countUnique();
        if (distinct > 0.9 * c.size() && c.size() > 20) {
            return dev.glas.core.data.ColumnType.IDENTIFIER;
        }
        return distinct <= Math.max(50, c.size() / 20) ? dev.glas.core.data.ColumnType.CATEGORICAL
                : dev.glas.core.data.ColumnType.TEXT;
    }
}
