package dev.glas.core.data;

import java.util.List;
import java.util.Objects;

/**
 * The first rows of a file as read with some settings, for the import preview: the analyst checks the
 * detected settings and the inferred column types before reading the whole file.
 *
 * @param settings the settings used (detected or edited)
 * @param columns  column names
 * @param types    inferred (or overridden) type of every column, same order as {@code columns}
 * @param rows     the first rows as raw text; a missing cell is {@code ""}
 */
public record Preview(ImportSettings settings, List<String> columns, List<ColumnType> types,
                      List<List<String>> rows) {

    public Preview {
        Objects.requireNonNull(settings, "settings");
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        if (columns.size() != types.size()) {
            throw new IllegalArgumentException("one type per column expected");
        }
        rows = rows.stream().map(List::copyOf).toList();
    }
}
