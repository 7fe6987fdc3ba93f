package dev.glas.core.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * The rows behind a chart element, table filter or lasso: a drill-down. Any view can open it, and it can
 * be saved as a named segment.
 *
 * @param dataset     the dataset the indices refer to
 * @param rows        0-based row indices into {@code dataset}, ascending, without duplicates
 * @param description human-readable description in the UI language, e.g. "Кластер 2 — 1 204 строки"
 */
public record RowSelection(Dataset dataset, int[] rows, String description) {

    public RowSelection {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(description, "description");
        rows = rows.clone();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] < 0 || rows[i] >= dataset.rowCount()) {
                throw new IllegalArgumentException("row index out of range: " + rows[i]);
            }
            if (i > 0 && rows[i] <= rows[i - 1]) {
                throw new IllegalArgumentException("row indices must be ascending and unique");
            }
        }
    }

    /** Builds a selection from unsorted indices, sorting and removing duplicates. */
    public static RowSelection of(Dataset dataset, int[] unsortedRows, String description) {
        return new RowSelection(dataset, Arrays.stream(unsortedRows).sorted().distinct().toArray(), description);
    }

    public int size() {
        return rows.length;
    }

    @Override
    public int[] rows() {
        return rows.clone();
    }

    /** The selected rows as their own dataset. */
    public Dataset toDataset() {
        return dataset.rows(rows, description);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowSelection s && s.dataset == dataset && Arrays.equals(s.rows, rows)
                && s.description.equals(description);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(rows) * 31 + description.hashCode();
    }

    @Override
    public String toString() {
        return "RowSelection[" + description + ", " + rows.length + " rows]";
    }
}
