package dev.glas.ui.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.churn.Balance;
import dev.glas.core.churn.Metrics;
import dev.glas.core.churn.ModelFile;
import dev.glas.core.churn.ModelKind;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.RowSelection;
import dev.glas.core.task.SyncTaskRunner;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.FakeDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The churn ViewModel with the synchronous runner on the committed telco slice (no toolkit). */
class ChurnViewModelTest {

    @TempDir
    Path dir;

    private final AppState state = new AppState();
    private final List<RowSelection> opened = new ArrayList<>();
    private final FakeDialogService dialogs = new FakeDialogService();
    private ChurnViewModel vm;

    static Path telcoPath() throws Exception {
        return Path.of(ChurnViewModelTest.class.getResource("/dev/glas/core/churn/telco_slice.csv").toURI());
    }

    static Dataset telco() throws Exception {
        return new DataImporter().read(telcoPath());
    }

    @BeforeEach
    void setUp() throws Exception {
        state.setSelectionOpener(opened::add);
        vm = new ChurnViewModel(state, new SyncTaskRunner(), dialogs);
        state.currentDatasetProperty().set(telco());
    }

    private void runFast() {
        vm.useRfProperty().set(false);
        vm.foldsProperty().set(3);
        vm.run();
        assertEquals(List.of(), dialogs.errors());
        assertNotNull(vm.resultProperty().get());
    }

    @Test
    void setUpGuessesTargetPositiveAndWarnsAboutTheId() {
        assertEquals("Churn", vm.targetProperty().get());
        // the importer reads Yes/No columns as booleans, so the positive value is "true" (or "Yes" with a text column)
        assertTrue(List.of("Yes", "true").contains(vm.positiveProperty().get()), vm.positiveProperty().get());
        assertTrue(vm.balanceTextProperty().get().contains("%"), vm.balanceTextProperty().get());
        assertTrue(vm.warnings().stream().anyMatch(w -> w.contains("customerID")));
        assertFalse(vm.features().stream().filter(f -> f.name().equals("customerID")).findFirst().orElseThrow()
                .selected().get());
        assertTrue(vm.features().stream().noneMatch(f -> f.name().equals("Churn")));
    }

    /** Yes/No targets (read as booleans) show yes/no in the UI language, with "yes" chosen and listed first. */
    @Test
    void positiveClassIsShownInTheUsersTerms() throws Exception {
        java.util.Locale before = dev.glas.core.i18n.Messages.locale();
        try {
            assertEquals(List.of("true", "false"), List.copyOf(vm.targetValues()));
            assertEquals("true", vm.positiveProperty().get());
            dev.glas.core.i18n.Messages.setLocale(java.util.Locale.of("ru"));
            assertEquals("да", vm.valueLabel("true"));
            assertEquals("нет", vm.valueLabel("false"));
            dev.glas.core.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
            assertEquals("yes", vm.valueLabel("true"));
            vm.targetProperty().set("Partner"); // another Yes/No column
            assertEquals("true", vm.positiveProperty().get());
            vm.targetProperty().set("Contract"); // text: as in the file, the rarest class by default
            assertEquals("Month-to-month", vm.valueLabel("Month-to-month"));
            var counts = vm.datasetProperty().get().column("Contract").asStringColumn().countByCategory();
            String rarest = vm.targetValues().stream().min(java.util.Comparator.comparingInt(v -> counts.stream()
                    .filter(r -> r.getString(0).equals(v)).mapToInt(r -> r.getInt(1)).sum())).orElseThrow();
            assertEquals(rarest, vm.positiveProperty().get());
            state.currentDatasetProperty().set(new DataImporter().read(Path.of(ChurnViewModelTest.class
                    .getResource("/dev/glas/core/churn/bank_slice.csv").toURI())));
            assertEquals("y", vm.targetProperty().get());
            assertEquals("true", vm.positiveProperty().get());
            assertEquals("yes", vm.valueLabel(vm.positiveProperty().get()));
            assertTrue(vm.balanceTextProperty().get().contains("%"));
        } finally {
            dev.glas.core.i18n.Messages.setLocale(before);
        }
    }

    /** Cost fields: both decimal separators, bad text → localized inline error and the last valid cost. */
    @Test
    void costFieldsParseBothDecimalSeparators() {
        runFast();
        double profit0 = vm.thresholdTextProperty().get().length();
        vm.costMissedInput().textProperty().set("1,5");
        assertEquals(1.5, vm.costMissedProperty().get());
        vm.costContactInput().textProperty().set("0.25");
        assertEquals(0.25, vm.costContactProperty().get());
        String text = vm.thresholdTextProperty().get();
        vm.costMissedInput().textProperty().set("много");
        assertEquals(1.5, vm.costMissedProperty().get());
        assertFalse(vm.costMissedInput().errorProperty().get().isEmpty());
        assertEquals(text, vm.thresholdTextProperty().get()); // nothing recomputed from a bad text
        assertTrue(profit0 > 0);
        vm.costMissedInput().textProperty().set("1000");
        assertEquals("", vm.costMissedInput().errorProperty().get());
        assertEquals(1000, vm.costMissedProperty().get());
    }

