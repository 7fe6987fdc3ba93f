package dev.glas.ui.common;

import dev.glas.core.data.Dataset;
import dev.glas.core.i18n.Messages;
import dev.glas.core.prep.ClipOutliers;
import dev.glas.core.prep.DropColumns;
import dev.glas.core.prep.Encode;
import dev.glas.core.prep.FeatureMatrix;
import dev.glas.core.prep.Log1p;
import dev.glas.core.prep.Pipeline;
import dev.glas.core.prep.Scale;
import dev.glas.core.prep.Step;
import dev.glas.core.task.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editable list of preparation steps shared by the segment and churn pages (view: {@link PrepStepsView}):
 * add, remove, reorder, edit a step's parameters and target columns (see {@link StepParams}; a bad value leaves
 * the step as it was and sets {@link #stepErrorProperty()}), and a before/after {@link PrepPreview} of a step.
 * The page supplies its dataset and the columns the analyst selected; {@link #pipeline()} is "keep the selected
 * columns, then the steps".
 */
public final class PrepSteps {

    private final TaskRunner tasks;
    private final String previewTaskKey;
    private final Supplier<Dataset> dataset;
    private final Supplier<List<String>> selected;
    private final Consumer<Throwable> fail;
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final PrepPreview preview = new PrepPreview();
    private final ReadOnlyStringWrapper stepError = new ReadOnlyStringWrapper(this, "stepError", "");
    private final javafx.beans.property.ReadOnlyIntegerWrapper selection =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "selection");

    /**
     * @param previewTaskKey message key of the preview task in the status bar
     * @param dataset        the page's current data (may give null)
     * @param selected       the columns the analyst selected; the others are dropped before the steps
     * @param fail           shows a failed preview
     */
    public PrepSteps(TaskRunner tasks, String previewTaskKey, Supplier<Dataset> dataset,
                     Supplier<List<String>> selected, Consumer<Throwable> fail) {
        this.tasks = tasks;
        this.previewTaskKey = previewTaskKey;
        this.dataset = dataset;
        this.selected = selected;
        this.fail = fail;
    }

    /** Starts over with these steps (clears the preview and the error). */
    public void reset(List<? extends Step> initial) {
        steps.setAll(initial);
        preview.clear();
        stepError.set("");
    }

    /** The full pipeline: drop the columns that are not selected, then the steps. */
    public Pipeline pipeline() {
        List<Step> all = new ArrayList<>();
        Dataset data = dataset.get();
        if (data != null) {
            List<String> sel = selected.get();
            List<String> drop = data.columnNames().stream().filter(c -> !sel.contains(c)).toList();
            if (!drop.isEmpty()) {
                all.add(new DropColumns(drop));
            }
        }
        all.addAll(steps);
        return new Pipeline(all);
    }

    public void addStep(Step step) {
        steps.add(step);
    }

    public void removeStep(int index) {
        if (index >= 0 && index < steps.size()) {
            steps.remove(index);
        }
    }

    public void moveStep(int index, int delta) {
        int to = index + delta;
        if (index >= 0 && index < steps.size() && to >= 0 && to < steps.size()) {
            Step s = steps.remove(index);
            steps.add(to, s);
        }
    }

    /**
     * Columns the analyst can pick as targets of step {@code index}: selected columns, numeric ones for scaling,
     * clipping and the log transform, non-numeric ones for encoding. Empty when the step has no target columns.
     */
    public List<String> stepColumnChoices(int index) {
        Dataset data = dataset.get();
        if (data == null || index < 0 || index >= steps.size() || !StepParams.hasColumns(steps.get(index))) {
            return List.of();
        }
        Step s = steps.get(index);
        List<String> numeric = FeatureMatrix.numericColumns(data);
        boolean numericOnly = s instanceof Scale || s instanceof ClipOutliers || s instanceof Log1p;
        boolean categorical = s instanceof Encode;
        return selected.get().stream().filter(c -> numericOnly ? numeric.contains(c)
                : !categorical || !numeric.contains(c)).toList();
    }

    /** Sets the target columns of step {@code index} (empty = every applicable column). */
    public void editStepColumns(int index, List<String> targets) {
        if (index >= 0 && index < steps.size()) {
            replaceStep(index, StepParams.withColumns(steps.get(index), targets));
        }
    }

    /**
     * Changes one parameter of step {@code index} (see {@link StepParams#of}); a bad value leaves the step as it
     * was and sets {@link #stepErrorProperty()}.
     */
    public void editStepParam(int index, String param, String value) {
        if (index < 0 || index >= steps.size()) {
            return;
        }
        Step s = steps.get(index);
        try {
            replaceStep(index, StepParams.with(s, param, value));
        } catch (IllegalArgumentException e) {
            String label = StepParams.of(s).stream().filter(p -> p.name().equals(param))
                    .map(p -> Messages.get(p.labelKey())).findFirst().orElse(param);
            stepError.set(Messages.get("segment.param.invalid", label, value));
        }
    }

    private void replaceStep(int index, Step replacement) {
        stepError.set("");
        if (!replacement.equals(steps.get(index))) {
            steps.set(index, replacement);
            previewStep(index);
        }
    }

    /** Before/after preview of step {@code index} of {@link #steps()} on the page's data (in the background). */
    public void previewStep(int index) {
        Dataset data = dataset.get();
        if (data == null || index < 0 || index >= steps.size()) {
            preview.clear();
            return;
        }
        Pipeline p = pipeline();
        int offset = p.steps().size() - steps.size();
        tasks.submit(previewTaskKey, (pr, c) -> PrepPreview.compute(data, p, offset + index, pr, c), preview::show,
                fail);
    }

    /** The page's selected columns changed: the column choices of the steps change with them. */
    public void selectionChanged() {
        selection.set(selection.get() + 1);
    }

    /** Counts {@link #selectionChanged()} calls (the editor rebuilds its column choices on a change). */
    public javafx.beans.property.ReadOnlyIntegerProperty selectionRevisionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ObservableList<Step> steps() {
        return steps;
    }

    public PrepPreview preview() {
        return preview;
    }

    /** Why the last parameter edit was refused (empty when it was accepted). */
    public ReadOnlyStringProperty stepErrorProperty() {
        return stepError.getReadOnlyProperty();
    }
}
