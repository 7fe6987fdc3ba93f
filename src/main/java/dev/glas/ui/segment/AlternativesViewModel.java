package dev.glas.ui.segment;

import dev.glas.core.i18n.Messages;
import dev.glas.core.prep.FeatureMatrix;
import dev.glas.core.segment.ClusterMetrics;
import dev.glas.core.segment.Dbscan;
import dev.glas.core.segment.Dendrogram;
import dev.glas.core.segment.FeatureChoice;
import dev.glas.core.segment.GaussianMixture;
import dev.glas.core.segment.Points;
import dev.glas.core.segment.SweepOptions;
import dev.glas.ui.segment.SegmentViewModel.Clustering;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Segments page, part 3: feature choice (best small subset vs all features; the sweep with and without a
 * feature group, side by side), Ward hierarchical clustering with a dendrogram, and DBSCAN.
 */
public final class AlternativesViewModel {

    private final SegmentViewModel segments;
    private final ReadOnlyObjectWrapper<FeatureChoice.SubsetResult> subset = new ReadOnlyObjectWrapper<>(this, "subset");
    private final ObservableList<String> group = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FeatureChoice.GroupComparison> comparison =
            new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyObjectWrapper<Dendrogram> dendrogram = new ReadOnlyObjectWrapper<>(this, "dendrogram");
    private final IntegerProperty minPoints = new SimpleIntegerProperty(this, "minPoints", 10);
    private final DoubleProperty radius = new SimpleDoubleProperty(this, "radius", Double.NaN);
    private final ReadOnlyStringWrapper dbscanSummary = new ReadOnlyStringWrapper(this, "dbscanSummary", "");
    private final IntegerProperty mixtureK = new SimpleIntegerProperty(this, "mixtureK", 0);
    private final ReadOnlyObjectWrapper<GaussianMixture> mixture = new ReadOnlyObjectWrapper<>(this, "mixture");
    private final ReadOnlyStringWrapper mixtureSummary = new ReadOnlyStringWrapper(this, "mixtureSummary", "");

    public AlternativesViewModel(SegmentViewModel segments) {
        this.segments = segments;
        segments.analysisProperty().addListener((o, a, b) -> {
            subset.set(null);
            comparison.set(null);
            dendrogram.set(null);
            dbscanSummary.set("");
            radius.set(Double.NaN);
            mixture.set(null);
            mixtureSummary.set("");
        });
    }

    private FeatureMatrix features() {
        SegmentViewModel.Analysis a = segments.analysisProperty().get();
        return a == null ? null : a.features();
    }

    /** Searches the best small feature subset (up to 4 features) over the sweep's k range. */
    public void searchSubset() {
        FeatureMatrix x = features();
        if (x == null) {
            return;
        }
        int kMin = segments.kMinProperty().get();
        int kMax = segments.kMaxProperty().get();
        long seed = segments.seedProperty().get();
        segments.tasks().submit("segment.task.features", (p, c) -> FeatureChoice.searchSubset(x, kMin,
                Math.min(kMax, 10), 4, seed, p, c), subset::set, segments::fail);
    }

    /** Runs the sweep with all features and without {@link #group()}. */
    public void compareGroup() {
        FeatureMatrix x = features();
        if (x == null || group.isEmpty() || group.size() >= x.dimensions()) {
            return;
        }
        List<String> g = List.copyOf(group);
        SweepOptions o = SweepOptions.range(segments.kMinProperty().get(), segments.kMaxProperty().get(),
                segments.seedProperty().get());
        segments.tasks().submit("segment.task.features", (p, c) -> FeatureChoice.compareGroup(x, g, o, p, c),
                comparison::set, segments::fail);
    }

    public void ward() {
        FeatureMatrix x = features();
        if (x == null) {
            return;
        }
        long seed = segments.seedProperty().get();
        segments.tasks().submit("segment.task.ward", (p, c) -> Dendrogram.ward(Points.of(x), Dendrogram.DEFAULT_SAMPLE,
                seed, c), dendrogram::set, segments::fail);
    }