    /** The bundled bank and telco samples: target guessed, "yes" chosen and shown as да in Russian. */
    @Test
    void samplesShowYesInTheUiLanguage() throws Exception {
        java.util.Locale before = dev.glas.core.i18n.Messages.locale();
        try {
            dev.glas.core.i18n.Messages.setLocale(java.util.Locale.of("ru"));
            for (var sample : dev.glas.core.data.Samples.list()) {
                if (!List.of("telco_churn", "bank_marketing").contains(sample.id())) {
                    continue;
                }
                state.currentDatasetProperty().set(dev.glas.core.data.Samples.open(sample));
                assertEquals(sample.id().equals("telco_churn") ? "Churn" : "y", vm.targetProperty().get());
                assertEquals("true", vm.positiveProperty().get());
                assertEquals(List.of("да", "нет"), vm.targetValues().stream().map(vm::valueLabel).toList());
            }
        } finally {
            dev.glas.core.i18n.Messages.setLocale(before);
        }
    }

    @Test
    void runFillsResultsAndTheThresholdFollowsLive() {
        runFast();
        var r = vm.resultProperty().get();
        assertEquals(3, r.leaderboard().size()); // lr, gbm, blend
        assertEquals(r.best().kind(), vm.shownModelProperty().get());
        Metrics.Confusion at05 = vm.confusionProperty().get();
        assertEquals(r.cvRows().length, at05.total());
        vm.thresholdProperty().set(0.2);
        Metrics.Confusion at02 = vm.confusionProperty().get();
        assertTrue(at02.tp() + at02.fp() > at05.tp() + at05.fp());
        vm.costMissedProperty().set(1000);
        vm.costContactProperty().set(10);
        vm.optimizeThreshold();
        assertTrue(vm.thresholdProperty().get() < 0.2, "cheap contacts → low threshold: " + vm.thresholdProperty().get());
        assertTrue(vm.thresholdTextProperty().get().length() > 10);
    }

    @Test
    void drillDownsOpenTheRightClients() throws Exception {
        runFast();
        vm.thresholdProperty().set(0.5);
        Metrics.Confusion c = vm.confusionProperty().get();
        vm.openConfusionCell(1, 0);
        assertEquals(c.fn(), opened.get(0).size());
        var data = vm.resultProperty().get().data();
        int[] y = dev.glas.core.churn.ChurnLab.labels(data, "Churn", vm.positiveProperty().get());
        for (int row : opened.get(0).rows()) {
            assertEquals(1, y[row]);
        }
        vm.openLiftGroup(0);
        assertEquals(vm.resultProperty().get().cvRows().length / 10, opened.get(1).size(), 1);
        vm.openCalibrationBin(0);
        assertEquals(vm.charts().calibration().get(0).rows().length, opened.get(2).size());
    }

