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

import dev.glas.core.project.analyses.SegmentAnalysis;
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
import dev.glas.ui.common.PrepPreview;
import dev.glas.ui.common.PrepSteps;
import dev.glas.ui.common.ProjectRestore;
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
    private final PrepSteps prep;
    private final IntegerProperty kMin = new SimpleIntegerProperty(this, "kMin", 2);
    private final IntegerProperty kMax = new SimpleIntegerProperty(this, "kMax", 15);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", (int) SweepOptions.DEFAULT_SEED);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyStringWrapper recommendation = new ReadOnlyStringWrapper(this, "recommendation", "");
    private final ObjectProperty<Integer> chosenK = new SimpleObjectProperty<>(this, "chosenK");
    private final ReadOnlyObjectWrapper<Clustering> clustering = new ReadOnlyObjectWrapper<>(this, "clustering");
    private final ObservableList<String> clusterNames = FXCollections.observableArrayList();
    private final ObservableList<KScore> sweepScores = FXCollections.observableArrayList();
    private final ObservableList<KScore> sweepScoresView = FXCollections.unmodifiableObservableList(sweepScores);
    private int sweepRun;
    private TaskHandle running;
    /** Names the analyst gave (cluster index → name), stored in the project; cleared when k changes. */
    private final java.util.Map<Integer, String> customNames = new java.util.TreeMap<>();
    /** Set while a project is restored: the stored k and names to apply when the sweep finishes. */
    private Integer restoreK;
    private java.util.Map<Integer, String> restoreNames;
    private java.util.function.Consumer<String> restoreDone;

    public SegmentViewModel(AppState state, TaskRunner tasks, DialogService dialogs) {
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.prep = new PrepSteps(tasks, "segment.task.preview", dataset::get, this::selectedColumns, this::fail);
        state.currentDatasetProperty().addListener((o, a, b) -> setDataset(b));
        chosenK.addListener((o, a, b) -> cluster());
        setDataset(state.currentDataset());
        state.project().register("segment.kmeans", dev.glas.ui.common.ProjectBridge.ORDER_SEGMENTS, this::restore);
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
        prep.reset(List.of(new DropSparse(), new Impute(List.of(), Impute.Method.MEDIAN, null, 5, 10, seed.get()),
                new Scale(List.of(), Scale.Method.ZSCORE)));
        if (data == null) {
            return;
        }
        for (String c : data.columnNames()) {
            ColumnType t = data.type(c);
            boolean numeric = FeatureMatrix.numericColumns(data).contains(c);
            SimpleBooleanProperty on = new SimpleBooleanProperty(numeric && !SegmentSetup.looksLikeId(data, c));
            on.addListener((o, a, b) -> prep.selectionChanged());
            columns.add(new ColumnItem(c, t, on));
        }
    }

    public List<String> selectedColumns() {
        return columns.stream().filter(c -> c.selected().get()).map(ColumnItem::name).toList();
    }

    /** The full pipeline: keep the selected columns, then the analyst's steps. */
    public Pipeline pipeline() {
        return prep.pipeline();
    }

    public void addStep(Step step) {
        prep.addStep(step);
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
            prep.steps().add(0, join); // joins come before imputation and scaling
            columns.stream().filter(ci -> ci.name().equals(left)).forEach(ci -> ci.selected().set(true));
        }, this::fail);
    }

    /** See {@link PrepSteps#stepColumnChoices}. */
    public List<String> stepColumnChoices(int index) {
        return prep.stepColumnChoices(index);
    }

    public void editStepColumns(int index, List<String> targets) {
        prep.editStepColumns(index, targets);
    }

    /** See {@link PrepSteps#editStepParam}. */
    public void editStepParam(int index, String param, String value) {
        prep.editStepParam(index, param, value);
    }

    public void removeStep(int index) {
        prep.removeStep(index);
    }

    public void moveStep(int index, int delta) {
        prep.moveStep(index, delta);
    }

    public void previewStep(int index) {
        prep.previewStep(index);
    }

    /** Prepares the data and runs the choose-k sweep in the background (cancellable). */
    public void runSweep() {
        Dataset data = dataset.get();
        if (data == null) {
            dialogs.showInfo(Messages.get("segment.title"), Messages.get("segment.no.data"));
            return;
        }
        Pipeline p = pipeline();
        List<String> dropped = prep.steps().stream().filter(DropColumns.class::isInstance)
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
            Integer k = restoreK != null && a.sweep().scores().stream().anyMatch(x -> x.k() == restoreK) ? restoreK
                    : Integer.valueOf(a.sweep().recommendedK());
            restoreK = null;
            chosenK.set(null);
            chosenK.set(k);
            restoreNames = null;
            finishRestore(null);
        }, t -> {
            fail(t);
            restoreK = null;
            restoreNames = null;
            finishRestore(ProjectRestore.failed("segment.title", t));
        });
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
        customNames.clear();
        if (restoreNames != null) {
            restoreNames.forEach((q, n) -> {
                if (q >= 0 && q < names.size() && n != null && !n.isBlank()) {
                    names.set(q, n);
                    customNames.put(q, n);
                }
            });
        }
        clusterNames.setAll(names);
        clustering.set(new Clustering(a, k, labels, profiles));
        publish();
    }

    public void renameCluster(int cluster, String name) {
        if (name != null && !name.isBlank() && cluster >= 0 && cluster < clusterNames.size()) {
            clusterNames.set(cluster, name.strip());
            customNames.put(cluster, name.strip());
            publish();
        }
    }

    // ---------------------------------------------------------------- project

    /** The page's state as stored in a project (null before a clustering exists). */
    public SegmentAnalysis.State projectState() {
        Clustering c = clustering.get();
        if (c == null) {
            return null;
        }
        return SegmentAnalysis.State.ofPage(selectedColumns(), new Pipeline(List.copyOf(prep.steps())), kMin.get(),
                kMax.get(), seed.get(), c.k(), customNames).withSourceId(state.project().origin(c.analysis().data()));
    }

    /** Puts the page's state (options, steps, seed, k, names) into the project. */
    private void publish() {
        SegmentAnalysis.State st = projectState();
        if (st == null) {
            return;
        }
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        customNames.forEach((q, n) -> names.put(String.valueOf(q), n));
        state.project().publish(p -> p.with(SegmentAnalysis.INSTANCE, st).withClusterNames(
                SegmentAnalysis.INSTANCE.id(), names));
    }

    /**
     * Restores the page from a project: chosen columns, steps, k range and seed, then re-runs the sweep in the
     * background (deterministic with the stored seed) and picks the stored k and cluster names.
     */
    void restore(dev.glas.core.project.Project project, java.nio.file.Path file,
                 java.util.function.Consumer<String> done) {
        SegmentAnalysis.State st;
        Pipeline stored;
        try {
            st = project.get(SegmentAnalysis.INSTANCE).orElse(null);
            if (st == null) {
                done.accept(null);
                return;
            }
            stored = st.pipelineSteps();
        } catch (dev.glas.core.i18n.LocalizedException e) {
            done.accept(ProjectRestore.failed("segment.title", e));
            return;
        }
        Dataset data = dataset.get();
        if (data == null) {
            done.accept(ProjectRestore.noData("segment.title"));
            return;
        }
        String other = ProjectRestore.otherData("segment.title", st.sourceId(), state.project().origin(data));
        if (other != null) {
            done.accept(other);
            return;
        }
        List<String> features = st.features();
        List<Step> restoredSteps = stored.steps();
        if (st.steps() == null || st.steps().isNull()) { // a v1 state: its recipe as page steps
            try {
                features = dev.glas.core.segment.SegmentSetup.features(data, st.features(), st.dropIds());
            } catch (dev.glas.core.prep.PrepException e) {
                done.accept(ProjectRestore.failed("segment.title", e));
                return;
            }
            restoredSteps = dev.glas.core.segment.SegmentSetup.pipeline(data, features,
                    st.impute() == null ? null : Impute.Method.valueOf(st.impute().toUpperCase(java.util.Locale.ROOT)),
                    st.scale() == null ? null : Scale.Method.valueOf(st.scale().toUpperCase(java.util.Locale.ROOT)))
                    .steps().stream().filter(x -> !(x instanceof DropColumns)).toList();
        }
        List<String> missing = features.stream().filter(f -> !data.columnNames().contains(f)).toList();
        if (!missing.isEmpty()) {
            done.accept(ProjectRestore.missingColumns("segment.title", missing));
            return;
        }
        List<String> chosen = features;
        columns.forEach(ci -> ci.selected().set(chosen.contains(ci.name())));
        prep.steps().setAll(restoredSteps);
        kMin.set(st.kMin());
        kMax.set(st.kMax());
        seed.set((int) st.seed());
        restoreK = st.k();
        restoreNames = java.util.Map.copyOf(st.clusterNames());
        restoreDone = done;
        runSweep();
        if (!busy.get() && restoreDone != null) { // nothing was started (no data)
            finishRestore(null);
        }
    }

    private void finishRestore(String message) {
        java.util.function.Consumer<String> d = restoreDone;
        restoreDone = null;
        if (d != null) {
            d.accept(message);
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
        return prep.stepErrorProperty();
    }

    public ObservableList<Step> steps() {
        return prep.steps();
    }

    public PrepPreview preview() {
        return prep.preview();
    }

    /** The shared step editor model (for {@link dev.glas.ui.common.PrepStepsView}). */
    public PrepSteps prep() {
        return prep;
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
