package dev.glas.core.report;

import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A derived per-row column added to the data sheet of the report (e.g. "Cluster", "Churn score").
 *
 * @param name   header
 * @param rows   number of rows it covers (must equal the data rows to be added)
 * @param values row index → value (Number, String, Boolean, LocalDate, LocalDateTime or null)
 * @param format Excel number format for numbers, or {@code null} for general
 */
public record DataColumn(String name, int rows, IntFunction<Object> values, String format) {

    public DataColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
    }

    public static DataColumn of(String name, Object[] values) {
        Object[] copy = values.clone();
        return new DataColumn(name, copy.length, i -> copy[i], null);
    }

    public static DataColumn of(String name, double[] values, String format) {
        double[] copy = values.clone();
        return new DataColumn(name, copy.length, i -> Double.isNaN(copy[i]) ? null : copy[i], format);
    }

    public static DataColumn of(String name, int[] values) {
        int[] copy = values.clone();
        return new DataColumn(name, copy.length, i -> copy[i], null);
    }
}
