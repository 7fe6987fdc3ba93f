package dev.glas.core.text;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.columns.Column;

/**
 * Chart-ready aggregates of classified texts: distribution of a label column, cross-tab of two categorical
 * columns (e.g. negativity × type, label × region) and monthly trend of a label over a date column. Every
 * cell keeps its row indices for drill-down.
 */
public final class TextDashboard {

    /** One bar / cell: its label(s), count and rows (ascending). */
    public record Cell(String row, String column, int count, int[] rows) {
    }

    /** Rows × columns table of cells; {@code cells[i][j]} for rowLabels i and columnLabels j. */
    public record Crosstab(String rowColumn, String columnColumn, List<String> rowLabels, List<String> columnLabels,
                           Cell[][] cells) {
        public int max() {
            int m = 0;
            for (Cell[] r : cells) {
                for (Cell c : r) {
                    m = Math.max(m, c.count());
                }
            }
            return m;
        }
    }

    private TextDashboard() {
    }

    /** Label → rows of a column (missing values skipped), labels sorted by count descending. */
    public static List<Cell> distribution(Dataset data, String column) {
        Map<String, List<Integer>> groups = group(data, column);
        List<Cell> out = new ArrayList<>();
        groups.forEach((k, v) -> out.add(new Cell(k, null, v.size(), v.stream().mapToInt(Integer::intValue).toArray())));
        out.sort((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count()) : a.row().compareTo(b.row()));
        return out;
    }

    /** Cross-tab of two columns (rows with either value missing are skipped). */
    public static Crosstab crosstab(Dataset data, String rowColumn, String columnColumn) {
        Column<?> a = data.column(rowColumn);
        Column<?> b = data.column(columnColumn);
        Map<String, Map<String, List<Integer>>> m = new TreeMap<>();
        TreeMap<String, Boolean> cols = new TreeMap<>();
        for (int i = 0; i < data.rowCount(); i++) {
            if (a.isMissing(i) || b.isMissing(i)) {
                continue;
            }
            String ra = a.getString(i);
            String cb = b.getString(i);
            cols.put(cb, true);
            m.computeIfAbsent(ra, x -> new TreeMap<>()).computeIfAbsent(cb, x -> new ArrayList<>()).add(i);
        }
        List<String> rowLabels = List.copyOf(m.keySet());
        List<String> colLabels = List.copyOf(cols.keySet());
        Cell[][] cells = new Cell[rowLabels.size()][colLabels.size()];
        for (int i = 0; i < rowLabels.size(); i++) {
            for (int j = 0; j < colLabels.size(); j++) {
                List<Integer> r = m.get(rowLabels.get(i)).getOrDefault(colLabels.get(j), List.of());
                cells[i][j] = new Cell(rowLabels.get(i), colLabels.get(j), r.size(),
                        r.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return new Crosstab(rowColumn, columnColumn, rowLabels, colLabels, cells);
    }

    /** Month (yyyy-MM) × label counts over a date or date-time column. */
    public static Crosstab monthlyTrend(Dataset data, String labelColumn, String dateColumn) {
        Column<?> d = data.column(dateColumn);
        Column<?> l = data.column(labelColumn);
        Map<String, Map<String, List<Integer>>> m = new TreeMap<>();
        TreeMap<String, Boolean> labels = new TreeMap<>();
        for (int i = 0; i < data.rowCount(); i++) {
            if (d.isMissing(i) || l.isMissing(i)) {
                continue;
            }
            Object v = d.get(i);
            YearMonth ym = v instanceof LocalDate ld ? YearMonth.from(ld)
                    : v instanceof LocalDateTime ldt ? YearMonth.from(ldt) : null;
            if (ym == null) {
                continue;
            }
            String label = l.getString(i);
            labels.put(label, true);
            m.computeIfAbsent(ym.toString(), x -> new LinkedHashMap<>()).computeIfAbsent(label, x -> new ArrayList<>()).add(i);
        }
        List<String> months = List.copyOf(m.keySet());
        List<String> labs = List.copyOf(labels.keySet());
        Cell[][] cells = new Cell[months.size()][labs.size()];
        for (int i = 0; i < months.size(); i++) {
            for (int j = 0; j < labs.size(); j++) {
                List<Integer> r = m.get(months.get(i)).getOrDefault(labs.get(j), List.of());
                cells[i][j] = new Cell(months.get(i), labs.get(j), r.size(), r.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return new Crosstab(dateColumn, labelColumn, months, labs, cells);
    }

    /** Columns that can be broken down by: categorical or boolean. */
    public static List<String> categoricalColumns(Dataset data) {
        return data.columnNames().stream().filter(c -> data.type(c) == ColumnType.CATEGORICAL
                || data.type(c) == ColumnType.BOOLEAN).toList();
    }

    /** Columns holding text: text or categorical string columns. */
    public static List<String> textColumns(Dataset data) {
        return data.columnNames().stream().filter(c -> data.type(c) == ColumnType.TEXT
                || data.type(c) == ColumnType.CATEGORICAL).toList();
    }

    public static List<String> dateColumns(Dataset data) {
        return data.columnNames().stream().filter(c -> data.type(c) == ColumnType.DATE
                || data.type(c) == ColumnType.DATETIME).toList();
    }

    private static Map<String, List<Integer>> group(Dataset data, String column) {
        Column<?> c = data.column(column);
        Map<String, List<Integer>> g = new TreeMap<>();
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i)) {
                g.computeIfAbsent(c.getString(i), x -> new ArrayList<>()).add(i);
            }
        }
        return g;
    }
}
