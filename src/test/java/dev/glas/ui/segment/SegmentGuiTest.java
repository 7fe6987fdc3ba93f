package dev.glas.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.RowSelection;
import dev.glas.core.data.Samples;
import dev.glas.core.i18n.Messages;
import dev.glas.ui.GuiTestSupport;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.FakeDialogService;
import dev.glas.ui.common.FxTaskRunner;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Segments page in a real window on the bundled bank and retail samples; a screenshot per tab. */
class SegmentGuiTest {

    @BeforeAll
    static void gui() {
        GuiTestSupport.assumeGui();
    }

    @AfterEach
    void tearDown() {
        GuiTestSupport.closeAllWindows();
        Messages.setLocale(Messages.defaultLocale());
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y, boolean shift) {
        return new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, shift, false, false, false, true, false, false,
                type != MouseEvent.MOUSE_CLICKED, false, false, null);
    }

    @Test
    void segmentsPageRunsOnTheBankSampleAndDrillsDown() throws Exception {
        Messages.setLocale(Locale.of("ru"));
        AppState state = new AppState();
        List<RowSelection> opened = new CopyOnWriteArrayList<>();
        state.setSelectionOpener(opened::add);
        try (FxTaskRunner tasks = new FxTaskRunner()) {
            SegmentViewModel vm = GuiTestSupport.callFx(() -> new SegmentViewModel(state, tasks, new FakeDialogService()));
            ClusterInsightsViewModel insights = GuiTestSupport.callFx(() -> new ClusterInsightsViewModel(vm));
            RfmViewModel rfm = GuiTestSupport.callFx(() -> new RfmViewModel(state, tasks, new FakeDialogService()));
            AlternativesViewModel alt = GuiTestSupport.callFx(() -> new AlternativesViewModel(vm));
            SegmentView view = GuiTestSupport.callFx(() -> new SegmentView(vm, insights, rfm, alt));
            Stage stage = GuiTestSupport.show((javafx.scene.Parent) view.root(), 1400, 900);
            var bank = Samples.list().stream().filter(s -> s.id().equals("bank_marketing")).findFirst().orElseThrow();
            var data = Samples.open(bank);
            GuiTestSupport.runFx(() -> {
                state.currentDatasetProperty().set(data);
                vm.columns().forEach(c -> c.selected().set(List.of("age", "balance", "duration", "campaign")
                        .contains(c.name())));
                vm.kMaxProperty().set(8);
            });
            GuiTestSupport.runFx(() -> view.tabs().getSelectionModel().select(0));
            // the step editor: add a quantile clip, select it, narrow it to two columns and other quantiles
            GuiTestSupport.runFx(() -> {
                vm.addStep(dev.glas.core.prep.ClipOutliers.quantiles(List.of(), 0.01, 0.99));
                @SuppressWarnings("unchecked")
                var list = (javafx.scene.control.ListView<dev.glas.core.prep.Step>) view.root().lookupAll(".list-view")
                        .stream().filter(n -> ((javafx.scene.control.ListView<?>) n).getItems() == vm.steps())
                        .findFirst().orElseThrow();
                list.getSelectionModel().select(3);
                vm.editStepColumns(3, List.of("balance", "duration"));
                vm.editStepParam(3, "lower", "0,05");
                list.getSelectionModel().select(3);
            });
            GuiTestSupport.waitForTasks(tasks);
            GuiTestSupport.runFx(() -> {
                // the editor's column boxes carry the column name (the column list's cells have no text)
                assertEquals(List.of("balance", "duration"), view.root().lookupAll(".check-box").stream()
                        .map(n -> (javafx.scene.control.CheckBox) n)
                        .filter(cb -> cb.isSelected() && cb.getText() != null && !cb.getText().isEmpty())
                        .map(javafx.scene.control.CheckBox::getText).toList());
                assertFalse(view.root().lookupAll(".combo-box").isEmpty());
            });
            GuiTestSupport.screenshot(stage, "segment-prep");

            GuiTestSupport.runFx(() -> {
                view.tabs().getSelectionModel().select(1);
                vm.runSweep();
            });
            GuiTestSupport.waitForTasks(tasks);
            GuiTestSupport.waitUntil(() -> view.metricCharts().getChildren().size() == 5, Duration.ofSeconds(60));
            GuiTestSupport.screenshot(stage, "segment-choose-k");
            GuiTestSupport.runFx(() -> {
                var chart = (javafx.scene.chart.XYChart<?, ?>) view.metricCharts().getChildren().get(0);
                var y = (javafx.scene.chart.NumberAxis) chart.getYAxis();
                assertEquals("14\u00a0000", y.getTickLabelFormatter().toString(14_000), "Russian axis numbers");
            });
            assertFalse(vm.recommendationProperty().get().isEmpty());
            GuiTestSupport.waitForTasks(tasks);

            GuiTestSupport.runFx(() -> view.tabs().getSelectionModel().select(2));
            GuiTestSupport.waitUntil(() -> !view.profilesBox().getChildren().isEmpty(), Duration.ofSeconds(30));
            GuiTestSupport.screenshot(stage, "segment-profiles");
            // click the first heatmap cell → the rows of cluster 1
            GuiTestSupport.runFx(() -> {
                Node cell = view.profilesBox().lookupAll(".heatmap-cell").iterator().next();
                Event.fireEvent(cell, mouse(MouseEvent.MOUSE_CLICKED, 2, 2, false));
            });
            assertEquals(1, opened.size());
            assertEquals(vm.clusteringProperty().get().profiles().clusters().get(0).size(), opened.get(0).size());

            GuiTestSupport.runFx(() -> view.tabs().getSelectionModel().select(3));
            GuiTestSupport.waitForTasks(tasks);
            GuiTestSupport.waitUntil(() -> view.scatter().pointCount() == data.rowCount(), Duration.ofSeconds(30));
            GuiTestSupport.screenshot(stage, "segment-map");
            GuiTestSupport.runFx(() -> {
                Node canvas = view.scatter().getChildren().get(0);
                double w = view.scatter().getWidth();
                double h = view.scatter().getHeight();
                // events take scene coordinates; the lasso goes around the whole canvas
                javafx.geometry.Point2D a = canvas.localToScene(-20, -20);
                javafx.geometry.Point2D b = canvas.localToScene(w + 20, h + 20);
                Event.fireEvent(canvas, mouse(MouseEvent.MOUSE_PRESSED, a.getX(), a.getY(), true));
                Event.fireEvent(canvas, mouse(MouseEvent.MOUSE_DRAGGED, b.getX(), a.getY(), true));
                Event.fireEvent(canvas, mouse(MouseEvent.MOUSE_DRAGGED, b.getX(), b.getY(), true));
                Event.fireEvent(canvas, mouse(MouseEvent.MOUSE_DRAGGED, a.getX(), b.getY(), true));
                Event.fireEvent(canvas, mouse(MouseEvent.MOUSE_RELEASED, a.getX(), b.getY(), true));
            });
            assertEquals(2, opened.size());
            assertEquals(data.rowCount(), opened.get(1).size(), "a lasso around everything selects every row");

            GuiTestSupport.runFx(() -> view.tabs().getSelectionModel().select(4));
            GuiTestSupport.waitForTasks(tasks);
            assertNotNull(insights.treeProperty().get());
            GuiTestSupport.screenshot(stage, "segment-explain");
            int before = opened.size();
            GuiTestSupport.runFx(() -> {
                Node node = view.root().lookupAll(".tree-node").iterator().next();
                Event.fireEvent(node, mouse(MouseEvent.MOUSE_CLICKED, 2, 2, false));
            });
            GuiTestSupport.waitForTasks(tasks);
            GuiTestSupport.waitUntil(() -> opened.size() == before + 1, Duration.ofSeconds(10));
            assertTrue(opened.get(2).size() > 0 && opened.get(2).description().contains(" ≤ "),
                    opened.get(2).description()); // a leaf: its rule path from the root
            opened.remove(2); // keep the numbering of the later drill-downs

            GuiTestSupport.runFx(() -> {
                view.tabs().getSelectionModel().select(6);
                alt.searchSubset();
                alt.group().setAll("campaign");
                alt.compareGroup();
                alt.ward();
                alt.dbscan();
                alt.gaussianMixture();
            });
            GuiTestSupport.waitForTasks(tasks);
            assertNotNull(alt.subsetProperty().get());
            assertNotNull(alt.comparisonProperty().get());
            assertFalse(alt.dbscanSummaryProperty().get().isEmpty());
            assertNotNull(alt.mixtureProperty().get());
            GuiTestSupport.screenshot(stage, "segment-alternatives");
            GuiTestSupport.runFx(() -> view.tabs().getSelectionModel().getSelectedItem().getContent()
                    .lookupAll(".scroll-pane").forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1)));
            GuiTestSupport.runFx(() -> assertEquals(alt.mixtureProperty().get().k(), view.root().lookupAll(".button")
                    .stream().filter(n -> ((javafx.scene.control.Button) n).getText().startsWith(
                            Messages.get("segment.gmm.component", 1, 0, 0).substring(0, 6))).count()));
            GuiTestSupport.screenshot(stage, "segment-alternatives-mixture");
            GuiTestSupport.runFx(() -> alt.openBranch(2 * alt.dendrogramProperty().get().size() - 2));
            assertEquals(3, opened.size());
            assertEquals(alt.dendrogramProperty().get().size(), opened.get(2).size());

            var retail = Samples.list().stream().filter(s -> s.id().equals("online_retail")).findFirst().orElseThrow();
            var transactions = Samples.open(retail);
            GuiTestSupport.runFx(() -> {
                view.tabs().getSelectionModel().select(5);
                state.currentDatasetProperty().set(transactions);
                rfm.compute();
            });
            GuiTestSupport.waitForTasks(tasks);
            GuiTestSupport.waitUntil(() -> !view.rfmBox().getChildren().isEmpty(), Duration.ofSeconds(30));
            GuiTestSupport.screenshot(stage, "segment-rfm");
            GuiTestSupport.runFx(() -> {
                Node cell = view.rfmBox().lookupAll(".heatmap-cell").iterator().next();
                Event.fireEvent(cell, mouse(MouseEvent.MOUSE_CLICKED, 2, 2, false));
            });
            assertEquals(4, opened.size());
        }
    }

    @Test
    void scatterDrawsAHundredThousandPointsQuickly() {
        int n = 100_000;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] g = new int[n];
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            g[i] = i % 6;
            x[i] = g[i] * 3 + r.nextGaussian();
            y[i] = (g[i] % 3) * 3 + r.nextGaussian();
        }
        ScatterCanvas canvas = GuiTestSupport.callFx(ScatterCanvas::new);
        Stage stage = GuiTestSupport.show(new StackPane(canvas), 1200, 800);
        GuiTestSupport.runFx(() -> canvas.setData(x, y, g, i -> "point " + i));
        long ms = GuiTestSupport.callFx(() -> {
            long t0 = System.nanoTime();
            for (int k = 0; k < 10; k++) {
                canvas.redraw();
            }
            return (System.nanoTime() - t0) / 10_000_000;
        });
        GuiTestSupport.screenshot(stage, "segment-scatter-100k");
        assertTrue(ms < 150, "one redraw of 100k points took " + ms + " ms");
    }
}
