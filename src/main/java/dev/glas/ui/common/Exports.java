package dev.glas.ui.common;

import dev.glas.core.i18n.Messages;
import dev.glas.core.report.TableExport;
import dev.glas.core.task.CancelledException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.chart.Chart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;

/**
 * Copy and export for every chart and result table, from one context menu built here.
 * <ul>
 *   <li>{@link #chart(Node)} — Save as PNG…, Save as SVG… (vector: {@link NodeSvg}; not offered for canvas
 *       bitmaps), Copy image; plus Copy data / Export data to CSV… / to Excel… when the chart has data
 *       behind it (XY and pie charts: their series; grids such as heatmaps: their cells).</li>
 *   <li>{@link #table(TableView, String)}, {@link #table(GridPane, String)}, {@link #table(Node, String, Supplier)}
 *       — Copy table (tab-separated with the header, numbers in the regional format so that they paste
 *       into Excel as numbers), Export to CSV… and Export to Excel… ({@link TableExport}: formula injection
 *       neutralized, numbers as numbers).</li>
 * </ul>
 * A node can be both (a heatmap is a chart and a table); the menu is built when it opens, from what is
 * registered on the node, so that it always exports what is shown at that moment.
 */
public final class Exports {

    private static final String CHART = "glas.export.chart";
    private static final String TABLE = "glas.export.table";
    private static final String TITLE = "glas.export.title";
    private static final String INSTALLED = "glas.export.installed";

    private Exports() {
    }

    /** The regional format of the computer (what Excel parses pasted and opened text with). */
    public static Locale numberFormat() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    /** Image export (PNG, SVG where practical, clipboard) for a chart or any drawn node; idempotent. */
    public static void chart(Node node) {
        node.getProperties().put(CHART, Boolean.TRUE);
        install(node);
    }

    /** Copy / CSV / Excel of the table's rows as shown (visible columns, current order). */
    public static void table(TableView<?> table, String title) {
        table(table, title, () -> TableData.of(table, title));
    }

    /** Copy / CSV / Excel of a grid laid out as a table (first row = header). */
    public static void table(GridPane grid, String title) {
        table(grid, title, () -> TableData.of(grid, title));
    }

    /** Copy / CSV / Excel of the table {@code data} gives when the menu is used (typed values). */
    public static void table(Node node, String title, Supplier<TableExport.Table> data) {
        node.getProperties().put(TABLE, data);
        node.getProperties().put(TITLE, title);
        install(node);
    }

