package dev.glas.ui.segment;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.NamedSegment;
import dev.glas.core.data.RowSelection;
import dev.glas.core.i18n.Messages;
import dev.glas.core.prep.DropColumns;
import dev.glas.core.prep.DropSparse;
import dev.glas.core.prep.FeatureMatrix;
import dev.glas.core.prep.Impute;
import dev.glas.core.prep.Pipeline;
import dev.glas.core.prep.PrepResult;
import dev.glas.core.prep.Scale;
import dev.glas.core.prep.Step;

import dev.glas.core.segment.KScore;
import dev.glas.core.segment.KSweep;
import dev.glas.core.segment.Points;
import dev.glas.core.segment.Profiles;
import dev.glas.core.segment.SegmentSetup;
import dev.glas.core.segment.SweepOptions;
import dev.glas.core.segment.SweepResult;
import dev.glas.core.task.TaskHandle;
import dev.glas.core.task.TaskRunner;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Segments page, part 1: columns and preparation steps (with a before/after preview), the choose-k sweep and
 * the chosen k's clustering with profiles and cluster names. Explaining, maps and prioritising build on
 * {@link #clusteringProperty()} in {@link ClusterInsightsViewModel}.
 */
public final class SegmentViewModel {

    /** A column the analyst can use as a feature. */
    public record ColumnItem(String name, ColumnType type, BooleanProperty selected) {
    }

    /**
     * The data as clustered: preparation result, features, the original (unscaled) numeric inputs of the used
     * rows, and the sweep.
     */
    public record Analysis(Dataset data, PrepResult prep, FeatureMatrix features, FeatureMatrix original,
                           SweepResult sweep) {
    }

    /** The chosen k: labels per prepared row and the profiles. */
    public record Clustering(Analysis analysis, int k, int[] labels, Profiles profiles) {
    }

    private final AppState state;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ObservableList<ColumnItem> columns = FXCollections.observableArrayList();
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final PrepPreview preview = new PrepPreview();
    private final IntegerProperty kMin = new SimpleIntegerProperty(this, "kMin", 2);
    private final IntegerProperty kMax = new SimpleIntegerProperty(this, "kMax", 15);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", (int) SweepOptions.DEFAULT_SEED);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyStringWrapper recommendation = new ReadOnlyStringWrapper(this, "recommendation", "");
    private final ObjectProperty<Integer> chosenK = new SimpleObjectProperty<>(this, "chosenK");
    private final ReadOnlyObjectWrapper<Clustering> clustering = new ReadOnlyObjectWrapper<>(this, "clustering");
    private final ObservableList<String> clusterNames = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper stepError = new ReadOnlyStringWrapper(this, "stepError", "");
    private final ObservableList<KScore> sweepScores = FXCollections.observableArrayList();
    private final ObservableList<KScore> sweepScoresView = FXCollections.unmodifiableObservableList(sweepScores);
    private int sweepRun;
    private TaskHandle running;

    public SegmentViewModel(AppState state, TaskRunner tasks, DialogService dialogs) {
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        state.currentDatasetProperty().addListener((o, a, b) -> setDataset(b));
        chosenK.addListener((o, a, b) -> cluster());
        setDataset(state.currentDataset());
    }

    /** Uses a dataset: numeric non-identifier columns selected, default steps (drop sparse, median, z-score). */
    public void setDataset(Dataset data) {
        dataset.set(data);
        sweepRun++;
        sweepScores.clear();
        analysis.set(null);
        clustering.set(null);
        recommendation.set("");
        columns.clear();
        preview.clear();
        steps.setAll(new DropSparse(), new Impute(List.of(), Impute.Method.MEDIAN, null, 5, 10, seed.get()),
                new Scale(List.of(), Scale.Method.ZSCORE));
        if (data == null) {
            return;
        }
        for (String c : data.columnNames()) {
            ColumnType t = data.type(c);
            boolean numeric = FeatureMatrix.numericColumns(data).contains(c);
            columns.add(new ColumnItem(c, t, new SimpleBooleanProperty(numeric && !SegmentSetup.looksLikeId(data, c))));
        }
    }

    public List<String> selectedColumns() {
        return columns.stream().filter(c -> c.selected().get()).map(ColumnItem::name).toList();
    }

    /** The full pipeline: keep the selected columns, then the analyst's steps. */
    public Pipeline pipeline() {
        List<Step> all = new ArrayList<>();
        List<String> sel = selectedColumns();
        List<String> drop = columns.stream().map(ColumnItem::name).filter(c -> !sel.contains(c)).toList();
        if (!drop.isEmpty()) {
            all.add(new DropColumns(drop));
        }
        all.addAll(steps);
        return new Pipeline(all);
    }

    public void addStep(Step step) {
        steps.add(step);
    }

    /**
     * Adds a join with a second table: asks for the file and the key ("key" when both tables name it the same,
     * or "left=right"); the second table is read in the background and kept inside the step.
     */
    public void addJoin() {
        dialogs.chooseOpenFile(Messages.get("segment.join.open"), List.of(dev.glas.ui.common.FileType.DATA,
                dev.glas.ui.common.FileType.ALL)).ifPresent(file -> dialogs.askText(Messages.get("segment.join.title"),
                        Messages.get("segment.join.key"), "").ifPresent(key -> addJoin(file, key)));
    }

    public void addJoin(java.nio.file.Path file, String key) {
        String[] k = key.split("=", 2);
        String left = k[0].strip();
        String right = k.length > 1 ? k[1].strip() : left;
        tasks.submit("segment.task.join", (p, c) -> {
            Dataset second = new dev.glas.core.data.DataImporter().read(file);
            if (!second.types().containsKey(right)) {
                throw new dev.glas.core.prep.PrepException("segment.prep.error.missing.columns", right);
            }
            return new dev.glas.core.prep.Join(left, right, dev.glas.core.prep.LookupTable.of(second), null);
        }, join -> {
            steps.add(0, join); // joins come before imputation and scaling
            columns.stream().filter(ci -> ci.name().equals(left)).forEach(ci -> ci.selected().set(true));
        }, this::fail);
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
        boolean numericOnly = s instanceof Scale || s instanceof dev.glas.core.prep.ClipOutliers
                || s instanceof dev.glas.core.prep.Log1p;
        boolean categorical = s instanceof dev.glas.core.prep.Encode;
        return selectedColumns().stream().filter(c -> numericOnly ? numeric.contains(c)
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

    /** Before/after preview of step {@code index} of {@link #steps()}. */
    public void previewStep(int index) {
        Dataset data = dataset.get();
        if (data == null || index < 0 || index >= steps.size()) {
            preview.clear();
            return;
        }
        Pipeline p = pipeline();
        int offset = p.steps().size() - steps.size();
        tasks.submit("segment.task.preview", (pr, c) -> PrepPreview.compute(data, p, offset + index, pr, c),
                preview::show, this::fail);
    }

    /** Prepares the data and runs the choose-k sweep in the background (cancellable). */
    public void runSweep() {
        Dataset data = dataset.get();
        if (data == null) {
            dialogs.showInfo(Messages.get("segment.title"), Messages.get("segment.no.data"));
            return;
        }
        Pipeline p = pipeline();
        List<String> dropped = steps.stream().filter(DropColumns.class::isInstance)
                .flatMap(st -> ((DropColumns) st).columns().stream()).toList();
        List<String> inputs = selectedColumns().stream().filter(c -> FeatureMatrix.numericColumns(data).contains(c))
                .filter(c -> !dropped.contains(c)).toList();
        SweepOptions o = SweepOptions.range(kMin.get(), kMax.get(), seed.get());
        busy.set(true);
        analysis.set(null);
        recommendation.set("");
        sweepScores.clear();
        int run = ++sweepRun;
        running = tasks.submit("segment.task.sweep", (pr, c) -> {
            PrepResult prep = p.fit(data, pr.slice(0, 0.05), c);
            FeatureMatrix fm = prep.features();
            FeatureMatrix original = originalValues(data, inputs, prep.sourceRows());
            // each finished k goes to the UI thread at once, so the charts grow while the sweep runs
            SweepResult sweep = KSweep.run(Points.of(fm), fm.names(), o, pr.slice(0.05, 1), c,
                    score -> tasks.deliver(() -> {
                        if (run == sweepRun) {
                            sweepScores.add(score);
                        }
                    }));
            return new Analysis(data, prep, fm, original, sweep);
        }, a -> {
            busy.set(false);
            sweepScores.setAll(a.sweep().scores());
            analysis.set(a);
            recommendation.set(a.sweep().reason());
            chosenK.set(null);
            chosenK.set(a.sweep().recommendedK());
        }, this::fail);
    }

    /** The original numeric values (NaN where missing) of the given rows, for profiles and the tree. */
    static FeatureMatrix originalValues(Dataset data, List<String> columns, int[] rows) {
        double[][] cols = new double[columns.size()][rows.length];
        for (int j = 0; j < cols.length; j++) {
            var c = (tech.tablesaw.api.NumericColumn<?>) data.column(columns.get(j));
            for (int i = 0; i < rows.length; i++) {
                cols[j][i] = c.isMissing(rows[i]) ? Double.NaN : c.getDouble(rows[i]);
            }
        }
        return new FeatureMatrix(columns, cols, rows.length);
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void cluster() {
        Analysis a = analysis.get();
        Integer k = chosenK.get();
        if (a == null || k == null) {
            clustering.set(null);
            return;
        }
        int[] labels = a.sweep().model(k).labels();
        Profiles profiles = Profiles.of(a.original(), labels, k);
        List<String> names = new ArrayList<>();
        for (Profiles.ClusterProfile cp : profiles.clusters()) {
            names.add(Messages.get("segment.cluster.name", cp.cluster() + 1) + ": " + cp.suggestedName());
        }
        clusterNames.setAll(names);
        clustering.set(new Clustering(a, k, labels, profiles));
    }

    public void renameCluster(int cluster, String name) {
        if (name != null && !name.isBlank() && cluster >= 0 && cluster < clusterNames.size()) {
            clusterNames.set(cluster, name.strip());
        }
    }

    /** Asks for a new name of a cluster. */
    public void askRename(int cluster) {
        if (cluster >= 0 && cluster < clusterNames.size()) {
            dialogs.askText(Messages.get("segment.rename.title"), Messages.get("segment.rename.prompt"),
                    clusterNames.get(cluster)).ifPresent(n -> renameCluster(cluster, n));
        }
    }

    /** The original rows behind prepared rows {@code preparedRows}. */
    public RowSelection selection(int[] preparedRows, String description) {
        Clustering cl = clustering.get();
        int[] src = cl.analysis().prep().sourceRows();
        int[] rows = new int[preparedRows.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = src[preparedRows[i]];
        }
        return RowSelection.of(cl.analysis().data(), rows, description);
    }

    public RowSelection clusterSelection(int cluster) {
        Clustering cl = clustering.get();
        int[] rows = java.util.stream.IntStream.range(0, cl.labels().length).filter(i -> cl.labels()[i] == cluster)
                .toArray();
        return selection(rows, Messages.get("segment.drill.cluster", clusterNames.get(cluster), rows.length));
    }

    public void openCluster(int cluster) {
        if (clustering.get() != null) {
            state.openSelection(clusterSelection(cluster));
        }
    }

    /** Opens the rows of a cluster whose value of a feature is in the heatmap cell's cluster (same rows). */
    public void openRows(int[] preparedRows, String description) {
        if (clustering.get() != null && preparedRows.length > 0) {
            state.openSelection(selection(preparedRows, description));
        }
    }

    /** Saves a cluster as a named segment under its current name. */
    public void saveCluster(int cluster) {
        if (clustering.get() != null) {
            state.putSegment(new NamedSegment(clusterNames.get(cluster), clusterSelection(cluster)));
        }
    }

    void fail(Throwable t) {
        busy.set(false);
        if (!(t instanceof dev.glas.core.task.CancelledException)) {
            dialogs.showError(Messages.get("segment.title"), t);
        }
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ObservableList<ColumnItem> columns() {
        return columns;
    }

    /** Why the last parameter edit was refused (empty when it was accepted). */
    public ReadOnlyStringProperty stepErrorProperty() {
        return stepError.getReadOnlyProperty();
    }

    public ObservableList<Step> steps() {
        return steps;
    }

    public PrepPreview preview() {
        return preview;
    }

    public IntegerProperty kMinProperty() {
        return kMin;
    }

    public IntegerProperty kMaxProperty() {
        return kMax;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /**
     * Scores of the k values finished so far: filled one k at a time while the sweep runs (UI thread), then the
     * whole sweep. Cleared when a sweep starts.
     */
    public ObservableList<KScore> sweepScores() {
        return sweepScoresView;
    }

    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recommendationProperty() {
        return recommendation.getReadOnlyProperty();
    }

    public ObjectProperty<Integer> chosenKProperty() {
        return chosenK;
    }

    public ReadOnlyObjectProperty<Clustering> clusteringProperty() {
        return clustering.getReadOnlyProperty();
    }

    public ObservableList<String> clusterNames() {
        return clusterNames;
    }

    AppState state() {
        return state;
    }

    TaskRunner tasks() {
        return tasks;
    }

    DialogService dialogs() {
        return dialogs;
    }
}