    /**
     * The step editor on the churn page: the default steps are the churn defaults; editing them (robust scaling,
     * ordinal codes, clipping of tenure, no imputation of numbers) changes the set-up of the run, and the final
     * model carries exactly the edited steps, fitted.
     */
    @Test
    void editedStepsAreUsedInTheRun() {
        var d = vm.datasetProperty().get();
        assertEquals(dev.glas.core.churn.ChurnSetup.defaultSteps(), List.copyOf(vm.prep().steps()));
        assertEquals(dev.glas.core.churn.ChurnSetup.defaultPipeline(d, vm.chosenFeatures()), vm.setup(d).pipeline());
        var prep = vm.prep();
        int scale = prep.steps().indexOf(new dev.glas.core.prep.Scale(List.of(), dev.glas.core.prep.Scale.Method.ZSCORE));
        prep.editStepParam(scale, "method", "robust");
        int encode = prep.steps().size() - 1;
        prep.editStepParam(encode, "method", "ordinal");
        prep.editStepParam(encode, "method", "no such method");
        assertFalse(prep.stepErrorProperty().get().isEmpty()); // refused, the step stays ordinal
        prep.addStep(dev.glas.core.prep.ClipOutliers.iqr(List.of()));
        prep.editStepColumns(prep.steps().size() - 1, List.of("tenure"));
        assertEquals(List.of("tenure"), prep.stepColumnChoices(prep.steps().size() - 1).stream()
                .filter("tenure"::equals).toList());
        assertFalse(prep.preview().rows().isEmpty()); // the edit previewed the clipping
        int revision = prep.selectionRevisionProperty().get();
        vm.features().stream().filter(f -> f.name().equals("tenure")).forEach(f -> f.selected().set(false));
        assertTrue(prep.selectionRevisionProperty().get() > revision); // the editor refreshes its column choices
        assertFalse(prep.stepColumnChoices(prep.steps().size() - 1).contains("tenure"));
        vm.features().stream().filter(f -> f.name().equals("tenure")).forEach(f -> f.selected().set(true));
        prep.moveStep(prep.steps().size() - 1, -4); // clipping first
        var steps = vm.setup(d).pipeline().steps();
        assertEquals(dev.glas.core.prep.ClipOutliers.iqr(List.of("tenure")), steps.get(0));
        assertTrue(steps.stream().anyMatch(s -> s instanceof dev.glas.core.prep.Scale sc
                && sc.method() == dev.glas.core.prep.Scale.Method.ROBUST && sc.columns().contains("MonthlyCharges")));
        assertTrue(steps.stream().anyMatch(s -> s instanceof dev.glas.core.prep.Encode e
                && e.method() == dev.glas.core.prep.Encode.Method.ORDINAL && e.columns().contains("Contract")));
        runFast();
        var r = vm.resultProperty().get();
        assertEquals(vm.setup(d).pipeline(), r.setup().pipeline());
        var fitted = r.model().pipeline().steps();
        assertTrue(fitted.get(0) instanceof dev.glas.core.prep.ClipOutliers.Fitted, fitted.get(0).toString());
        assertTrue(fitted.stream().anyMatch(f -> f instanceof dev.glas.core.prep.Scale.Fitted sf
                && sf.method() == dev.glas.core.prep.Scale.Method.ROBUST));
        // ordinal codes: one prepared column per category feature, no "Contract=..." one-hot columns
        assertTrue(r.model().prepared().contains("Contract"), r.model().prepared().toString());
        assertTrue(r.model().prepared().stream().noneMatch(c -> c.startsWith("Contract=")));
        // a new dataset starts again from the default steps
        state.currentDatasetProperty().set(null);
        assertEquals(dev.glas.core.churn.ChurnSetup.defaultSteps(), List.copyOf(vm.prep().steps()));
    }

    @Test
    void dropAndRerunRemovesTheFeature() {
        runFast();
        vm.dropAndRerun("TotalCharges");
        assertFalse(vm.resultProperty().get().setup().features().contains("TotalCharges"));
        assertTrue(vm.resultProperty().get().vif().stream().noneMatch(v -> v.feature().equals("TotalCharges")));
    }

    @Test
    void balanceLabComparesFourWays() {
        vm.useRfProperty().set(false);
        vm.useBlendProperty().set(false);
        vm.useGbmProperty().set(false);
        vm.foldsProperty().set(3);
        vm.balanceProperty().set(Balance.NONE);
        vm.run();
        vm.runBalanceLab();
        assertEquals(List.of(), dialogs.errors());
        assertEquals(4, vm.balanceLab().size());
    }

    @Test
    void saveModelAndScoreAFile() throws Exception {
        runFast();
        Path model = dir.resolve("m.glasmodel");
        dialogs.answerSaveFile(model);
        vm.thresholdProperty().set(0.3);
        vm.saveModel();
        assertTrue(Files.exists(model));
        assertEquals(0.3, ModelFile.load(model).threshold(), 1e-12);
        Path out = dir.resolve("scores.csv");
        assertEquals(dev.glas.core.churn.ReasonRows.POSITIVE, vm.scoreReasonsProperty().get()); // the default
        vm.score(model, telcoPath(), out);
        assertEquals(List.of(), dialogs.errors());
        List<String> lines = Files.readAllLines(out);
        assertEquals(1501, lines.size());
        assertTrue(vm.scoringTextProperty().get().contains("1"));
        // reasons only at or above the threshold 0.3: the churn_score column decides which rows have them
        int scoreCol = java.util.Arrays.asList(lines.get(0).split(",")).indexOf("churn_score");
        long below = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            double score = Double.parseDouble(cells[cells.length - 5]);
            assertEquals(score < 0.3, line.endsWith(",,,"), line);
            below += score < 0.3 ? 1 : 0;
        }
        assertTrue(scoreCol > 0 && below > 0 && below < 1500, "rows on both sides: " + below);
        vm.scoreReasonsProperty().set(dev.glas.core.churn.ReasonRows.ALL);
        vm.score(model, telcoPath(), out);
        assertTrue(Files.readAllLines(out).stream().skip(1).noneMatch(l -> l.endsWith(",,,")));
        var w = vm.charts().waterfall(0);
        assertEquals(vm.resultProperty().get().model().features().size(), w.reasons().size());
        assertEquals(ModelKind.values().length, 4);
    }
}
