package dev.glas.ui.churn;

import dev.glas.core.churn.Balance;
import dev.glas.core.churn.ChurnModel;
import dev.glas.core.churn.ChurnResult;
import dev.glas.core.churn.ModelKind;
import dev.glas.core.data.Dataset;
import dev.glas.core.project.Project;
import dev.glas.core.project.analyses.ChurnAnalysis;
import dev.glas.core.project.analyses.ChurnSnapshot;
import dev.glas.core.task.TaskRunner;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.ProjectBridge;
import dev.glas.ui.common.ProjectRestore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The churn page in the project: after each run the set-up, seed and threshold-chart choices go into the
 * project with the final model and a {@link ChurnSnapshot} of the lab result; opening the project restores the
 * controls and shows the stored result without retraining (the lab runs again only when the stored result does
 * not fit the data).
 */
final class ChurnProject {

    private static final String TITLE = "churn.ui.title";

    private final ChurnViewModel vm;
    private final AppState state;
    private final TaskRunner tasks;
    private Consumer<String> restoreDone;
    private ChurnAnalysis.State restoring;
    /** The page's preparation steps of the shown result (as edited when it ran). */
    private List<dev.glas.core.prep.Step> ranSteps;

    ChurnProject(ChurnViewModel vm, AppState state, TaskRunner tasks) {
        this.vm = vm;
        this.state = state;
        this.tasks = tasks;
        state.project().register(ChurnAnalysis.INSTANCE.id(), ProjectBridge.ORDER_CHURN, this::restore);
        vm.thresholdProperty().addListener((o, a, b) -> choiceChanged());
        vm.costMissedProperty().addListener((o, a, b) -> choiceChanged());
        vm.costContactProperty().addListener((o, a, b) -> choiceChanged());
        vm.shownModelProperty().addListener((o, a, b) -> choiceChanged());
    }

    /** The page's state for the current result (null before a run). */
    ChurnAnalysis.State projectState() {
        ChurnResult r = vm.resultProperty().get();
        if (r == null) {
            return null;
        }
        var o = r.options();
        ModelKind shown = vm.shownModelProperty().get();
        return new ChurnAnalysis.State(state.project().origin(r.data()), r.setup().target(), r.setup().positive(), r.setup().features(),
                List.of(), o.models().stream().map(ModelKind::id).toList(), o.folds(), o.holdout(), o.balance().id(),
                o.seed(), o.tuneSeconds(), vm.thresholdProperty().get(), vm.costMissedProperty().get(),
                vm.costContactProperty().get(), shown == null ? null : shown.id(), o.permutationRepeats(),
                ranSteps == null ? null : dev.glas.core.prep.PipelineJson.mapper().valueToTree(
                        new dev.glas.core.prep.Pipeline(ranSteps)));
    }

    private void choiceChanged() {
        if (restoreDone == null && vm.resultProperty().get() != null) {
            ChurnAnalysis.State st = projectState();
            state.project().update(p -> p.with(ChurnAnalysis.INSTANCE, st));
        }
    }

    /** A run of the lab finished: its state now, the model and the snapshot once written (background). */
    void ran(ChurnResult r) {
        ranSteps = List.copyOf(vm.prep().steps());
        if (restoring != null) {
            applyChoices(restoring);
        }
        ChurnAnalysis.State st = projectState();
        ChurnModel model = r.model().withThreshold(vm.thresholdProperty().get());
        tasks.submit("project.task.store", (p, c) -> new byte[][] {ChurnSnapshot.modelBytes(model),
            ChurnSnapshot.of(r).write()}, bytes -> {
                state.project().publish(pr -> pr.with(ChurnAnalysis.INSTANCE, st)
                        .withAttachment(ChurnAnalysis.MODEL_ENTRY, bytes[0])
                        .withAttachment(ChurnSnapshot.ENTRY, bytes[1]));
                finish(null);
            }, t -> finish(ProjectRestore.failed(TITLE, t)));
    }

    void failed(Throwable t) {
        finish(ProjectRestore.failed(TITLE, t));
    }

