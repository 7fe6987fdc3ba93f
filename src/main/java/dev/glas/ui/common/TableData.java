package dev.glas.ui.common;

import dev.glas.core.i18n.Messages;
import dev.glas.core.report.TableExport;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;

/**
 * The table behind what a view shows, for copy and export: the rows of a {@link TableView}, the cells of a
 * {@link GridPane} (heatmaps, confusion matrix, cross-tabs), the series of a chart. Values stay typed:
 * numbers that a view shows as text ("0,853", "14 000", "+0.25", "0.8530 ± 0.0123") become numbers again,
 * so the export has number cells and the clipboard numbers in the regional format.
 */
public final class TableData {

    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+)(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern GROUPED_EN = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLUS_MINUS = Pattern.compile("(.+?)\\s*±\\s*(.+)");

    private TableData() {
    }

    /**
     * A number shown as text in the UI language {@code ui}, or {@code null} when the text is not one number.
     * Grouping spaces (also no-break and narrow no-break) and the typographic minus are accepted; a comma is
     * the decimal separator in languages that use one (Russian), a thousands separator in English
     * ("14,000"); a point is always decimal. Integers come back as {@link Long}. Identifiers with leading
     * zeros ("007") stay text.
     */
    public static Number parseNumber(String text, Locale ui) {
        if (text == null) {
            return null;
        }
        String s = text.strip().replace('\u2212', '-');
        if (s.isEmpty() || s.length() > 40) {
            return null;
        }
        s = s.replaceAll("(?<=\\d)[ \u00a0\u202f](?=\\d)", "");
        boolean commaDecimal = TableExport.decimalSeparator(ui) == ',';
        int comma = s.indexOf(',');
        if (comma >= 0) {
            if (s.indexOf('.') >= 0) {
                if (!GROUPED_EN.matcher(s).matches()) {
                    return null;
                }
                s = s.replace(",", "");
            } else if (commaDecimal && s.indexOf(',', comma + 1) < 0) {
                s = s.replace(',', '.');
            } else if (GROUPED_EN.matcher(s).matches()) {
                s = s.replace(",", "");
            } else {
                return null;
            }
        }
        Matcher m = PLAIN.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(1);
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            return null;
        }
        if (m.group(2) == null && m.group(3) == null && digits.length() < 18) {
            return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        }
        return Double.parseDouble(s);
    }

    /** A cell value for export: numbers, booleans and dates kept; text that reads as a number becomes one. */
    public static Object value(Object raw, Locale ui) {
        return switch (raw) {
            case null -> null;
            case Number n -> n;
            case Boolean b -> b;
            case TemporalAccessor t -> t;
            case String s -> {
                Number n = parseNumber(s, ui);
                yield n != null ? n : s;
            }
            default -> raw.toString();
        };
    }

    /**
     * The table's visible leaf columns and all its rows in their current order. A column without header
     * whose cells hold something other than text or numbers (a column of buttons) is left out.
     */
    public static TableExport.Table of(TableView<?> table, String title) {
        Locale ui = Messages.locale();
        List<String> headers = new ArrayList<>();
        List<TableColumn<?, ?>> cols = new ArrayList<>();
        for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
            String h = header(c);
            if (h.isBlank() && !textual(c, table.getItems().size())) {
                continue;
            }
            headers.add(h);
            cols.add(c);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < table.getItems().size(); r++) {
            List<Object> row = new ArrayList<>();
            for (TableColumn<?, ?> c : cols) {
                row.add(value(c.getCellData(r), ui));
            }
            rows.add(row);
        }
        return splitPlusMinus(new TableExport.Table(title, headers, rows), ui);
    }

    private static boolean textual(TableColumn<?, ?> c, int rows) {
        for (int r = 0; r < rows; r++) {
            Object v = c.getCellData(r);
            if (v != null && !(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                return false;
            }
        }
        return true;
    }

    private static String header(TableColumn<?, ?> c) {
        String h = c.getText();
        if ((h == null || h.isBlank()) && c.getGraphic() instanceof Labeled l) {
            h = l.getText();
        }
        if ((h == null || h.isBlank()) && c.getUserData() instanceof String s) {
            h = s;
        }
        return h == null ? "" : h;
    }

    /**
     * The grid's cells by row and column index; the first row is the header. A cell's text is that of its
     * label, button, text field or text node (or of the first one inside it, as in a heatmap cell).
     */
    public static TableExport.Table of(GridPane grid, String title) {
        Locale ui = Messages.locale();
        TreeMap<Integer, TreeMap<Integer, String>> cells = new TreeMap<>();
        int maxCol = -1;
        for (Node n : grid.getChildren()) {
            if (!n.isVisible() || !n.isManaged()) {
                continue;
            }
            String t = text(n);
            if (t == null) {
                continue;
            }
            int r = GridPane.getRowIndex(n) == null ? 0 : GridPane.getRowIndex(n);
            int c = GridPane.getColumnIndex(n) == null ? 0 : GridPane.getColumnIndex(n);
            cells.computeIfAbsent(r, k -> new TreeMap<>()).merge(c, t, (a, b) -> a + " " + b);
            maxCol = Math.max(maxCol, c);
        }
        List<String> headers = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        boolean first = true;
        for (TreeMap<Integer, String> r : cells.values()) {
            if (first) {
                for (int c = 0; c <= maxCol; c++) {
                    headers.add(r.getOrDefault(c, ""));
                }
                first = false;
                continue;
            }
            List<Object> row = new ArrayList<>();
            for (int c = 0; c <= maxCol; c++) {
                String t = r.get(c);
                row.add(t == null || t.isEmpty() ? null : value(t, ui));
            }
            rows.add(row);
        }
        return splitPlusMinus(new TableExport.Table(title, headers, rows), ui);
    }

    /** The visible text of a cell node, or {@code null} when it shows none. */
    static String text(Node n) {
        switch (n) {
            case Labeled l -> {
                return l.getText();
            }
            case TextInputControl t -> {
                return t.getText();
            }
            case Text t -> {
                return t.getText();
            }
            case Parent p -> {
                for (Node c : p.getChildrenUnmodifiable()) {
                    String t = text(c);
                    if (t != null && !t.isEmpty()) {
                        return t;
                    }
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * The data of a chart: for an XY chart one row per category (or x value) and one column per series; for a
     * pie chart name and value. {@code null} for other nodes.
     */
    public static TableExport.Table of(javafx.scene.chart.Chart chart, String title) {
        if (chart instanceof PieChart pie) {
            List<List<Object>> rows = new ArrayList<>();
            for (PieChart.Data d : pie.getData()) {
                rows.add(Arrays.asList(d.getName(), d.getPieValue()));
            }
            return new TableExport.Table(title, List.of(Messages.get("project.export.chart.category"),
                    Messages.get("project.export.chart.value")), rows);
        }
        if (!(chart instanceof XYChart<?, ?> xy)) {
            return null;
        }
        boolean horizontal = xy.getYAxis() instanceof CategoryAxis && !(xy.getXAxis() instanceof CategoryAxis);
        Axis<?> keyAxis = horizontal ? xy.getYAxis() : xy.getXAxis();
        Axis<?> valueAxis = horizontal ? xy.getXAxis() : xy.getYAxis();
        List<String> headers = new ArrayList<>();
        headers.add(label(keyAxis, keyAxis instanceof CategoryAxis ? "project.export.chart.category"
                : "project.export.chart.x"));
        int series = xy.getData().size();
        Map<Object, Object[]> rows = new LinkedHashMap<>();
        for (int s = 0; s < series; s++) {
            XYChart.Series<?, ?> ser = xy.getData().get(s);
            String name = ser.getName();
            if (name == null || name.isBlank()) {
                name = series == 1 ? label(valueAxis, "project.export.chart.value")
                        : Messages.get("project.export.chart.series", s + 1);
            }
            headers.add(name);
            for (XYChart.Data<?, ?> d : ser.getData()) {
                Object key = horizontal ? d.getYValue() : d.getXValue();
                Object v = horizontal ? d.getXValue() : d.getYValue();
                rows.computeIfAbsent(key, k -> new Object[series])[s] = v;
            }
        }
        List<List<Object>> out = new ArrayList<>();
        for (Map.Entry<Object, Object[]> e : rows.entrySet()) {
            List<Object> row = new ArrayList<>();
            row.add(e.getKey());
            row.addAll(Arrays.asList(e.getValue()));
            out.add(row);
        }
        return new TableExport.Table(title, headers, out);
    }

    private static String label(Axis<?> axis, String fallbackKey) {
        String l = axis.getLabel();
        return l == null || l.isBlank() ? Messages.get(fallbackKey) : l;
    }

    /**
     * A column whose every value reads "a ± b" (mean ± standard deviation, as in the model leaderboard) becomes
     * two number columns, "header" and "header ± sd".
     */
    static TableExport.Table splitPlusMinus(TableExport.Table t, Locale ui) {
        int n = t.headers().size();
        boolean[] split = new boolean[n];
        boolean any = false;
        for (int c = 0; c < n; c++) {
            boolean all = !t.rows().isEmpty();
            boolean seen = false;
            for (List<Object> r : t.rows()) {
                Object v = c < r.size() ? r.get(c) : null;
                if (v == null) {
                    continue;
                }
                Matcher m = v instanceof String s ? PLUS_MINUS.matcher(s.strip()) : null;
                if (m == null || !m.matches() || parseNumber(m.group(1), ui) == null
                        || parseNumber(m.group(2), ui) == null) {
                    all = false;
                    break;
                }
                seen = true;
            }
            split[c] = all && seen;
            any |= split[c];
        }
        if (!any) {
            return t;
        }
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            String h = t.headers().get(c);
            if (split[c]) {
                // "ROC-AUC (mean ± sd)" → "ROC-AUC" and "ROC-AUC ± sd"
                String base = h.replaceAll("\\s*\\([^)]*±[^)]*\\)", "").strip();
                headers.add(base.isEmpty() ? h : base);
                headers.add((base.isEmpty() ? h : base) + " ± sd");
            } else {
                headers.add(h);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> r : t.rows()) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                Object v = c < r.size() ? r.get(c) : null;
                if (split[c]) {
                    if (v == null) {
                        row.add(null);
                        row.add(null);
                    } else {
                        Matcher m = PLUS_MINUS.matcher(((String) v).strip());
                        m.matches();
                        row.add(parseNumber(m.group(1), ui));
                        row.add(parseNumber(m.group(2), ui));
                    }
                } else {
                    row.add(v);
                }
            }
            rows.add(row);
        }
        return new TableExport.Table(t.title(), headers, rows);
    }
}