    /** Opens the rows under a dendrogram node (data rows of the clustered table). */
    public void openBranch(int node) {
        Dendrogram d = dendrogram.get();
        if (d != null && segments.clusteringProperty().get() != null) {
            int[] rows = d.rowsUnder(node);
            segments.openRows(rows, Messages.get("segment.ward.drill", rows.length));
        }
    }

    public void dbscan() {
        FeatureMatrix x = features();
        if (x == null) {
            return;
        }
        int m = minPoints.get();
        double r0 = radius.get();
        long seed = segments.seedProperty().get();
        Clustering cl = segments.clusteringProperty().get();
        segments.tasks().submit("segment.task.dbscan", (p, c) -> {
            Points pts = Points.of(x);
            double r = Double.isNaN(r0) ? Dbscan.suggestRadius(pts, m, seed) : r0;
            Dbscan db = Dbscan.fit(pts, m, r, c);
            double ari = Double.NaN;
            if (cl != null) {
                int[] mapped = Arrays.stream(db.labels()).map(l -> l < 0 ? db.k() : l).toArray();
                ari = ClusterMetrics.adjustedRand(mapped, cl.labels());
            }
            return new Object[] {db, ari};
        }, res -> {
            Dbscan db = (Dbscan) res[0];
            radius.set(db.radius());
            dbscanSummary.set(Messages.get("segment.dbscan.summary", db.k(), db.noise(), db.radius(), res[1]));
        }, segments::fail);
    }

    /**
     * Fits a Gaussian mixture (diagonal covariances, 3 seeded k-means starts) with {@link #mixtureKProperty()}
     * components (0 = the chosen k) and compares it with k-means.
     */
    public void gaussianMixture() {
        FeatureMatrix x = features();
        if (x == null) {
            return;
        }
        Clustering cl = segments.clusteringProperty().get();
        int k = mixtureK.get() > 0 ? mixtureK.get() : cl != null ? cl.k() : 3;
        long seed = segments.seedProperty().get();
        segments.tasks().submit("segment.task.gmm", (p, c) -> {
            GaussianMixture gm = GaussianMixture.fit(Points.of(x), k, 3, 300, 1e-4, seed, p, c);
            double ari = cl == null ? Double.NaN : ClusterMetrics.adjustedRand(gm.labels(), cl.labels());
            long uncertain = Arrays.stream(gm.probability()).filter(v -> v < UNCERTAIN).count();
            return new Object[] {gm, ari, uncertain};
        }, res -> {
            GaussianMixture gm = (GaussianMixture) res[0];
            mixture.set(gm);
            mixtureSummary.set(Messages.get("segment.gmm.summary", gm.k(), gm.bic(), res[1], res[2]));
        }, segments::fail);
    }

    /** Rows whose most probable component has a posterior below this count as uncertain. */
    static final double UNCERTAIN = 0.8;

    /** Opens the rows of mixture component {@code c} (original values). */
    public void openComponent(int c) {
        GaussianMixture gm = mixture.get();
        if (gm != null && c >= 0 && c < gm.k()) {
            int[] rows = gm.rowsOf(c);
            segments.openRows(rows, Messages.get("segment.gmm.drill", c + 1, rows.length));
        }
    }

    public IntegerProperty mixtureKProperty() {
        return mixtureK;
    }

    public ReadOnlyObjectProperty<GaussianMixture> mixtureProperty() {
        return mixture.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty mixtureSummaryProperty() {
        return mixtureSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FeatureChoice.SubsetResult> subsetProperty() {
        return subset.getReadOnlyProperty();
    }

    public ObservableList<String> group() {
        return group;
    }

    public ReadOnlyObjectProperty<FeatureChoice.GroupComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Dendrogram> dendrogramProperty() {
        return dendrogram.getReadOnlyProperty();
    }

    public IntegerProperty minPointsProperty() {
        return minPoints;
    }

    public DoubleProperty radiusProperty() {
        return radius;
    }

    public ReadOnlyStringProperty dbscanSummaryProperty() {
        return dbscanSummary.getReadOnlyProperty();
    }

    SegmentViewModel segments() {
        return segments;
    }
}
