package dev.glas.ui.segment;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.i18n.Messages;
import dev.glas.core.prep.FeatureMatrix;
import dev.glas.core.segment.ClusterMetrics;
import dev.glas.core.segment.ClusterTree;
import dev.glas.core.segment.Points;
import dev.glas.core.segment.Prioritizer;
import dev.glas.core.segment.Projection;
import dev.glas.core.segment.SegmentModel;
import dev.glas.ui.common.FileType;
import dev.glas.ui.segment.SegmentViewModel.Clustering;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * Segments page, part 2, for the chosen clustering: the explaining tree with fidelity, a new-client form with
 * the rule path, batch scoring of a new file through the saved pipeline, the priority ranking and the maps.
 */
public final class ClusterInsightsViewModel {

    /** Rows the tree is fitted on at most (sampled with the seed); fidelity is measured on all rows. */
    static final int TREE_ROWS = 20_000;

    private final SegmentViewModel segments;
    private final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", 3);
    private final ReadOnlyObjectWrapper<ClusterTree> tree = new ReadOnlyObjectWrapper<>(this, "tree");
    private final ReadOnlyObjectWrapper<ClusterTree.Fidelity> fidelity = new ReadOnlyObjectWrapper<>(this, "fidelity");
    private final ReadOnlyStringWrapper logistic = new ReadOnlyStringWrapper(this, "logistic", "");
    private final ReadOnlyObjectWrapper<dev.glas.core.segment.LogisticExplainer.Explanation> logisticModel =
            new ReadOnlyObjectWrapper<>(this, "logisticModel");
    private final ObservableList<String> formFeatures = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper classification = new ReadOnlyStringWrapper(this, "classification", "");
    private final StringProperty valueColumn = new SimpleStringProperty(this, "valueColumn", "");
    private final StringProperty riskColumn = new SimpleStringProperty(this, "riskColumn", "");
    private final ObservableList<Prioritizer.Priority> priorities = FXCollections.observableArrayList();
    private final ObjectProperty<Projection.Method> method = new SimpleObjectProperty<>(this, "method",
            Projection.Method.PCA);
    private final ReadOnlyObjectWrapper<Projection> projection = new ReadOnlyObjectWrapper<>(this, "projection");
    private final javafx.beans.property.BooleanProperty threeD =
            new javafx.beans.property.SimpleBooleanProperty(this, "threeD", false);
    private final DataImporter importer = new DataImporter();

    public ClusterInsightsViewModel(SegmentViewModel segments) {
        this.segments = segments;
        segments.clusteringProperty().addListener((o, a, b) -> refresh());
        depth.addListener((o, a, b) -> fitTree());
        valueColumn.addListener((o, a, b) -> rank());
        riskColumn.addListener((o, a, b) -> rank());
        // before the segments restore re-runs the sweep, so the first map already uses the stored method
        segments.state().project().register("segment.projection",
                dev.glas.ui.common.ProjectBridge.ORDER_SEGMENTS - 1, (project, file, done) -> {
                    String m = project.chartChoices().get(PROJECTION_CHOICE);
                    if (m != null) {
                        try {
                            method.set(Projection.Method.valueOf(m));
                        } catch (IllegalArgumentException e) {
                            // a method this version does not know: keep the default
                        }
                    }
                    threeD.set(Boolean.parseBoolean(project.chartChoices().get(PROJECTION_3D_CHOICE)));
                    done.accept(null);
                });
    }

    /** Chart choices stored in the project: the map's projection method and whether it is 3-D. */
    public static final String PROJECTION_CHOICE = "segment.projection";
    public static final String PROJECTION_3D_CHOICE = "segment.projection.3d";

    private void refresh() {
        Clustering c = segments.clusteringProperty().get();
        tree.set(null);
        fidelity.set(null);
        priorities.clear();
        projection.set(null);
        classification.set("");
        logistic.set("");
        logisticModel.set(null);
        if (c == null) {
            formFeatures.clear();
            return;
        }
        formFeatures.setAll(c.analysis().original().names());
        fitTree();
        fitLogistic(c);
        rank();
        computeProjection();
    }

