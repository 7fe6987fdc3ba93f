package dev.glas.core.prep;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import java.util.ArrayList;
import java.util.List;

/**
 * Numeric features for algorithms, column-major: {@code columns[j][i]} is feature {@code j} of row {@code i}.
 * Built from prepared data; every value is finite (missing values must have been imputed).
 */
public record FeatureMatrix(List<String> names, double[][] columns, int rows) {

    public FeatureMatrix {
        names = List.copyOf(names);
        if (columns.length != names.size()) {
            throw new IllegalArgumentException("one column per name expected");
        }
        for (double[] c : columns) {
            if (c.length != rows) {
                throw new IllegalArgumentException("all columns must have " + rows + " rows");
            }
        }
    }

    /** Numeric, non-identifier columns of {@code data}, in column order. */
    public static List<String> numericColumns(Dataset data) {
        List<String> out = new ArrayList<>();
        for (String c : data.columnNames()) {
            ColumnType t = data.type(c);
            if (t.isNumeric() && data.column(c) instanceof tech.tablesaw.api.NumericColumn<?>) {
                out.add(c);
            }
        }
        return out;
    }

    public static FeatureMatrix of(Dataset data) throws PrepException {
        return of(data, numericColumns(data));
    }

    /**
     * The named columns as features.
     *
     * @throws PrepException naming absent or non-numeric columns, or columns with missing values
     */
    public static FeatureMatrix of(Dataset data, List<String> names) throws PrepException {
        Frame f = new Frame(data, new int[0]);
        Columns.requirePresent(f, names);
        List<String> notNumeric = new ArrayList<>();
        for (String n : names) {
            if (!(data.column(n) instanceof tech.tablesaw.api.NumericColumn<?>)) {
                notNumeric.add(n);
            }
        }
        if (!notNumeric.isEmpty()) {
            throw new PrepException("segment.prep.error.not.numeric", String.join(", ", notNumeric));
        }
        if (names.isEmpty()) {
            throw new PrepException("segment.prep.error.no.features");
        }
        double[][] cols = new double[names.size()][];
        List<String> withMissing = new ArrayList<>();
        for (int j = 0; j < cols.length; j++) {
            cols[j] = Frame.numbers(data.column(names.get(j)));
            int missing = 0;
            for (double v : cols[j]) {
                if (!Double.isFinite(v)) {
                    missing++;
                }
            }
            if (missing > 0) {
                withMissing.add(names.get(j) + " (" + missing + ")");
            }
        }
        if (!withMissing.isEmpty()) {
            throw new PrepException("segment.prep.error.missing.values", String.join(", ", withMissing));
        }
        return new FeatureMatrix(names, cols, data.rowCount());
    }

    public int dimensions() {
        return columns.length;
    }

    public double get(int row, int feature) {
        return columns[feature][row];
    }

    /** Row-major copy ({@code [row][feature]}), as most libraries want. */
    public double[][] toRows() {
        double[][] out = new double[rows][columns.length];
        for (int j = 0; j < columns.length; j++) {
            double[] c = columns[j];
            for (int i = 0; i < rows; i++) {
                out[i][j] = c[i];
            }
        }
        return out;
    }

    /** The given rows only. */
    public FeatureMatrix rows(int[] which) {
        double[][] cols = new double[columns.length][which.length];
        for (int j = 0; j < columns.length; j++) {
            for (int i = 0; i < which.length; i++) {
                cols[j][i] = columns[j][which[i]];
            }
        }
        return new FeatureMatrix(names, cols, which.length);
    }

    /** The given features only. */
    public FeatureMatrix select(List<String> features) {
        double[][] cols = new double[features.size()][];
        for (int j = 0; j < cols.length; j++) {
            int k = names.indexOf(features.get(j));
            if (k < 0) {
                throw new IllegalArgumentException("unknown feature " + features.get(j));
            }
            cols[j] = columns[k];
        }
        return new FeatureMatrix(features, cols, rows);
    }
}
