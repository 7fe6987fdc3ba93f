package dev.glas.core.behavior;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.DataFormatException;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.ImportSettings;
import dev.glas.core.data.Preview;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Imports an event log through the general importer (any format it reads) with the guessed mapping, keeping the
 * timestamp column as text: the importer's date-time columns carry no offset, so "…Z" or "+03:00" would be lost;
 * {@link TimeFormat} parses offsets and converts them to the analysis zone.
 *
 * @param dataset the imported table (time column as text when it was guessed)
 * @param guess   the guessed roles (from the first 200 rows of the preview)
 * @param sample  the preview rows as text
 */
public record EventLogImport(Dataset dataset, MappingGuess.LogGuess guess, List<List<String>> sample) {

    public static EventLogImport read(DataImporter importer, Path file, String timeColumn, Progress progress,
                                      Cancellation cancellation) throws IOException, DataFormatException {
        ImportSettings s = importer.detect(file);
        Preview pv = importer.preview(file, s, 200);
        MappingGuess.LogGuess g = MappingGuess.guessLog(pv.columns(), pv.rows());
        Dataset ds = importer.read(file, timeAsText(s, pv, timeColumn != null ? timeColumn : g.time()), progress,
                cancellation);
        return new EventLogImport(ds, g, pv.rows());
    }

    /**
     * The import settings {@link #read} uses for a file (detected, the time column kept as text), e.g. to store
     * them in a project so the same table is read again.
     */
    public static ImportSettings settings(DataImporter importer, Path file, String timeColumn)
            throws IOException, DataFormatException {
        ImportSettings s = importer.detect(file);
        Preview pv = importer.preview(file, s, 200);
        return timeAsText(s, pv, timeColumn != null ? timeColumn
                : MappingGuess.guessLog(pv.columns(), pv.rows()).time());
    }

    private static ImportSettings timeAsText(ImportSettings s, Preview pv, String time) {
        return time != null && pv.columns().contains(time) ? s.withTypeOverrides(Map.of(time, ColumnType.TEXT)) : s;
    }

    /** The time format guessed from the preview values of a column, or null. */
    public TimeFormat guessTimeFormat(String column) {
        int i = dataset.columnNames().indexOf(column);
        if (i < 0) {
            return null;
        }
        return TimeFormat.guess(sample.stream().map(r -> i < r.size() ? r.get(i) : "").toList());
    }
}