    /** Fits the explaining tree (original units) in the background. */
    public void fitTree() {
        Clustering c = segments.clusteringProperty().get();
        if (c == null) {
            return;
        }
        int d = depth.get();
        long seed = segments.seedProperty().get();
        segments.tasks().submit("segment.task.tree", (p, cancel) -> {
            FeatureMatrix x = medianFilled(c.analysis().original());
            int[] rows = ClusterMetrics.sample(x.rows(), TREE_ROWS, seed);
            int[] lab = java.util.Arrays.stream(rows).map(i -> c.labels()[i]).toArray();
            ClusterTree t = ClusterTree.fit(x.rows(rows), lab, c.k(), d, 5, cancel);
            return new Object[] {t, t.fidelity(x, c.labels())};
        }, r -> {
            fidelity.set((ClusterTree.Fidelity) r[1]);
            tree.set((ClusterTree) r[0]);
        }, segments::fail);
    }

    /**
     * Logistic regression on the prepared features as the alternative explanation: fidelity, and per cluster the
     * features with the largest (centred) coefficients.
     */
    private void fitLogistic(Clustering c) {
        long seed = segments.seedProperty().get();
        segments.tasks().submit("segment.task.tree", (p, cancel) -> dev.glas.core.segment.LogisticExplainer.explain(
                c.analysis().features(), c.labels(), c.k(), seed, cancel), e -> {
                    var f = e.fidelity();
                    StringBuilder recall = new StringBuilder();
                    for (int q = 0; q < f.recall().length; q++) {
                        recall.append(q == 0 ? "" : "; ").append(segments.clusterNames().get(q)).append(": ")
                                .append(Math.round(f.recall()[q] * 100)).append('%');
                    }
                    StringBuilder text = new StringBuilder(Messages.get("segment.explain.logistic", f.accuracy(),
                            recall.toString()));
                    text.append('\n').append(Messages.get("segment.explain.logistic.coef"));
                    for (int q = 0; q < c.k(); q++) {
                        StringBuilder terms = new StringBuilder();
                        for (int j : e.top(q, LOGISTIC_TOP)) {
                            terms.append(terms.isEmpty() ? "" : ", ").append(e.features().get(j)).append(' ')
                                    .append(String.format(Messages.locale(), "%+.2f", e.coefficients()[q][j]));
                        }
                        text.append('\n').append(segments.clusterNames().get(q)).append(": ").append(terms);
                    }
                    logisticModel.set(e);
                    logistic.set(text.toString());
                }, segments::fail);
    }

    /** Features listed per cluster for the logistic regression. */
    static final int LOGISTIC_TOP = 4;

    /**
     * Opens the rows that reach a node of the explaining tree (all clustered rows, original values), described by
     * the rule path from the root.
     */
    public void openTreeNode(ClusterTree.Node node) {
        ClusterTree t = tree.get();
        Clustering c = segments.clusteringProperty().get();
        if (t == null || c == null) {
            return;
        }
        List<ClusterTree.Condition> path = t.conditionsTo(node);
        if (path == null) {
            return;
        }
        segments.tasks().submit("segment.task.tree", (p, cancel) -> t.rowsAt(node, medianFilled(c.analysis().original())),
                rows -> {
                    String rule = path.isEmpty() ? Messages.get("segment.tree.root")
                            : String.join(Messages.get("segment.tree.and"),
                                    path.stream().map(ClusterTree.Condition::toString).toList());
                    segments.openRows(rows, Messages.get("segment.tree.drill", rule, rows.length));
                }, segments::fail);
    }

