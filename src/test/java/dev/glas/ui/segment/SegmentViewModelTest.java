package dev.glas.ui.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.RowSelection;
import dev.glas.core.prep.Log1p;
import dev.glas.core.segment.Projection;
import dev.glas.core.segment.RfmSegment;
import dev.glas.core.task.SyncTaskRunner;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.FakeDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Segments ViewModels without the toolkit: synchronous tasks, fake dialogs, recorded drill-downs. */
class SegmentViewModelTest {

    @TempDir
    Path tmp;

    static Path resource(String name) throws Exception {
        return Path.of(SegmentViewModelTest.class.getResource("/dev/glas/core/segment/" + name).toURI());
    }

    static Dataset points() throws Exception {
        return new DataImporter().read(resource("metrics_points.csv"));
    }

    @Test
    void sweepClustersProfilesNamesAndDrillDowns() throws Exception {
        AppState state = new AppState();
        List<RowSelection> opened = new ArrayList<>();
        state.setSelectionOpener(opened::add);
        FakeDialogService dialogs = new FakeDialogService().answerText("Big spenders");
        SyncTaskRunner tasks = new SyncTaskRunner();
        SegmentViewModel vm = new SegmentViewModel(state, tasks, dialogs);
        ClusterInsightsViewModel insights = new ClusterInsightsViewModel(vm);
        state.currentDatasetProperty().set(points());
        assertEquals(List.of("a", "b", "c", "d", "km", "rnd"), vm.selectedColumns());
        vm.columns().stream().filter(c -> c.name().equals("km") || c.name().equals("rnd"))
                .forEach(c -> c.selected().set(false));
        vm.kMaxProperty().set(7);
        vm.previewStep(2);
        assertEquals(4, vm.preview().rows().size());
        assertTrue(vm.preview().summaryProperty().get().contains("600"));
        vm.runSweep();
        assertTrue(dialogs.errors().isEmpty(), String.valueOf(dialogs.errors()));
        assertNotNull(vm.analysisProperty().get());
        assertEquals(6, vm.analysisProperty().get().sweep().scores().size());
        assertEquals(4, vm.chosenKProperty().get());
        assertFalse(vm.recommendationProperty().get().isEmpty());
        SegmentViewModel.Clustering cl = vm.clusteringProperty().get();
        assertEquals(4, cl.profiles().clusters().size());
        assertEquals(4, vm.clusterNames().size());
        // profiles are in original units: the mean of "a" over the clusters weighted by size is the overall mean
        double weighted = cl.profiles().clusters().stream().mapToDouble(p -> p.mean()[0] * p.size()).sum() / 600;
        assertEquals(cl.profiles().overallMean()[0], weighted, 1e-9);

        vm.askRename(1);
        assertEquals("Big spenders", vm.clusterNames().get(1));
        vm.openCluster(1);
        assertEquals(1, opened.size());
        assertEquals(cl.profiles().clusters().get(1).size(), opened.get(0).size());
        assertTrue(opened.get(0).description().startsWith("Big spenders"));
        vm.saveCluster(1);
        assertTrue(state.segment("Big spenders").isPresent());

        assertNotNull(insights.treeProperty().get());
        assertTrue(insights.fidelityProperty().get().accuracy() > 0.9);
        assertEquals(List.of("a", "b", "c", "d"), insights.formFeatures());
        Map<String, String> client = new HashMap<>();
        Dataset d = points();
        for (String f : insights.formFeatures()) {
            client.put(f, d.column(f).getString(0));
        }
        insights.classify(client);
        String expected = vm.clusterNames().get(cl.labels()[0]);
        assertTrue(insights.classificationProperty().get().contains(expected), insights.classificationProperty().get());
        client.put("a", "abc");
        insights.classify(client);
        assertTrue(insights.classificationProperty().get().contains("a"));

        insights.valueColumnProperty().set("a");
        assertEquals(4, insights.priorities().size());
        assertEquals(1, insights.priorities().get(0).rank());

        assertEquals("pca", insights.projectionProperty().get().method());
        assertEquals(600, insights.projectionProperty().get().coords().length);
        insights.threeDProperty().set(true);
        insights.computeProjection();
        assertEquals(3, insights.projectionProperty().get().dims());
        insights.threeDProperty().set(false);
        insights.computeProjection();

        Path out = tmp.resolve("scored.csv");
        insights.scoreFile(resource("metrics_points.csv"), out);
        List<String> lines = Files.readAllLines(out);
        assertEquals(601, lines.size());
        for (int i = 0; i < 600; i += 37) {
            assertTrue(lines.get(i + 1).contains("," + (cl.labels()[i] + 1) + ","), "row " + i);
        }
    }

    @Test
    void stepsCanBeEditedAndTheChoiceOfKFollows() throws Exception {
        AppState state = new AppState();
        SegmentViewModel vm = new SegmentViewModel(state, new SyncTaskRunner(), new FakeDialogService());
        state.currentDatasetProperty().set(points());
        int n = vm.steps().size();
        vm.addStep(new Log1p(List.of("km")));
        vm.moveStep(n, -1);
        assertTrue(vm.steps().get(n - 1) instanceof Log1p);
        vm.removeStep(n - 1);
        assertEquals(n, vm.steps().size());
        vm.kMaxProperty().set(5);
        vm.runSweep();
        int[] four = vm.clusteringProperty().get().labels();
        vm.chosenKProperty().set(3);
        assertEquals(3, vm.clusteringProperty().get().k());
        assertEquals(3, vm.clusterNames().size());
        vm.chosenKProperty().set(4);
        assertArrayEquals(four, vm.clusteringProperty().get().labels());
    }

