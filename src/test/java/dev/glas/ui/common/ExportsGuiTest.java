package dev.glas.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.i18n.Messages;
import dev.glas.ui.GuiTestSupport;
import dev.glas.ui.churn.ChurnView;
import dev.glas.ui.churn.ChurnViewModel;
import dev.glas.ui.data.DataView;
import dev.glas.ui.data.DataViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Right-click on result tables and charts of two pages (Data, Churn) in a real window: the export menu has
 * its items, and the exported CSV / XLSX / SVG files and the clipboard hold the shown results.
 */
class ExportsGuiTest {

    @TempDir
    Path tmp;

    private Locale savedFormat;

    @BeforeAll
    static void gui() {
        GuiTestSupport.assumeGui();
    }

    @AfterEach
    void tearDown() {
        GuiTestSupport.closeAllWindows();
        Messages.setLocale(Messages.defaultLocale());
        if (savedFormat != null) {
            Locale.setDefault(Locale.Category.FORMAT, savedFormat);
        }
    }

    /**
     * Right-clicks the node: a mouse press and release of the secondary button and the context-menu request
     * they make, delivered at a point inside the node (as the window system delivers a right-click); returns
     * the context menu that opened.
     */
    private static ContextMenu rightClick(Node node) {
        GuiTestSupport.runFx(() -> {
            Bounds b = node.getBoundsInLocal();
            double x = b.getMinX() + Math.min(60, b.getWidth() / 2);
            double y = b.getMinY() + Math.min(60, b.getHeight() / 2);
            Point2D screen = node.localToScreen(x, y);
            javafx.scene.input.PickResult pick = new javafx.scene.input.PickResult(node, x, y);
            for (javafx.event.EventType<javafx.scene.input.MouseEvent> type : List.of(
                    javafx.scene.input.MouseEvent.MOUSE_PRESSED, javafx.scene.input.MouseEvent.MOUSE_RELEASED)) {
                javafx.event.Event.fireEvent(node, new javafx.scene.input.MouseEvent(type, x, y, screen.getX(),
                        screen.getY(), MouseButton.SECONDARY, 1, false, false, false, false, false, false, true,
                        true, false, false, pick));
            }
            javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y, screen.getX(), screen.getY(),
                    false, pick));
        });
        GuiTestSupport.waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu && w.isShowing()),
                Duration.ofSeconds(10));
        return GuiTestSupport.callFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu && w.isShowing()).map(w -> (ContextMenu) w).findFirst()
                .orElseThrow());
    }

    /** The first node (depth first) that matches, or {@code null}. */
    private static Node find(Node root, java.util.function.Predicate<Node> test) {
        if (test.test(root)) {
            return root;
        }
        if (root instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                Node f = find(c, test);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static List<String> ids(ContextMenu menu) {
        return GuiTestSupport.callFx(() -> menu.getItems().stream().map(MenuItem::getId)
                .filter(id -> id != null).toList());
    }

    private static void fire(ContextMenu menu, String id) {
        GuiTestSupport.runFx(() -> {
            MenuItem item = menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
            menu.hide();
            item.fire();
        });
    }

    @Test
    void dataPageProfileTableAndHistogram() throws Exception {
        Messages.setLocale(Locale.of("ru"));
        savedFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.of("ru", "RU"));
        FakeDialogService dialogs = new FakeDialogService();
        AppState state = new AppState();
        try (FxTaskRunner tasks = new FxTaskRunner()) {
            ChartSupport.configure(tasks, dialogs);
            DataViewModel vm = GuiTestSupport.callFx(() -> new DataViewModel(state, tasks, dialogs, new DataImporter()));
            DataView view = GuiTestSupport.callFx(() -> new DataView(vm, () -> { }));
            Stage stage = GuiTestSupport.show((Parent) view.root(), 1300, 850);
            Dataset data = TestData.customers();
            GuiTestSupport.runFx(() -> state.currentDatasetProperty().set(data));
            GuiTestSupport.waitForTasks(tasks);
            GuiTestSupport.waitUntil(() -> vm.profileProperty().get() != null, Duration.ofSeconds(30));
            GuiTestSupport.runFx(() -> vm.selectColumn("spend"));
            GuiTestSupport.waitForFx();

            // the column profile list is a result table
            ListView<?> columns = GuiTestSupport.callFx(() -> (ListView<?>) stage.getScene().getRoot()
                    .lookup(".profile-columns"));
            ContextMenu menu = rightClick(columns);
            assertTrue(ids(menu).containsAll(List.of("export-copy-table", "export-csv", "export-xlsx")), ids(menu).toString());
            fire(menu, "export-copy-table");
            String tsv = GuiTestSupport.callFx(() -> Clipboard.getSystemClipboard().getString());
            String[] lines = tsv.split("\n");
            assertEquals(6, lines.length, tsv);
            assertTrue(lines[0].startsWith("Столбец\tТип\t"), lines[0]);
            // spend: mean of 120.5, 80.25, 300, 15 = 128.9375, written with the Russian decimal comma
            String spend = java.util.Arrays.stream(lines).filter(l -> l.startsWith("spend\t")).findFirst().orElseThrow();
            assertTrue(spend.contains("\t128,9375\t"), spend);
            Path xlsx = tmp.resolve("profile.xlsx");
            dialogs.answerSaveFile(xlsx);
            menu = rightClick(columns);
            fire(menu, "export-xlsx");
            GuiTestSupport.waitForTasks(tasks);
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
                var s = wb.getSheetAt(0);
                assertEquals("spend", s.getRow(3).getCell(0).getStringCellValue());
                assertEquals(CellType.NUMERIC, s.getRow(3).getCell(7).getCellType());
                assertEquals(128.9375, s.getRow(3).getCell(7).getNumericCellValue(), 1e-12);
            }

            // the histogram of the selected column is a chart: image items and its data
            BarChart<?, ?> chart = GuiTestSupport.callFx(() -> (BarChart<?, ?>) stage.getScene().getRoot().lookup(".chart"));
            menu = rightClick(chart);
            assertEquals(List.of("export-png", "export-svg", "export-copy-image", "export-copy-table", "export-csv",
                    "export-xlsx"), ids(menu));
            Path csv = tmp.resolve("histogram.csv");
            dialogs.answerSaveFile(csv);
            fire(menu, "export-csv");
            GuiTestSupport.waitForTasks(tasks);
            List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertTrue(rows.get(0).startsWith("\uFEFF") && rows.get(0).contains(";"), rows.get(0));
            int total = rows.stream().skip(1).mapToInt(r -> Integer.parseInt(r.substring(r.lastIndexOf(';') + 1)))
                    .sum();
            assertEquals(4, total, "the histogram counts the four non-missing spend values: " + rows);
            Path svg = tmp.resolve("histogram.svg");
            dialogs.answerSaveFile(svg);
            menu = rightClick(chart);
            fire(menu, "export-svg");
            GuiTestSupport.waitForTasks(tasks);
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
            assertEquals("svg", doc.getDocumentElement().getNodeName());
            assertTrue(doc.getElementsByTagName("text").getLength() >= 4, "axis tick labels as text");
            assertTrue(doc.getElementsByTagName("rect").getLength() >= 4, "plot background and bars");
            Files.copy(svg, GuiTestSupport.screenshotDir().resolve("exports-histogram.svg"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            menu = rightClick(chart);
            fire(menu, "export-copy-image");
            assertTrue(GuiTestSupport.callFx(() -> Clipboard.getSystemClipboard().hasImage()));
            assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
            GuiTestSupport.screenshot(stage, "exports-data");
        }
    }

    @Test
    void churnPageLeaderboardAndRocCurve() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        savedFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        FakeDialogService dialogs = new FakeDialogService();
        AppState state = new AppState();
        Dataset telco = new DataImporter().read(Path.of(getClass().getResource("/dev/glas/core/churn/telco_slice.csv").toURI()));
        try (FxTaskRunner tasks = new FxTaskRunner()) {
            ChartSupport.configure(tasks, dialogs);
            ChurnViewModel vm = GuiTestSupport.callFx(() -> new ChurnViewModel(state, tasks, dialogs));
            ChurnView view = GuiTestSupport.callFx(() -> new ChurnView(vm));
            Stage stage = GuiTestSupport.show((Parent) view.root(), 1400, 900);
            GuiTestSupport.runFx(() -> state.currentDatasetProperty().set(telco));
            GuiTestSupport.runFx(() -> {
                vm.useRfProperty().set(false);
                vm.useGbmProperty().set(false);
                vm.useBlendProperty().set(false);
                vm.foldsProperty().set(3);
                vm.run();
            });
            GuiTestSupport.waitUntil(() -> vm.resultProperty().get() != null, Duration.ofSeconds(120));
            GuiTestSupport.waitForTasks(tasks);
            TabPane tabs = GuiTestSupport.callFx(() -> (TabPane) view.root().lookup(".tab-pane"));

            // leaderboard: a result table with "mean ± sd" cells
            GuiTestSupport.runFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "churn.ui.tab.board".equals(t.getUserData())).findFirst().orElseThrow()));
            GuiTestSupport.waitForFx();
            TableView<?> board = GuiTestSupport.callFx(() -> view.root().lookupAll(".table-view").stream()
                    .map(n -> (TableView<?>) n).filter(t -> !t.getColumns().isEmpty()
                            && Messages.get("churn.ui.col.model").equals(t.getColumns().getFirst().getText()))
                    .findFirst().orElseThrow());
            ContextMenu menu = rightClick(board);
            assertTrue(ids(menu).containsAll(List.of("export-copy-table", "export-csv", "export-xlsx")), ids(menu).toString());
            Path csv = tmp.resolve("board.csv");
            dialogs.answerSaveFile(csv);
            fire(menu, "export-csv");
            GuiTestSupport.waitForTasks(tasks);
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertEquals(2, lines.size(), "header + one model: " + lines);
            assertTrue(lines.get(0).contains("ROC-AUC,ROC-AUC ± sd"), lines.get(0));
            double auc = vm.resultProperty().get().leaderboard().getFirst().mean(dev.glas.core.churn.FoldMetrics::rocAuc);
            double exported = Double.parseDouble(lines.get(1).split(",")[1]);
            assertEquals(auc, exported, 5e-5, "the shown 4 decimals of the mean ROC-AUC");

            // ROC curve: image items and the curve's points
            GuiTestSupport.runFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "churn.ui.tab.curves".equals(t.getUserData())).findFirst().orElseThrow()));
            GuiTestSupport.waitForFx();
            LineChart<?, ?> roc = GuiTestSupport.callFx(() -> (LineChart<?, ?>) tabs.getSelectionModel().getSelectedItem()
                    .getContent().lookup(".chart"));
            assertNotNull(roc);
            menu = rightClick(roc);
            assertEquals(List.of("export-png", "export-svg", "export-copy-image", "export-copy-table", "export-csv",
                    "export-xlsx"), ids(menu));
            Path xlsx = tmp.resolve("roc.xlsx");
            dialogs.answerSaveFile(xlsx);
            fire(menu, "export-xlsx");
            GuiTestSupport.waitForTasks(tasks);
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
                var s = wb.getSheetAt(0);
                assertTrue(s.getLastRowNum() > 5, "ROC points");
                assertEquals(CellType.NUMERIC, s.getRow(2).getCell(0).getCellType());
                assertEquals(CellType.NUMERIC, s.getRow(2).getCell(1).getCellType());
            }
            Path png = tmp.resolve("roc.png");
            dialogs.answerSaveFile(png);
            menu = rightClick(roc);
            fire(menu, "export-png");
            GuiTestSupport.waitForTasks(tasks);
            assertTrue(Files.size(png) > 5_000);
            GuiTestSupport.runFx(() -> {
                try {
                    Exports.saveSvg(roc, GuiTestSupport.screenshotDir().resolve("exports-roc.svg"));
                    Exports.saveSvg(board, GuiTestSupport.screenshotDir().resolve("exports-leaderboard.svg"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
            GuiTestSupport.screenshot(stage, "exports-churn");
        }
    }

    @Test
    void segmentsPageKSweepAroundTheMetricChartsAndProfileHeatmap() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        savedFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.of("ru", "RU"));
        FakeDialogService dialogs = new FakeDialogService();
        AppState state = new AppState();
        try (FxTaskRunner tasks = new FxTaskRunner()) {
            ChartSupport.configure(tasks, dialogs);
            var vm = GuiTestSupport.callFx(() -> new dev.glas.ui.segment.SegmentViewModel(state, tasks, dialogs));
            var insights = GuiTestSupport.callFx(() -> new dev.glas.ui.segment.ClusterInsightsViewModel(vm));
            var rfm = GuiTestSupport.callFx(() -> new dev.glas.ui.segment.RfmViewModel(state, tasks, dialogs));
            var alt = GuiTestSupport.callFx(() -> new dev.glas.ui.segment.AlternativesViewModel(vm));
            var view = GuiTestSupport.callFx(() -> new dev.glas.ui.segment.SegmentView(vm, insights, rfm, alt));
            Stage stage = GuiTestSupport.show((Parent) view.root(), 1400, 900);
            var bank = dev.glas.core.data.Samples.list().stream().filter(s -> s.id().equals("bank_marketing"))
                    .findFirst().orElseThrow();
            var data = dev.glas.core.data.Samples.open(bank);
            GuiTestSupport.runFx(() -> {
                state.currentDatasetProperty().set(data);
                vm.columns().forEach(c -> c.selected().set(List.of("age", "balance", "duration").contains(c.name())));
                vm.kMaxProperty().set(5);
                view.tabs().getSelectionModel().select(1);
                vm.runSweep();
            });
            GuiTestSupport.waitForTasks(tasks);
            GuiTestSupport.waitUntil(() -> vm.analysisProperty().get() != null
                    && view.root().lookupAll(".chart").stream().anyMatch(n -> "segment.metric.silhouette".equals(n.getUserData())),
                    Duration.ofSeconds(90));
            Node silhouette = GuiTestSupport.callFx(() -> view.root().lookupAll(".chart").stream()
                    .filter(n -> "segment.metric.silhouette".equals(n.getUserData())).findFirst().orElseThrow());
            ContextMenu menu = rightClick(silhouette);
            assertEquals(List.of("export-png", "export-svg", "export-copy-image", "export-copy-table", "export-csv",
                    "export-xlsx", "export-copy-table-outer", "export-csv-outer", "export-xlsx-outer"), ids(menu),
                    "the chart's own points, then the whole k-sweep table around the metric charts");
            Path xlsx = tmp.resolve("ksweep.xlsx");
            dialogs.answerSaveFile(xlsx);
            fire(menu, "export-xlsx-outer");
            GuiTestSupport.waitForTasks(tasks);
            var scores = vm.analysisProperty().get().sweep().scores();
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
                var s = wb.getSheetAt(0);
                assertEquals(scores.size(), s.getLastRowNum(), "one row per k");
                for (int i = 0; i < scores.size(); i++) {
                    assertEquals(scores.get(i).k(), (int) s.getRow(i + 1).getCell(0).getNumericCellValue());
                    assertEquals(scores.get(i).silhouette(), s.getRow(i + 1).getCell(2).getNumericCellValue(), 0.0,
                            "the exact silhouette, not the rounded label");
                }
            }

            GuiTestSupport.runFx(() -> view.tabs().getSelectionModel().select(2));
            GuiTestSupport.waitUntil(() -> find(view.root(), n -> n instanceof dev.glas.ui.segment.Heatmap) != null,
                    Duration.ofSeconds(30));
            Node heat = GuiTestSupport.callFx(() -> find(view.root(), n -> n instanceof dev.glas.ui.segment.Heatmap));
            menu = rightClick(heat);
            assertTrue(ids(menu).containsAll(List.of("export-svg", "export-copy-table", "export-csv-outer")), ids(menu).toString());
            fire(menu, "export-copy-table");
            String tsv = GuiTestSupport.callFx(() -> Clipboard.getSystemClipboard().getString());
            String[] lines = tsv.split("\n");
            assertEquals(vm.clusterNames().size() + 1, lines.length, tsv);
            assertTrue(lines[1].split("\t")[1].matches("-?\\d+(,\\d+)?"), "z-scores as numbers, decimal comma: " + lines[1]);
            Path csv = tmp.resolve("profiles.csv");
            dialogs.answerSaveFile(csv);
            menu = rightClick(heat);
            fire(menu, "export-csv-outer");
            GuiTestSupport.waitForTasks(tasks);
            List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertEquals(vm.clusterNames().size() + 2, rows.size(), "header, clusters, all rows: " + rows);
            assertTrue(rows.get(0).contains("age: mean;balance: mean;duration: mean"), rows.get(0));
            Path svg = tmp.resolve("heatmap.svg");
            dialogs.answerSaveFile(svg);
            menu = rightClick(heat);
            fire(menu, "export-svg");
            GuiTestSupport.waitForTasks(tasks);
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
            assertTrue(doc.getElementsByTagName("path").getLength() >= 3 * vm.clusterNames().size(), "heatmap cells");
            Files.copy(svg, GuiTestSupport.screenshotDir().resolve("exports-heatmap.svg"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            // the radar next to the heatmap is drawn with shapes: SVG too, and the profiles table around it
            Node radar = GuiTestSupport.callFx(() -> ((Parent) heat.getParent()).getChildrenUnmodifiable().get(1));
            ContextMenu radarMenu = rightClick(radar);
            assertTrue(ids(radarMenu).containsAll(List.of("export-png", "export-svg", "export-copy-image",
                    "export-copy-table-outer")), ids(radarMenu).toString());
            GuiTestSupport.runFx(radarMenu::hide);
            GuiTestSupport.runFx(() -> {
                try {
                    Exports.saveSvg(radar, GuiTestSupport.screenshotDir().resolve("exports-radar.svg"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
            GuiTestSupport.screenshot(stage, "exports-segments");
        }
    }
}