    /** The logistic-regression explanation (null until fitted). */
    public ReadOnlyObjectProperty<dev.glas.core.segment.LogisticExplainer.Explanation> logisticModelProperty() {
        return logisticModel.getReadOnlyProperty();
    }

    /** The tree needs complete values: missing ones take the column median (of the clustered rows). */
    static FeatureMatrix medianFilled(FeatureMatrix x) {
        double[][] cols = new double[x.dimensions()][];
        for (int j = 0; j < cols.length; j++) {
            double[] c = x.columns()[j].clone();
            double[] present = java.util.Arrays.stream(c).filter(v -> !Double.isNaN(v)).sorted().toArray();
            double med = present.length == 0 ? 0 : present.length % 2 == 1 ? present[present.length / 2]
                    : (present[present.length / 2 - 1] + present[present.length / 2]) / 2;
            for (int i = 0; i < c.length; i++) {
                if (Double.isNaN(c[i])) {
                    c[i] = med;
                }
            }
            cols[j] = c;
        }
        return new FeatureMatrix(x.names(), cols, x.rows());
    }

    /** Classifies one client from the form values (feature → text); shows cluster and rule path. */
    public void classify(Map<String, String> values) {
        ClusterTree t = tree.get();
        Clustering c = segments.clusteringProperty().get();
        if (t == null || c == null) {
            return;
        }
        double[] x = new double[formFeatures.size()];
        List<String> bad = new ArrayList<>();
        for (int j = 0; j < x.length; j++) {
            String v = values.getOrDefault(formFeatures.get(j), "").trim().replace(',', '.');
            try {
                x[j] = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                bad.add(formFeatures.get(j));
            }
        }
        if (!bad.isEmpty()) {
            classification.set(Messages.get("segment.classify.bad", String.join(", ", bad)));
            return;
        }
        ClusterTree.Path path = t.classify(x);
        String rules = String.join(" ∧ ", path.conditions().stream().map(Object::toString).toList());
        String text = Messages.get("segment.classify.tree", segments.clusterNames().get(path.cluster()), rules,
                path.leafPurity());
        int byCentre = nearestCentre(c, x);
        if (byCentre >= 0) {
            text += "\n" + Messages.get("segment.classify.kmeans", segments.clusterNames().get(byCentre));
        }
        classification.set(text);
    }

    /** The k-means cluster of one client, replaying the fitted preparation on a one-row table. */
    private int nearestCentre(Clustering c, double[] x) {
        try {
            Table t = Table.create("client");
            Map<String, ColumnType> types = new LinkedHashMap<>();
            for (int j = 0; j < x.length; j++) {
                t.addColumns(DoubleColumn.create(formFeatures.get(j), new double[] {x[j]}));
                types.put(formFeatures.get(j), ColumnType.NUMERIC);
            }
            return model(c).score(new Dataset("client", t, types, null), dev.glas.core.task.Cancellation.NEVER)[0];
        } catch (dev.glas.core.prep.PrepException e) {
            return -1; // the pipeline needs non-numeric inputs: the tree answer stands alone
        }
    }

    SegmentModel model(Clustering c) {
        return SegmentModel.of(c.analysis().prep().pipeline(), c.analysis().features().names(),
                c.analysis().sweep().model(c.k()), List.copyOf(segments.clusterNames()), segments.seedProperty().get());
    }

    /** Saves the model (pipeline + centres + names) as JSON. */
    public void saveModel() {
        Clustering c = segments.clusteringProperty().get();
        if (c == null) {
            return;
        }
        segments.dialogs().chooseSaveFile(Messages.get("segment.model.save"), "segments.glasseg.json",
                List.of(new FileType("filetype.all", List.of("json")))).ifPresent(f -> {
                    try {
                        model(c).save(f);
                    } catch (Exception e) {
                        segments.fail(e);
                    }
                });
    }

