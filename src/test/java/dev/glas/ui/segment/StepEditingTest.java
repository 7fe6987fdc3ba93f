package dev.glas.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.prep.ClipOutliers;
import dev.glas.core.prep.DropColumns;
import dev.glas.core.prep.DropSparse;
import dev.glas.core.prep.Impute;
import dev.glas.core.prep.Scale;
import dev.glas.core.prep.Step;
import dev.glas.core.task.SyncTaskRunner;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.FakeDialogService;
import dev.glas.ui.common.StepParams;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Editing preparation steps in place (and the choose-k curves growing one k at a time): target columns, parameters, refused values, the drop-columns step. */
class StepEditingTest {

    private static SegmentViewModel vm() throws Exception {
        AppState state = new AppState();
        SegmentViewModel vm = new SegmentViewModel(state, new SyncTaskRunner(), new FakeDialogService());
        state.currentDatasetProperty().set(SegmentViewModelTest.points());
        return vm;
    }

    @Test
    void parametersAndColumnsAreEditedInPlace() throws Exception {
        SegmentViewModel vm = vm();
        // default steps: drop sparse, impute median, z-score
        assertEquals(3, vm.steps().size());
        vm.editStepParam(1, "method", "constant");
        Impute imp = (Impute) vm.steps().get(1);
        assertEquals(Impute.Method.CONSTANT, imp.method());
        assertEquals("0", imp.constant());
        vm.editStepParam(1, "constant", "-1");
        assertEquals("-1", ((Impute) vm.steps().get(1)).constant());
        vm.editStepColumns(1, List.of("a", "b"));
        assertEquals(List.of("a", "b"), ((Impute) vm.steps().get(1)).columns());
        assertEquals(Impute.Method.CONSTANT, ((Impute) vm.steps().get(1)).method());

        vm.editStepParam(2, "method", "robust");
        assertEquals(new Scale(List.of(), Scale.Method.ROBUST), vm.steps().get(2));
        vm.editStepParam(0, "threshold", "25");
        assertEquals(0.25, ((DropSparse) vm.steps().get(0)).threshold(), 1e-12);

        vm.addStep(ClipOutliers.iqr(List.of()));
        vm.editStepParam(3, "method", "quantile");
        vm.editStepParam(3, "lower", "0,05"); // decimal comma as typed in the Russian UI
        vm.editStepParam(3, "upper", "0.95");
        ClipOutliers clip = (ClipOutliers) vm.steps().get(3);
        assertEquals(ClipOutliers.Method.QUANTILE, clip.method());
        assertEquals(0.05, clip.lower(), 1e-12);
        assertEquals(0.95, clip.upper(), 1e-12);
        assertEquals(List.of("method", "lower", "upper"),
                StepParams.of(clip).stream().map(StepParams.Param::name).toList());
        // the preview shows the edited step: clipped to the 5%–95% quantiles of each column
        assertFalse(vm.preview().rows().isEmpty());
        assertTrue(vm.stepErrorProperty().get().isEmpty());
    }

    @Test
    void badValuesAreRefusedAndTheStepStays() throws Exception {
        SegmentViewModel vm = vm();
        vm.addStep(ClipOutliers.quantiles(List.of(), 0.01, 0.99));
        Step before = vm.steps().get(3);
        vm.editStepParam(3, "lower", "0.995"); // lower above upper
        assertEquals(before, vm.steps().get(3));
        assertFalse(vm.stepErrorProperty().get().isEmpty());
        vm.editStepParam(3, "upper", "abc");
        assertEquals(before, vm.steps().get(3));
        vm.editStepParam(3, "upper", "0.9");
        assertTrue(vm.stepErrorProperty().get().isEmpty());
        assertEquals(0.9, ((ClipOutliers) vm.steps().get(3)).upper(), 1e-12);
    }

    @Test
    void columnChoicesFollowTheStepKindAndDropColumnsRemovesAFeature() throws Exception {
        SegmentViewModel vm = vm();
        List<String> selected = vm.selectedColumns();
        assertEquals(selected, vm.stepColumnChoices(2)); // scale: all selected columns are numeric here
        assertEquals(List.of(), vm.stepColumnChoices(0)); // drop sparse has no target columns
        vm.addStep(new DropColumns(List.of()));
        vm.moveStep(3, -2); // drop before imputation and scaling
        assertTrue(vm.steps().get(1) instanceof DropColumns);
        vm.editStepColumns(1, List.of("rnd", "km"));
        vm.kMinProperty().set(2);
        vm.kMaxProperty().set(4);
        vm.runSweep();
        assertEquals(List.of("a", "b", "c", "d"), vm.analysisProperty().get().features().names());
        assertEquals(List.of("a", "b", "c", "d"), vm.analysisProperty().get().original().names());
    }

    @Test
    void sweepScoresArriveOneKAtATimeBeforeTheResult() throws Exception {
        SegmentViewModel vm = vm();
        vm.kMinProperty().set(2);
        vm.kMaxProperty().set(5);
        List<Integer> sizes = new java.util.ArrayList<>();
        List<Boolean> resultYet = new java.util.ArrayList<>();
        vm.sweepScores().addListener((javafx.collections.ListChangeListener<dev.glas.core.segment.KScore>) c -> {
            sizes.add(vm.sweepScores().size());
            resultYet.add(vm.analysisProperty().get() != null);
        });
        vm.runSweep();
        // cleared at the start (already empty: no event), then k = 2, 3, 4, 5 one by one, then the whole sweep
        assertEquals(List.of(1, 2, 3, 4, 4), sizes);
        assertEquals(List.of(false, false, false, false, false), resultYet);
        assertEquals(List.of(2, 3, 4, 5), vm.sweepScores().stream().map(dev.glas.core.segment.KScore::k).toList());
        assertEquals(vm.analysisProperty().get().sweep().scores(), List.copyOf(vm.sweepScores()));
        // a new dataset clears the curves
        vm.setDataset(SegmentViewModelTest.points());
        assertTrue(vm.sweepScores().isEmpty());
    }
}
