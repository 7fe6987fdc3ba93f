package dev.glas.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.RowSelection;
import dev.glas.core.segment.GaussianMixture;
import dev.glas.core.task.SyncTaskRunner;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.FakeDialogService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gaussian mixture next to k-means: summary and drill-down of a component. */
class MixtureViewModelTest {

    @Test
    void mixtureOnTheChosenKAndComponentDrillDown() throws Exception {
        AppState state = new AppState();
        List<RowSelection> opened = new ArrayList<>();
        state.setSelectionOpener(opened::add);
        FakeDialogService dialogs = new FakeDialogService();
        SegmentViewModel vm = new SegmentViewModel(state, new SyncTaskRunner(), dialogs);
        AlternativesViewModel alt = new AlternativesViewModel(vm);
        state.currentDatasetProperty().set(SegmentViewModelTest.points());
        vm.columns().stream().filter(c -> c.name().equals("km") || c.name().equals("rnd"))
                .forEach(c -> c.selected().set(false));
        vm.kMaxProperty().set(6);
        vm.runSweep();
        assertEquals(4, vm.chosenKProperty().get());
        alt.gaussianMixture();
        assertTrue(dialogs.errors().isEmpty(), String.valueOf(dialogs.errors()));
        GaussianMixture gm = alt.mixtureProperty().get();
        assertNotNull(gm);
        assertEquals(4, gm.k()); // 0 = the chosen k
        assertFalse(alt.mixtureSummaryProperty().get().isEmpty());
        // four well separated groups: the mixture agrees with k-means
        double ari = dev.glas.core.segment.ClusterMetrics.adjustedRand(gm.labels(), vm.clusteringProperty().get().labels());
        assertTrue(ari > 0.95, "ARI " + ari);
        alt.openComponent(2);
        assertEquals(1, opened.size());
        assertEquals(gm.sizes()[2], opened.get(0).size());
        alt.mixtureKProperty().set(2);
        alt.gaussianMixture();
        assertEquals(2, alt.mixtureProperty().get().k());
        vm.runSweep(); // a new analysis clears the mixture
        assertEquals(null, alt.mixtureProperty().get());
    }
}
