package dev.glas.core.data;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A loaded table with the analyst-facing type of every column and where it came from.
 * The table must not be modified after construction; derived data makes a new Dataset.
 *
 * @param name   display name (usually the file name)
 * @param table  the data
 * @param types  column name → type, in column order, one entry per column
 * @param source file the data came from, or {@code null} for derived data
 */
public record Dataset(String name, Table table, Map<String, ColumnType> types, Path source) {

    public Dataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        Map<String, ColumnType> copy = new LinkedHashMap<>();
        for (String column : table.columnNames()) {
            ColumnType type = types.get(column);
            if (type == null) {
                throw new IllegalArgumentException("no type for column " + column);
            }
            copy.put(column, type);
        }
        types = java.util.Collections.unmodifiableMap(copy);
    }

    public int rowCount() {
        return table.rowCount();
    }

    public int columnCount() {
        return table.columnCount();
    }

    public List<String> columnNames() {
        return table.columnNames();
    }

    public ColumnType type(String column) {
        ColumnType t = types.get(column);
        if (t == null) {
            throw new IllegalArgumentException("unknown column " + column);
        }
        return t;
    }

    public Column<?> column(String name) {
        return table.column(name);
    }

    /** The rows at the given indices as a new dataset with the same types (used by drill-down). */
    public Dataset rows(int[] rowIndices, String newName) {
        return new Dataset(newName, table.rows(rowIndices), types, null);
    }

    /** A copy with a different type for one column (the table is shared, not copied). */
    public Dataset withType(String column, ColumnType type) {
        Map<String, ColumnType> t = new LinkedHashMap<>(types);
        t.put(column, type);
        return new Dataset(name, table, t, source);
    }
}