    @Test
    void rfmComputesSegmentsCrosstabAndOpensTransactions() throws Exception {
        AppState state = new AppState();
        List<RowSelection> opened = new ArrayList<>();
        state.setSelectionOpener(opened::add);
        RfmViewModel vm = new RfmViewModel(state, new SyncTaskRunner(), new FakeDialogService());
        state.currentDatasetProperty().set(new DataImporter().read(resource("online_retail_slice.csv")));
        assertEquals("CustomerID", vm.customerProperty().get());
        assertEquals("InvoiceDate", vm.dateProperty().get());
        assertEquals("Quantity*UnitPrice", vm.amountProperty().get());
        assertEquals("InvoiceNo", vm.invoiceProperty().get());
        vm.compute();
        RfmViewModel.Outcome o = vm.outcomeProperty().get();
        assertEquals(150, o.rfm().size());
        int total = 0;
        for (int[] row : o.crosstab()) {
            for (int v : row) {
                total += v;
            }
        }
        assertEquals(150, total);
        vm.open(RfmSegment.CHAMPIONS, -1);
        int champions = o.rfm().segmentCounts()[RfmSegment.CHAMPIONS.ordinal()];
        assertTrue(opened.get(0).description().contains(String.valueOf(champions)));
        int rows = 0;
        for (int i = 0; i < o.rfm().size(); i++) {
            if (o.rfm().segments().get(i) == RfmSegment.CHAMPIONS) {
                rows += o.rfm().customerRows().get(i).length;
            }
        }
        assertEquals(rows, opened.get(0).size());
        vm.open(RfmSegment.CHAMPIONS, 0);
        assertEquals(2, opened.size());
    }

    @Test
    void otherProjectionsRunOnASample() throws Exception {
        AppState state = new AppState();
        SegmentViewModel vm = new SegmentViewModel(state, new SyncTaskRunner(), new FakeDialogService());
        ClusterInsightsViewModel insights = new ClusterInsightsViewModel(vm);
        state.currentDatasetProperty().set(points());
        vm.kMaxProperty().set(4);
        vm.runSweep();
        insights.methodProperty().set(Projection.Method.UMAP);
        insights.computeProjection();
        assertEquals("umap", insights.projectionProperty().get().method());
        assertEquals(600, insights.projectionProperty().get().rows().length);
    }

    @Test
    void missingValuesAreImputedForClusteringAndLeftOutOfProfiles() throws Exception {
        Dataset d = points();
        tech.tablesaw.api.DoubleColumn a = (tech.tablesaw.api.DoubleColumn) d.column("a");
        for (int i = 0; i < 600; i += 7) {
            a.setMissing(i);
        }
        AppState state = new AppState();
        FakeDialogService dialogs = new FakeDialogService();
        SegmentViewModel vm = new SegmentViewModel(state, new SyncTaskRunner(), dialogs);
        ClusterInsightsViewModel insights = new ClusterInsightsViewModel(vm);
        state.currentDatasetProperty().set(d);
        vm.columns().forEach(c -> c.selected().set(List.of("a", "b", "c", "d").contains(c.name())));
        vm.kMaxProperty().set(5);
        vm.runSweep();
        assertTrue(dialogs.errors().isEmpty(), String.valueOf(dialogs.errors()));
        SegmentViewModel.Clustering cl = vm.clusteringProperty().get();
        assertTrue(Double.isFinite(cl.profiles().overallMean()[0]));
        double present = java.util.Arrays.stream(cl.analysis().original().columns()[0]).filter(v -> !Double.isNaN(v))
                .average().orElseThrow();
        assertEquals(present, cl.profiles().overallMean()[0], 1e-9);
        assertNotNull(insights.treeProperty().get());
    }

    @Test
    void joinStepEnrichesAndThePreviewReportsUnmatchedKeys() throws Exception {
        Path regions = tmp.resolve("regions.csv");
        Files.writeString(regions, "km,region_income\n0,100\n1,200\n2,300\n9,900\n");
        AppState state = new AppState();
        FakeDialogService dialogs = new FakeDialogService();
        SegmentViewModel vm = new SegmentViewModel(state, new SyncTaskRunner(), dialogs);
        state.currentDatasetProperty().set(points());
        vm.addJoin(regions, "km");
        assertTrue(dialogs.errors().isEmpty(), String.valueOf(dialogs.errors()));
        int join = 0;
        assertTrue(vm.steps().get(join) instanceof dev.glas.core.prep.Join);
        vm.previewStep(join);
        String summary = vm.preview().summaryProperty().get();
        // cluster 3 of the fixture has no region; key 9 of the second table is unused
        assertTrue(summary.contains("Matched rows: 450") || summary.contains("Совпало строк: 450")
                || summary.matches("(?s).*\\D450\\D.*"), summary);
        assertTrue(vm.preview().rows().stream().anyMatch(r -> r.column().equals("region_income")));
    }
}
