package dev.glas.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.DataImporter;
import dev.glas.core.i18n.Messages;
import dev.glas.core.project.DataSource;
import dev.glas.core.project.Project;
import dev.glas.core.project.ProjectFile;
import dev.glas.core.project.analyses.ProfileAnalysis;
import dev.glas.core.project.analyses.RfmAnalysis;
import dev.glas.core.project.analyses.SegmentAnalysis;
import dev.glas.core.prep.Impute;
import dev.glas.core.prep.Pipeline;
import dev.glas.core.prep.Scale;
import dev.glas.ui.FxStallProbe;
import dev.glas.ui.GuiTestSupport;
import dev.glas.ui.Wiring;
import dev.glas.ui.common.RestoreSession;
import dev.glas.ui.common.Theme;
import dev.glas.ui.shell.AppSettings;
import dev.glas.ui.shell.Area;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project round trip in the real window: analyses on the Segments, Behaviour and Texts pages, saved as a
 * project, then a new window opens it and every page shows the same view (screenshots before and after), with
 * the FX thread measured for stalls while the project opens.
 */
class ProjectRestoreGuiTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void gui() {
        GuiTestSupport.assumeGui();
    }

    @AfterEach
    void tearDown() {
        GuiTestSupport.closeAllWindows();
        Messages.setLocale(Messages.defaultLocale());
    }

    private Stage window(String lang) {
        AppSettings settings = new AppSettings(dir.resolve("config-" + System.nanoTime()));
        settings.setLanguage(Locale.of(lang));
        Messages.setLocale(settings.language());
        return GuiTestSupport.callFx(() -> {
            Stage stage = new Stage();
            Wiring wiring = new Wiring(stage, settings);
            stage.setUserData(wiring);
            stage.setScene(Theme.apply(new Scene(wiring.buildMainView().root(), 1280, 860)));
            stage.show();
            return stage;
        });
    }

    private static void waitIdle(Wiring w, Duration timeout) {
        try {
            GuiTestSupport.waitUntil(() -> w.tasks().activeCount() == 0 && !w.state().project().restoring()
                    && !w.reportViewModel().restoringProperty().get() && !w.reportViewModel().busyProperty().get(),
                    timeout);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; tasks " + GuiTestSupport.callFx(() -> w.tasks().running()
                    .stream().map(t -> t.title() + " " + jobState(t)).toList()) + ", active " + w.tasks().activeCount() + ", restoring "
                    + GuiTestSupport.callFx(() -> w.state().project().restoring()) + threads(), e);
        }
    }

    private static String jobState(Object runningTask) {
        try {
            var f = runningTask.getClass().getDeclaredField("canceller");
            f.setAccessible(true);
            Object lambda = f.get(runningTask);
            var jf = lambda.getClass().getDeclaredFields()[0];
            jf.setAccessible(true);
            Object job = jf.get(lambda);
            var tf = job.getClass().getDeclaredField("task");
            tf.setAccessible(true);
            javafx.concurrent.Task<?> t = (javafx.concurrent.Task<?>) tf.get(job);
            var df = job.getClass().getDeclaredField("done");
            df.setAccessible(true);
            return t.getState() + " done=" + df.get(job) + " ex=" + t.getException();
        } catch (ReflectiveOperationException | RuntimeException ex) {
            return "? " + ex;
        }
    }

    private static String threads() {
        StringBuilder b = new StringBuilder();
        Thread.getAllStackTraces().forEach((t, st) -> {
            if (t.getName().startsWith("glas-task")) {
                b.append("\n").append(t.getName()).append(' ').append(t.getState());
                for (int i = 0; i < Math.min(25, st.length); i++) {
                    b.append("\n    at ").append(st[i]);
                }
            }
        });
        return b.toString();
    }

    private static void shoot(Stage stage, Wiring w, Area area, String name) {
        shoot(stage, w, area, null, name);
    }

    /** Shows a page (and the tab titled {@code tab} in it, when given) and saves a screenshot. */
    private static void shoot(Stage stage, Wiring w, Area area, String tab, String name) {
        GuiTestSupport.runFx(() -> w.mainViewModel().areaProperty().set(area));
        GuiTestSupport.waitForFx();
        if (tab != null) {
            GuiTestSupport.runFx(() -> stage.getScene().getRoot().lookupAll(".tab-pane").forEach(n -> {
                javafx.scene.control.TabPane tp = (javafx.scene.control.TabPane) n;
                tp.getTabs().stream().filter(t -> tab.equals(t.getText())).findFirst()
                        .ifPresent(t -> tp.getSelectionModel().select(t));
            }));
        }
        GuiTestSupport.screenshot(stage, name);
    }

    @Test
    void reopenedProjectRestoresEveryPage() throws Exception {
        Path data = RestoreSession.sample(dir, "online_retail.csv");
        Stage first = window("ru");
        Wiring a = (Wiring) first.getUserData();
        var ds = new DataImporter().read(data);
        GuiTestSupport.runFx(() -> a.state().currentDatasetProperty().set(ds));
        waitIdle(a, Duration.ofSeconds(60));
        GuiTestSupport.runFx(() -> {
            a.segmentViewModel().columns().forEach(c -> c.selected().set(List.of("Quantity", "UnitPrice")
                    .contains(c.name())));
            a.segmentViewModel().kMaxProperty().set(5);
            a.segmentViewModel().seedProperty().set(11);
            a.segmentViewModel().runSweep();
        });
        waitIdle(a, Duration.ofSeconds(120));
        GuiTestSupport.runFx(() -> {
            a.segmentViewModel().chosenKProperty().set(3);
            a.segmentViewModel().renameCluster(0, "Розница");
            a.rfmViewModel().compute();
            a.behaviorViewModel().useCurrentDataset();
            a.behaviorViewModel().analyze();
            a.textViewModel().textColumnProperty().set("Description");
            a.textViewModel().kMinProperty().set(3);
            a.textViewModel().kMaxProperty().set(3);
            a.textViewModel().cluster();
        });
        waitIdle(a, Duration.ofSeconds(180));
        GuiTestSupport.runFx(() -> a.textViewModel().renameTheme(0, "Подарки"));
        shoot(first, a, Area.SEGMENTS, "Профили", "restore-before-segments");
        shoot(first, a, Area.BEHAVIOR, "restore-before-behavior");
        shoot(first, a, Area.TEXTS, "Темы", "restore-before-texts");
        List<String> names = GuiTestSupport.callFx(() -> List.copyOf(a.segmentViewModel().clusterNames()));
        String behaviour = GuiTestSupport.callFx(() -> a.behaviorViewModel().summaryProperty().get());
        int[] themes = GuiTestSupport.callFx(() -> a.textViewModel().clusteringProperty().get().assignment());
        Path file = dir.resolve("retail.glas");
        GuiTestSupport.runFx(() -> {
            a.reportViewModel().projectFileProperty().set(file);
            a.reportViewModel().save();
        });
        waitIdle(a, Duration.ofSeconds(60));
        assertTrue(Files.exists(file));
        GuiTestSupport.runFx(first::close);

        Stage second = window("ru");
        Wiring b = (Wiring) second.getUserData();
        try (FxStallProbe probe = new FxStallProbe()) {
            try {
                GuiTestSupport.runFx(() -> b.reportViewModel().open(file));
                waitIdle(b, Duration.ofSeconds(240));
            } finally {
                System.err.println("open " + file.getFileName() + ": " + probe.report());
            }
            assertTrue(probe.maxStallSeconds() < 5, probe.report());
        }
        assertEquals(ds.rowCount(), GuiTestSupport.callFx(() -> b.state().currentDataset().rowCount()));
        assertEquals(Integer.valueOf(3), GuiTestSupport.callFx(() -> b.segmentViewModel().chosenKProperty().get()));
        assertEquals(names, GuiTestSupport.callFx(() -> List.copyOf(b.segmentViewModel().clusterNames())));
        assertNotNull(GuiTestSupport.callFx(() -> b.rfmViewModel().outcomeProperty().get()));
        assertEquals(behaviour, GuiTestSupport.callFx(() -> b.behaviorViewModel().summaryProperty().get()));
        assertEquals(java.util.Arrays.toString(themes), GuiTestSupport.callFx(
                () -> java.util.Arrays.toString(b.textViewModel().clusteringProperty().get().assignment())));
        assertEquals("Подарки", GuiTestSupport.callFx(() -> b.textViewModel().themes().get(0).nameProperty().get()));
        String status = GuiTestSupport.callFx(() -> b.reportViewModel().statusProperty().get());
        assertTrue(status.contains("все виды восстановлены"), status);
        shoot(second, b, Area.SEGMENTS, "Профили", "restore-after-segments");
        shoot(second, b, Area.SEGMENTS, "RFM", "restore-after-rfm");
        shoot(second, b, Area.BEHAVIOR, "restore-after-behavior");
        shoot(second, b, Area.TEXTS, "Темы", "restore-after-texts");
        shoot(second, b, Area.REPORT, "restore-after-report");
        assertFalse(GuiTestSupport.callFx(() -> b.reportViewModel().busyProperty().get()));
    }

    /**
     * How long opening a project on a large file keeps the FX thread busy (not a unit test: runs only with
     * {@code -Dglas.bench.data=../shared/data/online_retail.csv}; prints the probe's report).
     */
    @Test
    void openingALargeProjectKeepsTheWindowResponsive() throws Exception {
        String big = System.getProperty("glas.bench.data");
        Assumptions.assumeTrue(big != null && Files.isRegularFile(Path.of(big)), "-Dglas.bench.data=FILE");
        Path src = Path.of(big).toAbsolutePath();
        DataImporter importer = new DataImporter();
        Project p = Project.create("bench").withSource(DataSource.of("source-1", src, importer.detect(src)))
                .with(ProfileAnalysis.INSTANCE, new ProfileAnalysis.State(null))
                .with(SegmentAnalysis.INSTANCE, SegmentAnalysis.State.ofPage(List.of("Quantity", "UnitPrice"),
                        Pipeline.of(new Impute(List.of(), Impute.Method.MEDIAN, null, 5, 10, 42),
                                new Scale(List.of(), Scale.Method.ROBUST)), 2, 4, 42, 3, Map.of(0, "A")))
                .with(RfmAnalysis.INSTANCE, new RfmAnalysis.State(null, "CustomerID", "InvoiceDate",
                        "Quantity*UnitPrice", "InvoiceNo", null, 4, 42L));
        Path file = dir.resolve("big.glas");
        ProjectFile.save(p, file, ProjectFile.SaveOptions.DEFAULT);
        Stage stage = window("en");
        Wiring w = (Wiring) stage.getUserData();
        long t0 = System.nanoTime();
        try (FxStallProbe probe = new FxStallProbe()) {
            GuiTestSupport.runFx(() -> w.reportViewModel().open(file));
            GuiTestSupport.waitUntil(() -> w.state().currentDataset() != null, Duration.ofSeconds(300));
            double loaded = (System.nanoTime() - t0) / 1e9;
            waitIdle(w, Duration.ofSeconds(900));
            System.err.printf("open %s: data after %.1f s, every view after %.1f s; %s%n", src.getFileName(), loaded,
                    (System.nanoTime() - t0) / 1e9, probe.report());
        }
        shoot(stage, w, Area.SEGMENTS, "restore-large-segments");
        assertNotNull(GuiTestSupport.callFx(() -> w.segmentViewModel().clusteringProperty().get()));
    }
}
