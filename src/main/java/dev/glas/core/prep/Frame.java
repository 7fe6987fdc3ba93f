package dev.glas.core.prep;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Data flowing through a pipeline: a dataset plus, for every row, its index in the original input
 * (so drill-downs can open the original, unscaled rows after duplicates were dropped).
 */
public record Frame(Dataset data, int[] sourceRows) {

    public static Frame of(Dataset data) {
        int[] rows = new int[data.rowCount()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        return new Frame(data, rows);
    }

    public int rows() {
        return data.rowCount();
    }

    public boolean has(String column) {
        return data.types().containsKey(column);
    }

    public ColumnType type(String column) {
        return data.type(column);
    }

    /** True when the column is stored as numbers and typed numeric. */
    public boolean isNumeric(String column) {
        return data.column(column) instanceof NumericColumn<?> && data.type(column).isNumeric();
    }

    /** Numeric values with NaN for missing. */
    public double[] numbers(String column) throws PrepException {
        return numbers(data.column(column));
    }

    static double[] numbers(Column<?> c) throws PrepException {
        if (!(c instanceof NumericColumn<?> nc)) {
            throw new PrepException("segment.prep.error.not.numeric", c.name());
        }
        double[] v = new double[nc.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = nc.isMissing(i) ? Double.NaN : nc.getDouble(i);
        }
        return v;
    }

    /** Values as text, {@code null} for missing. */
    public String[] texts(String column) {
        Column<?> c = data.column(column);
        String[] v = new String[c.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = c.isMissing(i) ? null : c.getString(i);
        }
        return v;
    }

    public int missing(String column) {
        return data.column(column).countMissing();
    }

    /** A frame with one column replaced (or appended when absent), keeping column order. */
    public Frame withNumbers(String column, double[] values) {
        return with(column, DoubleColumn.create(column, values), ColumnType.NUMERIC);
    }

    public Frame withTexts(String column, String[] values, ColumnType type) {
        StringColumn c = StringColumn.create(column, values.length);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                c.set(i, values[i]);
            }
        }
        return with(column, c, type);
    }

    Frame with(String column, Column<?> newColumn, ColumnType type) {
        Map<String, Column<?>> cols = new LinkedHashMap<>();
        Map<String, ColumnType> types = new LinkedHashMap<>(data.types());
        for (Column<?> c : data.table().columns()) {
            cols.put(c.name(), c.name().equals(column) ? newColumn : c);
        }
        cols.putIfAbsent(column, newColumn);
        types.put(column, type);
        return rebuild(cols, types);
    }

    /** Replaces {@code column} by several new columns at its position. */
    Frame expand(String column, List<Column<?>> replacements, ColumnType type) {
        Map<String, Column<?>> cols = new LinkedHashMap<>();
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (Column<?> c : data.table().columns()) {
            if (c.name().equals(column)) {
                for (Column<?> r : replacements) {
                    cols.put(r.name(), r);
                    types.put(r.name(), type);
                }
            } else {
                cols.put(c.name(), c);
                types.put(c.name(), data.type(c.name()));
            }
        }
        return rebuild(cols, types);
    }

    public Frame drop(Collection<String> columns) {
        Set<String> gone = Set.copyOf(columns);
        Map<String, Column<?>> cols = new LinkedHashMap<>();
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (Column<?> c : data.table().columns()) {
            if (!gone.contains(c.name())) {
                cols.put(c.name(), c);
                types.put(c.name(), data.type(c.name()));
            }
        }
        return rebuild(cols, types);
    }

    /** Keeps only the given rows (indices into this frame). */
    public Frame keepRows(int[] keep) {
        int[] src = new int[keep.length];
        for (int i = 0; i < keep.length; i++) {
            src[i] = sourceRows[keep[i]];
        }
        return new Frame(new Dataset(data.name(), data.table().rows(keep), data.types(), data.source()), src);
    }

    /** Columns in the given order (all must exist). */
    public Frame select(List<String> columns) {
        Map<String, Column<?>> cols = new LinkedHashMap<>();
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (String c : columns) {
            cols.put(c, data.column(c));
            types.put(c, data.type(c));
        }
        return rebuild(cols, types);
    }

    private Frame rebuild(Map<String, Column<?>> cols, Map<String, ColumnType> types) {
        Table t = Table.create(data.table().name());
        for (Column<?> c : cols.values()) {
            t.addColumns(c);
        }
        types.keySet().retainAll(cols.keySet());
        return new Frame(new Dataset(data.name(), t, types, data.source()), sourceRows);
    }

    /** Whether a column is categorical by role (text-like or boolean, or a categorical-typed number). */
    boolean isCategorical(String column) {
        ColumnType t = data.type(column);
        return t == ColumnType.CATEGORICAL || t == ColumnType.BOOLEAN;
    }
}
