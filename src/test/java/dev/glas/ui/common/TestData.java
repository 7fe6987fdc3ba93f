package dev.glas.ui.common;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small in-memory datasets for UI tests. */
public final class TestData {

    private TestData() {
    }

    /** Five customers: id, city, spend (one missing), visits, since. */
    public static Dataset customers() {
        Table t = Table.create("customers",
                StringColumn.create("id", "c1", "c2", "c3", "c4", "c5"),
                StringColumn.create("city", "Москва", "Казань", "москва", "Омск", "Казань"),
                DoubleColumn.create("spend", 120.5, Double.NaN, 80.25, 300.0, 15.0),
                IntColumn.create("visits", 3, 1, 7, 2, 5),
                DateColumn.create("since", LocalDate.of(2023, 1, 5), LocalDate.of(2022, 3, 1),
                        LocalDate.of(2024, 7, 9), LocalDate.of(2021, 12, 31), LocalDate.of(2023, 6, 15)));
        Map<String, ColumnType> types = new LinkedHashMap<>();
        types.put("id", ColumnType.IDENTIFIER);
        types.put("city", ColumnType.CATEGORICAL);
        types.put("spend", ColumnType.NUMERIC);
        types.put("visits", ColumnType.INTEGER);
        types.put("since", ColumnType.DATE);
        return new Dataset("customers.csv", t, types, null);
    }

    /** A numeric dataset with {@code n} rows (x = i mod 1000, label = "row i"). */
    public static Dataset big(int n) {
        double[] x = new double[n];
        String[] label = new String[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i * 7919L) % 1000;
            label[i] = "row " + i;
        }
        Table t = Table.create("big", DoubleColumn.create("x", x), StringColumn.create("label", label));
        Map<String, ColumnType> types = new LinkedHashMap<>();
        types.put("x", ColumnType.NUMERIC);
        types.put("label", ColumnType.IDENTIFIER);
        return new Dataset("big", t, types, null);
    }
}
