package dev.glas.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.RowSelection;
import dev.glas.core.segment.ClusterTree;
import dev.glas.core.segment.LogisticExplainer;
import dev.glas.core.task.SyncTaskRunner;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.FakeDialogService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.NumericColumn;

/** Clicking a node of the explaining tree opens its rows; logistic regression shows coefficients per cluster. */
class TreeDrillTest {

    @Test
    void treeNodesOpenTheirRowsWithTheRulePathAndLogisticShowsCoefficients() throws Exception {
        AppState state = new AppState();
        List<RowSelection> opened = new ArrayList<>();
        state.setSelectionOpener(opened::add);
        FakeDialogService dialogs = new FakeDialogService();
        SegmentViewModel vm = new SegmentViewModel(state, new SyncTaskRunner(), dialogs);
        ClusterInsightsViewModel insights = new ClusterInsightsViewModel(vm);
        state.currentDatasetProperty().set(SegmentViewModelTest.points());
        vm.columns().stream().filter(c -> c.name().equals("km") || c.name().equals("rnd"))
                .forEach(c -> c.selected().set(false));
        vm.kMaxProperty().set(6);
        vm.runSweep();
        ClusterTree t = insights.treeProperty().get();
        assertNotNull(t);
        assertTrue(!t.root().leaf());

        insights.openTreeNode(t.root());
        assertEquals(600, opened.get(0).size(), "the root holds every row");

        ClusterTree.Node left = t.root().left();
        insights.openTreeNode(left);
        RowSelection sel = opened.get(1);
        String feature = t.features().get(t.root().feature());
        String rule = new ClusterTree.Condition(feature, true, t.root().threshold()).toString();
        assertTrue(sel.description().contains(rule), sel.description());
        var col = (NumericColumn<?>) sel.dataset().column(feature);
        for (int r : sel.rows()) {
            assertTrue(col.getDouble(r) <= t.root().threshold());
        }
        insights.openTreeNode(t.root().right());
        assertEquals(600, sel.size() + opened.get(2).size(), "left and right split the rows");
        for (int r : opened.get(2).rows()) {
            assertTrue(col.getDouble(r) > t.root().threshold());
        }

        LogisticExplainer.Explanation e = insights.logisticModelProperty().get();
        assertNotNull(e);
        assertEquals(4, e.coefficients().length);
        assertEquals(List.of("a", "b", "c", "d"), e.features());
        for (int j = 0; j < 4; j++) { // centred: coefficients of a feature sum to zero over the clusters
            double sum = 0;
            for (double[] c : e.coefficients()) {
                sum += c[j];
            }
            assertEquals(0, sum, 1e-9);
        }
        String text = insights.logisticProperty().get();
        for (String name : vm.clusterNames()) {
            assertTrue(text.contains(name + ": "), text);
        }
        assertTrue(dialogs.errors().isEmpty(), String.valueOf(dialogs.errors()));
    }
}
