package dev.glas.core.project;

import dev.glas.core.data.Dataset;
import dev.glas.core.data.RowSelection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tech.tablesaw.columns.Column;

/**
 * A named segment as stored in a project: the row indices into a source, and — when the data has a key
 * column (customer id…) — the key values too, so that the segment is found again even when rows moved.
 *
 * @param name        display name
 * @param sourceId    the {@link DataSource#id()} the rows refer to
 * @param description human-readable description
 * @param rows        0-based row indices, ascending
 * @param keyColumn   name of a key column, or {@code null}
 * @param keys        key values of the rows (same order as {@code rows}); empty without a key column
 */
public record SavedSegment(String name, String sourceId, String description, int[] rows, String keyColumn,
                           List<String> keys) {

    public SavedSegment {
        Objects.requireNonNull(name, "name");
        rows = rows == null ? new int[0] : rows.clone();
        keys = keys == null ? List.of() : List.copyOf(keys);
        description = description == null ? name : description;
    }

    /** Stores a selection, with key values when {@code keyColumn} names a column of its dataset. */
    public static SavedSegment of(String name, String sourceId, RowSelection selection, String keyColumn) {
        int[] rows = selection.rows();
        List<String> keys = new ArrayList<>();
        String key = null;
        Dataset data = selection.dataset();
        if (keyColumn != null && data.columnNames().contains(keyColumn)) {
            key = keyColumn;
            Column<?> col = data.column(keyColumn);
            for (int r : rows) {
                keys.add(col.isMissing(r) ? "" : col.getUnformattedString(r));
            }
        }
        return new SavedSegment(name, sourceId, selection.description(), rows, key, keys);
    }

    /**
     * The segment's rows in {@code data}: by key values when a key column was stored and exists in the data
     * (every row whose key is in the segment), otherwise by index (indices beyond the data are dropped).
     */
    public RowSelection resolve(Dataset data) {
        if (keyColumn != null && !keys.isEmpty() && data.columnNames().contains(keyColumn)) {
            Set<String> wanted = new HashSet<>(keys);
            Column<?> col = data.column(keyColumn);
            int[] found = new int[data.rowCount()];
            int n = 0;
            for (int r = 0; r < data.rowCount(); r++) {
                if (!col.isMissing(r) && wanted.contains(col.getUnformattedString(r))) {
                    found[n++] = r;
                }
            }
            return new RowSelection(data, Arrays.copyOf(found, n), description);
        }
        return new RowSelection(data, Arrays.stream(rows).filter(r -> r < data.rowCount()).toArray(), description);
    }

    @Override
    public int[] rows() {
        return rows.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SavedSegment s && s.name.equals(name) && Objects.equals(s.sourceId, sourceId)
                && s.description.equals(description) && Arrays.equals(s.rows, rows)
                && Objects.equals(s.keyColumn, keyColumn) && s.keys.equals(keys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, sourceId, keyColumn) * 31 + Arrays.hashCode(rows);
    }
}