    private static void install(Node node) {
        if (node.getProperties().put(INSTALLED, Boolean.TRUE) != null) {
            return; // the menu reads the node's registrations each time it opens
        }
        if (node instanceof Control c) {
            ContextMenu menu = c.getContextMenu() != null ? c.getContextMenu() : new ContextMenu();
            c.setContextMenu(menu);
            List<MenuItem> own = new ArrayList<>(menu.getItems());
            if (own.isEmpty() && c instanceof javafx.scene.control.TextInputControl text) {
                // our menu replaces the text field's built-in one: keep its Copy and Select all
                MenuItem copy = new MenuItem(Messages.get("table.copy"));
                copy.setOnAction(e -> text.copy());
                MenuItem all = new MenuItem(Messages.get("project.export.select.all"));
                all.setOnAction(e -> text.selectAll());
                own.addAll(List.of(copy, all));
            }
            Runnable fill = () -> {
                List<MenuItem> items = new ArrayList<>(own);
                List<MenuItem> mine = items(node);
                if (!own.isEmpty() && !mine.isEmpty()) {
                    items.add(new SeparatorMenuItem());
                }
                items.addAll(mine);
                menu.getItems().setAll(items);
            };
            fill.run(); // a context menu without items is never shown, so it must not wait for onShowing
            menu.setOnShowing(e -> fill.run());
            return;
        }
        node.setOnContextMenuRequested(e -> {
            ContextMenu menu = new ContextMenu();
            menu.getItems().setAll(items(node));
            menu.show(node, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /**
     * The menu items for the node as it is now (public for tests and for views that build their own menu):
     * image items for a chart; the data behind it (a table registered on it or inside it, else its series
     * or grid cells); and the table registered on the nearest enclosing node (for example the k-sweep table
     * around the metric charts, the cluster profiles around the profile charts).
     */
    public static List<MenuItem> items(Node node) {
        List<MenuItem> items = new ArrayList<>();
        boolean chart = Boolean.TRUE.equals(node.getProperties().get(CHART));
        if (chart) {
            items.add(item("chart.save.png", "png", () -> ChartSupport.askAndSave(node)));
            if (NodeSvg.practical(node)) {
                items.add(item("project.export.svg", "svg", () -> askAndSaveSvg(node)));
            }
            items.add(item("project.export.copy.image", "copy-image", () -> copyImage(node)));
        }
        Supplier<TableExport.Table> own = registered(node);
        if (own != null) {
            addTable(items, titled(own, node), !chart, "");
        } else if (chart) {
            Supplier<TableExport.Table> data = chartData(node, title(node));
            if (data != null) {
                addTable(items, titled(data, node), false, "");
            }
        }
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            Supplier<TableExport.Table> outer = registered(up);
            if (outer != null) {
                addTable(items, titled(outer, up), true, "-outer");
                break;
            }
        }
        return items;
    }

    /** The table with the node's title when it has none of its own; {@code null} stays {@code null}. */
    private static Supplier<TableExport.Table> titled(Supplier<TableExport.Table> t, Node node) {
        return () -> {
            TableExport.Table table = t.get();
            if (table == null || !table.title().isBlank()) {
                return table;
            }
            return new TableExport.Table(title(node), table.headers(), table.rows());
        };
    }

    @SuppressWarnings("unchecked")
    private static Supplier<TableExport.Table> registered(Node node) {
        return (Supplier<TableExport.Table>) node.getProperties().get(TABLE);
    }

    private static void addTable(List<MenuItem> items, Supplier<TableExport.Table> t, boolean table, String idSuffix) {
        if (!items.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        items.add(item(table ? "project.export.copy" : "project.export.data.copy", "copy-table" + idSuffix,
                () -> copyTable(t.get())));
        items.add(item(table ? "project.export.csv" : "project.export.data.csv", "csv" + idSuffix,
                () -> askAndExport(t.get(), false)));
        items.add(item(table ? "project.export.xlsx" : "project.export.data.xlsx", "xlsx" + idSuffix,
                () -> askAndExport(t.get(), true)));
    }

    /**
     * The data of a drawn chart: a table registered inside it, else the series of the first XY/pie chart in
     * it, else the cells of the first grid in it when they show values; {@code null} when there is none.
     */
    static Supplier<TableExport.Table> chartData(Node node, String title) {
        Supplier<TableExport.Table> inner = registered(node);
        if (inner != null) {
            return inner;
        }
        if (node instanceof Chart c) {
            TableExport.Table t = TableData.of(c, title);
            return t == null ? null : () -> TableData.of(c, title);
        }
        if (node instanceof GridPane g) {
            TableExport.Table t = TableData.of(g, title);
            boolean values = t.rows().stream().anyMatch(r -> r.stream().skip(1).anyMatch(v -> v != null));
            return values ? () -> TableData.of(g, title) : null;
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Supplier<TableExport.Table> found = chartData(child, title);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static MenuItem item(String key, String id, Runnable action) {
        MenuItem m = new MenuItem(Messages.get(key));
        m.setId("export-" + id);
        m.setOnAction(e -> {
            try {
                action.run();
            } catch (RuntimeException ex) {
                DialogService d = ChartSupport.dialogs();
                if (d == null) {
                    throw ex;
                }
                d.showError(Messages.get(key), ex);
            }
        });
        return m;
    }

    /** A title for file names: the chart's title, its registered title, or the message its user data names. */
    static String title(Node node) {
        if (node.getProperties().get(TITLE) instanceof String s && !s.isBlank()) {
            return s;
        }
        if (node instanceof Chart c && c.getTitle() != null && !c.getTitle().isBlank()) {
            return c.getTitle();
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getUserData() instanceof String key && Messages.has(key)) {
                return Messages.get(key);
            }
        }
        return Messages.get("chart.default.name");
    }

    /** Copies the table as tab-separated text with the header (numbers in the regional format). */
    public static void copyTable(TableExport.Table t) {
        if (t == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(TableExport.toTsv(t, numberFormat()));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Copies the node's picture (at the export scale) to the clipboard. */
    public static void copyImage(Node node) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(ChartSupport.snapshot(node, ChartSupport.EXPORT_SCALE));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Asks for a file and writes the table as CSV (regional format) or XLSX in the background. */
    public static void askAndExport(TableExport.Table t, boolean xlsx) {
        DialogService d = ChartSupport.dialogs();
        if (d == null || t == null) {
            return;
        }
        FileType type = xlsx ? FileType.XLSX : TABLE_CSV;
        String title = Messages.get(xlsx ? "export.xlsx.title" : "export.csv.title");
        d.chooseSaveFile(title, fileName(t.title()) + "." + type.defaultExtension(), List.of(type))
                .ifPresent(file -> ChartSupport.tasks().submit("project.export.task.table", (p, c) -> {
                    write(t, file, xlsx);
                    return file;
                }, f -> { }, err -> {
                    if (!(err instanceof CancelledException)) {
                        d.showError(title, err);
                    }
                }));
    }

    /** Writes the table (CSV in the computer's regional format, or XLSX). */
    public static void write(TableExport.Table t, Path file, boolean xlsx) throws java.io.IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (xlsx) {
            TableExport.writeXlsx(t, file);
        } else {
            TableExport.writeCsv(t, file, numberFormat());
        }
    }

    /** Asks for a file and saves the node as SVG (the SVG text is made on the FX thread, written in the background). */
    public static void askAndSaveSvg(Node node) {
        DialogService d = ChartSupport.dialogs();
        if (d == null) {
            return;
        }
        String title = Messages.get("project.export.svg.title");
        d.chooseSaveFile(title, fileName(title(node)) + ".svg", List.of(SVG)).ifPresent(file -> {
            String svg = NodeSvg.toSvg(node);
            ChartSupport.tasks().submit("task.save.png", (p, c) -> {
                Files.writeString(file, svg, StandardCharsets.UTF_8);
                return file;
            }, f -> { }, err -> d.showError(title, err));
        });
    }

    /** Saves the node as SVG (FX thread). */
    public static void saveSvg(Node node, Path file) throws java.io.IOException {
        Files.writeString(file, NodeSvg.toSvg(node), StandardCharsets.UTF_8);
    }

    /** A file name from a title: characters that file systems refuse replaced. */
    static String fileName(String title) {
        String s = title == null ? "" : title.replaceAll("[\\\\/:*?\"<>|\\r\\n\\t]", "_").strip();
        if (s.length() > 80) {
            s = s.substring(0, 80).strip();
        }
        return s.isEmpty() ? Messages.get("chart.default.name") : s;
    }

    /** CSV of a result table: UTF-8; separator and decimal mark as in the computer's regional format. */
    public static final FileType TABLE_CSV = new FileType("project.export.filetype.csv", List.of("csv"));
    public static final FileType SVG = new FileType("project.export.filetype.svg", List.of("svg"));
}
