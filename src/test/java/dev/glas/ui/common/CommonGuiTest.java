package dev.glas.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.i18n.Messages;
import dev.glas.ui.GuiTestSupport;
import dev.glas.ui.shell.StatusBar;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shared UI pieces in a real window: PNG export, clipboard copy, the status bar with a running task. */
class CommonGuiTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void gui() {
        GuiTestSupport.assumeGui();
    }

    @AfterEach
    void tearDown() {
        GuiTestSupport.closeAllWindows();
        Messages.setLocale(Messages.defaultLocale());
    }

    @Test
    void savesAChartAsPngAtDoubleScale() throws Exception {
        BarChart<String, Number> chart = GuiTestSupport.callFx(() -> {
            BarChart<String, Number> c = new BarChart<>(new CategoryAxis(), new NumberAxis());
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.getData().add(new XYChart.Data<>("a", 3));
            s.getData().add(new XYChart.Data<>("b", 5));
            c.getData().add(s);
            c.setAnimated(false);
            ChartSupport.installPngExport(c);
            return c;
        });
        GuiTestSupport.show(new BorderPane(chart), 400, 300);
        Path png = tmp.resolve("chart.png");
        GuiTestSupport.runFx(() -> {
            try {
                ChartSupport.savePng(chart, png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(600, img.getHeight());
        // not blank: the bars are drawn in a colour different from the white background
        int nonWhite = 0;
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    nonWhite++;
                }
            }
        }
        assertTrue(nonWhite > 1000, "chart image is blank");
    }

    @Test
    void ctrlCCopiesSelectedCellsAsTsv() {
        Messages.setLocale(Messages.RUSSIAN);
        DatasetTableViewModel vm = new DatasetTableViewModel(new dev.glas.core.task.SyncTaskRunner(),
                new FakeDialogService());
        DatasetTableView view = GuiTestSupport.callFx(() -> {
            vm.setDataset(TestData.customers());
            return new DatasetTableView(vm);
        });
        GuiTestSupport.show(view.node(), 700, 300);
        // numbers are copied in the computer's regional format (what Excel parses pasted text with): Russian here
        java.util.Locale format = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.of("ru", "RU"));
        String tsv;
        try {
            tsv = copy(view);
        } finally {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, format);
        }
        // the rows and columns that hold a selected cell, in view order
        assertEquals("Москва\t120,5\nмосква\t80,25\n", tsv);
    }

    private static String copy(DatasetTableView view) {
        return GuiTestSupport.callFx(() -> {
            var table = view.node();
            var spend = table.getColumns().get(3);
            var city = table.getColumns().get(2);
            table.getSelectionModel().select(0, city);
            table.getSelectionModel().select(2, spend);
            view.copySelection(false);
            return Clipboard.getSystemClipboard().getString();
        });
    }

    @Test
    void statusBarShowsRunningTaskWithCancel() throws Exception {
        Messages.setLocale(Messages.RUSSIAN);
        FxTaskRunner tasks = new FxTaskRunner();
        try {
            StatusBar bar = GuiTestSupport.callFx(() -> new StatusBar(tasks.running()));
            BorderPane root = GuiTestSupport.callFx(() -> {
                BorderPane p = new BorderPane(new Label(" "));
                p.setBottom(bar.root());
                return p;
            });
            Stage stage = GuiTestSupport.show(root, 1000, 120);
            CountDownLatch release = new CountDownLatch(1);
            tasks.submit("task.export", (p, c) -> {
                p.report(0.4, "export.progress", 40_000, 100_000);
                while (!release.await(50, TimeUnit.MILLISECONDS)) {
                    c.check();
                }
                return 0;
            }, r -> { }, e -> { });
            GuiTestSupport.waitUntil(() -> tasks.running().size() == 1
                    && tasks.running().getFirst().progressProperty().get() == 0.4, java.time.Duration.ofSeconds(5));
            GuiTestSupport.screenshot(stage, "common-status-bar-task-ru");
            javafx.scene.control.Button cancel = GuiTestSupport.callFx(() ->
                    (javafx.scene.control.Button) root.lookup(".task-cancel"));
            GuiTestSupport.runFx(cancel::fire);
            GuiTestSupport.waitForTasks(tasks);
            assertTrue(GuiTestSupport.callFx(() -> root.lookup(".task-cancel") == null));
        } finally {
            tasks.close();
        }
    }
}