    /** Assigns clusters to a new file through the saved pipeline and writes it with a cluster column. */
    public void scoreFile() {
        Clustering c = segments.clusteringProperty().get();
        if (c == null) {
            return;
        }
        var dialogs = segments.dialogs();
        dialogs.chooseOpenFile(Messages.get("segment.score.open"), List.of(FileType.DATA, FileType.ALL)).ifPresent(in ->
                dialogs.chooseSaveFile(Messages.get("segment.score.save"), "scored.csv", List.of(FileType.CSV))
                        .ifPresent(out -> scoreFile(in, out)));
    }

    public void scoreFile(Path in, Path out) {
        Clustering c = segments.clusteringProperty().get();
        SegmentModel m = model(c);
        segments.tasks().submit("segment.task.score", (p, cancel) -> {
            Dataset data = importer.read(in);
            int[] labels = m.score(data, cancel);
            ScoredFile.write(data, labels, m.names(), out);
            return labels.length;
        }, n -> segments.dialogs().showInfo(Messages.get("segment.title"),
                Messages.get("segment.score.done", n, out.getFileName())), segments::fail);
    }

    private void rank() {
        Clustering c = segments.clusteringProperty().get();
        priorities.clear();
        if (c == null) {
            return;
        }
        double[] value = column(c, valueColumn.get());
        double[] risk = column(c, riskColumn.get());
        priorities.setAll(Prioritizer.rank(c.labels(), c.k(), value, risk));
    }

    private static double[] column(Clustering c, String name) {
        Dataset d = c.analysis().data();
        if (name == null || name.isEmpty() || !d.types().containsKey(name)
                || !(d.column(name) instanceof NumericColumn<?> nc)) {
            return null;
        }
        int[] src = c.analysis().prep().sourceRows();
        double[] v = new double[src.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = nc.isMissing(src[i]) ? Double.NaN : nc.getDouble(src[i]);
        }
        return v;
    }

    /** Numeric columns of the data, for the value and risk choosers. */
    public List<String> numericColumns() {
        Clustering c = segments.clusteringProperty().get();
        return c == null ? List.of() : FeatureMatrix.numericColumns(c.analysis().data());
    }

    public void computeProjection() {
        Clustering c = segments.clusteringProperty().get();
        if (c == null) {
            return;
        }
        Projection.Method m = method.get();
        long seed = segments.seedProperty().get();
        int dims = threeD.get() && c.analysis().features().dimensions() >= 3 ? 3 : 2;
        boolean three = threeD.get();
        segments.state().project().update(pr -> pr.withChartChoice(PROJECTION_CHOICE, m.name())
                .withChartChoice(PROJECTION_3D_CHOICE, String.valueOf(three)));
        segments.tasks().submit("segment.task.map", (p, cancel) -> Projection.compute(
                Points.of(c.analysis().features()), m, dims, seed, p, cancel), projection::set, segments::fail);
    }

    public IntegerProperty depthProperty() {
        return depth;
    }

    public ReadOnlyObjectProperty<ClusterTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ClusterTree.Fidelity> fidelityProperty() {
        return fidelity.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty logisticProperty() {
        return logistic.getReadOnlyProperty();
    }

    public ObservableList<String> formFeatures() {
        return formFeatures;
    }

    public ReadOnlyStringProperty classificationProperty() {
        return classification.getReadOnlyProperty();
    }

    public StringProperty valueColumnProperty() {
        return valueColumn;
    }

    public StringProperty riskColumnProperty() {
        return riskColumn;
    }

    public ObservableList<Prioritizer.Priority> priorities() {
        return priorities;
    }

    public ObjectProperty<Projection.Method> methodProperty() {
        return method;
    }

    /** Whether maps are computed in 3 dimensions (shown rotatable). */
    public javafx.beans.property.BooleanProperty threeDProperty() {
        return threeD;
    }

    public ReadOnlyObjectProperty<Projection> projectionProperty() {
        return projection.getReadOnlyProperty();
    }

    public SegmentViewModel segments() {
        return segments;
    }
}