    private void finish(String message) {
        Consumer<String> d = restoreDone;
        restoreDone = null;
        restoring = null;
        if (d != null) {
            d.accept(message);
        }
    }

    private void restore(Project project, Path file, Consumer<String> done) {
        Optional<ChurnAnalysis.State> stored = ProjectRestore.stored(project, ChurnAnalysis.INSTANCE, TITLE, done);
        if (stored.isEmpty()) {
            return;
        }
        ChurnAnalysis.State st = stored.get();
        Dataset d = vm.datasetProperty().get();
        if (d == null) {
            done.accept(ProjectRestore.noData(TITLE));
            return;
        }
        String other = ProjectRestore.otherData(TITLE, st.sourceId(), state.project().origin(d));
        if (other != null) {
            done.accept(other);
            return;
        }
        List<String> missing = new ArrayList<>();
        if (!d.columnNames().contains(st.target())) {
            missing.add(st.target());
        }
        st.features().stream().filter(f -> !d.columnNames().contains(f)).forEach(missing::add);
        if (!missing.isEmpty()) {
            done.accept(ProjectRestore.missingColumns(TITLE, missing));
            return;
        }
        restoreDone = done;
        restoring = st;
        vm.targetProperty().set(st.target());
        if (st.positive() != null && vm.targetValues().contains(st.positive())) {
            vm.positiveProperty().set(st.positive());
        }
        if (!st.features().isEmpty()) {
            vm.features().forEach(f -> f.selected().set(st.features().contains(f.name())));
        }
        try {
            List<dev.glas.core.prep.Step> steps = st.stepList();
            if (steps != null) {
                vm.prep().reset(steps);
            }
            ranSteps = steps == null ? null : List.copyOf(steps);
        } catch (dev.glas.core.prep.PrepException e) {
            finish(ProjectRestore.failed(TITLE, e));
            return;
        }
        if (st.balance() != null) {
            vm.balanceProperty().set(Balance.parse(st.balance()));
        }
        if (st.folds() > 0) {
            vm.foldsProperty().set(st.folds());
        }
        vm.tuneSecondsProperty().set(st.tuneSeconds());
        if (!st.models().isEmpty()) {
            vm.useLrProperty().set(st.models().contains(ModelKind.LR.id()));
            vm.useRfProperty().set(st.models().contains(ModelKind.RF.id()));
            vm.useGbmProperty().set(st.models().contains(ModelKind.GBM.id()));
            vm.useBlendProperty().set(st.models().contains(ModelKind.BLEND.id()));
        }
        Optional<byte[]> model = project.attachment(ChurnAnalysis.MODEL_ENTRY);
        Optional<byte[]> lab = project.attachment(ChurnSnapshot.ENTRY);
        if (model.isEmpty() || lab.isEmpty()) {
            rerun();
            return;
        }
        tasks.submit("project.task.restore", (p, c) -> ChurnSnapshot.read(lab.get())
                .toResult(d, ChurnSnapshot.model(model.get())), r -> {
                    vm.showResult(r);
                    applyChoices(st);
                    finish(null);
                }, t -> rerun());
    }

    /** Runs the lab with the restored set-up; {@link #ran} or {@link #failed} finish the restore. */
    private void rerun() {
        vm.run();
        if (restoreDone != null && !vm.busyProperty().get()) { // the set-up was refused before anything started
            finish(ProjectRestore.noData(TITLE));
        }
    }

    private void applyChoices(ChurnAnalysis.State st) {
        if (st.shownModel() != null) {
            try {
                ModelKind k = ModelKind.parse(st.shownModel());
                if (vm.resultProperty().get() != null && vm.resultProperty().get().score(k) != null) {
                    vm.shownModelProperty().set(k);
                }
            } catch (IllegalArgumentException e) {
                // a model this version does not know: keep the best
            }
        }
        if (st.costMissed() != null) {
            vm.costMissedProperty().set(st.costMissed());
        }
        if (st.costContact() != null) {
            vm.costContactProperty().set(st.costContact());
        }
        if (st.threshold() != null) {
            vm.thresholdProperty().set(st.threshold());
        }
    }
}
