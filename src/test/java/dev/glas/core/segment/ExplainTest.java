package dev.glas.core.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import dev.glas.core.prep.FeatureMatrix;
import dev.glas.core.prep.PrepException;
import dev.glas.core.prep.PrepResult;
import dev.glas.core.prep.Scale;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Profiles, explaining tree, saved model scoring, prioritising, projections and the alternatives. */
class ExplainTest {

    @TempDir
    Path tmp;

    private static final double[][] ROWS = SegmentFixtures.csv("metrics_points.csv");

    private static FeatureMatrix matrix() {
        double[][] cols = new double[4][ROWS.length];
        for (int i = 0; i < ROWS.length; i++) {
            for (int j = 0; j < 4; j++) {
                cols[j][i] = ROWS[i][j];
            }
        }
        return new FeatureMatrix(List.of("a", "b", "c", "d"), cols, ROWS.length);
    }

    private static Dataset dataset() {
        FeatureMatrix m = matrix();
        Table t = Table.create("pts");
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (int j = 0; j < 4; j++) {
            t.addColumns(DoubleColumn.create(m.names().get(j), m.columns()[j]));
            types.put(m.names().get(j), ColumnType.NUMERIC);
        }
        return new Dataset("pts", t, types, null);
    }

    @Test
    void profilesMatchGroupMeansAndNameTheExtremes() {
        int[] km = SegmentFixtures.labels(ROWS, 4);
        Profiles p = Profiles.of(matrix(), km, 4);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < ROWS.length; i++) {
            if (km[i] == 2) {
                sum += ROWS[i][1];
                n++;
            }
        }
        Profiles.ClusterProfile c2 = p.clusters().get(2);
        assertEquals(n, c2.size());
        assertEquals(sum / n, c2.mean()[1], 1e-9);
        assertEquals((c2.mean()[1] - p.overallMean()[1]) / p.overallStd()[1], c2.z()[1], 1e-12);
        int top = c2.top()[0];
        for (double z : c2.z()) {
            assertTrue(Math.abs(z) <= Math.abs(c2.z()[top]) + 1e-12);
        }
        assertTrue(c2.suggestedName().startsWith(p.features().get(top)), c2.suggestedName());
        assertEquals(1.0, p.clusters().stream().mapToDouble(Profiles.ClusterProfile::share).sum(), 1e-12);
    }

    @Test
    void depthThreeTreeExplainsBlobsWithHighFidelityAndGivesRulePaths() {
        int[] km = SegmentFixtures.labels(ROWS, 4);
        FeatureMatrix x = matrix();
        ClusterTree tree = ClusterTree.fit(x, km, 4, 3, 5, Cancellation.NEVER);
        ClusterTree.Fidelity f = tree.fidelity(x, km);
        assertTrue(f.accuracy() > 0.9, "fidelity " + f.accuracy());
        ClusterTree.Fidelity lr = LogisticExplainer.fidelity(x, km, 4, 1, Cancellation.NEVER);
        assertTrue(lr.accuracy() > 0.9, "logistic regression fidelity " + lr.accuracy());
        // the centred coefficients predict exactly as the Smile model (bias last, last class the reference)
        LogisticExplainer.Explanation e = LogisticExplainer.explain(x, km, 4, 1, Cancellation.NEVER);
        double[][] rows = x.toRows();
        int ok = 0;
        for (int i = 0; i < rows.length; i++) {
            ok += e.predict(rows[i]) == km[i] ? 1 : 0;
        }
        assertEquals(lr.accuracy(), (double) ok / rows.length, 1e-12);
        int[] two = java.util.Arrays.stream(km).map(v -> v < 2 ? 0 : 1).toArray();
        LogisticExplainer.Explanation b = LogisticExplainer.explain(x, two, 2, 1, Cancellation.NEVER);
        int okB = 0;
        for (int i = 0; i < rows.length; i++) {
            okB += b.predict(rows[i]) == two[i] ? 1 : 0;
        }
        assertEquals(b.fidelity().accuracy(), (double) okB / rows.length, 1e-12, "binomial");
        ClusterTree.Path path = tree.classify(x.toRows()[0]);
        assertEquals(tree.predict(x)[0], path.cluster());
        assertTrue(path.conditions().size() >= 1 && path.conditions().size() <= 3);
        for (ClusterTree.Condition c : path.conditions()) {
            double v = x.toRows()[0][x.names().indexOf(c.feature())];
            assertEquals(c.lessOrEqual(), v <= c.threshold());
        }
    }

    @Test
    void savedModelScoresNewFilesLikeTheSweep() throws Exception {
        Dataset data = dataset();
        PrepResult prep = SegmentSetup.pipeline(data, List.of("a", "b", "c", "d"), null, Scale.Method.ZSCORE).fit(data);
        FeatureMatrix fm = prep.features(List.of("a", "b", "c", "d"));
        KMeansResult km = KMeans.fit(Points.of(fm), new KMeansOptions(4, 42), Cancellation.NEVER);
        SegmentModel model = SegmentModel.of(prep.pipeline(), fm.names(), km, List.of("w", "x", "y", "z"), 42);
        Path file = tmp.resolve("m.json");
        model.save(file);
        SegmentModel back = SegmentModel.load(file);
        assertArrayEquals(km.labels(), back.score(data, Cancellation.NEVER));
        Dataset noD = new Dataset("x", data.table().rejectColumns("d"), Map.of("a", ColumnType.NUMERIC, "b",
                ColumnType.NUMERIC, "c", ColumnType.NUMERIC), null);
        PrepException e = assertThrows(PrepException.class, () -> back.score(noD, Cancellation.NEVER));
        assertEquals("d", e.args()[0]);
    }

    @Test
    void prioritiesRankByValueAtStake() {
        int[] labels = {0, 0, 0, 1, 1, 2};
        double[] value = {1, 1, 1, 10, 10, 100};
        double[] risk = {0.5, 0.5, 0.5, 0.1, 0.1, 0.9};
        List<Prioritizer.Priority> p = Prioritizer.rank(labels, 3, value, risk);
        assertEquals(List.of(2, 1, 0), p.stream().map(Prioritizer.Priority::cluster).toList());
        assertEquals(90, p.get(0).score(), 1e-12);
        assertEquals(1.0, p.stream().mapToDouble(Prioritizer.Priority::scoreShare).sum(), 1e-12);
        assertTrue(p.get(0).reason().contains("1"));
        assertEquals(List.of(0, 1, 2), Prioritizer.rank(labels, 3, null, null).stream()
                .map(Prioritizer.Priority::cluster).toList());
    }

    @Test
    void pcaEqualsSklearnAndEmbeddingsAreSeeded() throws Exception {
        JsonNode ref = SegmentFixtures.json("metrics_reference.json");
        Points p = SegmentFixtures.points(ROWS, 4);
        Projection pca = Projection.pca(p, 3, 0);
        for (int c = 0; c < 3; c++) {
            assertEquals(ref.get("pca_explained_ratio").get(c).asDouble(), pca.explained()[c], 1e-9);
            assertEquals(ref.get("pca_first_row_abs").get(c).asDouble(), Math.abs(pca.coords()[0][c]), 1e-9);
        }
        Points small = p.rows(ClusterMetrics.sample(p.n(), 200, 1));
        Projection a = Projection.compute(small, Projection.Method.UMAP, 2, 5, Progress.NONE, Cancellation.NEVER);
        assertEquals(200, a.coords().length);
        assertEquals(2, a.dims());
        Projection t = Projection.compute(small, Projection.Method.TSNE, 2, 5, Progress.NONE, Cancellation.NEVER);
        assertTrue(Arrays.stream(t.coords()).allMatch(r -> Double.isFinite(r[0]) && Double.isFinite(r[1])));
    }

    @Test
    void wardAndDbscanFindTheBlobs() {
        Points p = SegmentFixtures.points(ROWS, 4);
        int[] km = SegmentFixtures.labels(ROWS, 4);
        Dendrogram d = Dendrogram.ward(p, 400, 3, Cancellation.NEVER);
        assertEquals(399, d.merges().length);
        int[] cut = d.cut(4);
        int[] ref = Arrays.stream(d.rows()).map(i -> km[i]).toArray();
        assertTrue(ClusterMetrics.adjustedRand(ref, cut) > 0.8);
        assertEquals(400, d.rowsUnder(2 * 400 - 2).length);
        assertEquals(400, Arrays.stream(d.leafOrder()).distinct().count());
        double radius = Dbscan.suggestRadius(p, 5, 1);
        Dbscan db = Dbscan.fit(p, 5, radius, Cancellation.NEVER);
        assertTrue(db.k() >= 1 && db.noise() < ROWS.length / 2, db.k() + " clusters, noise " + db.noise());
    }

    @Test
    void subsetSearchFindsTheInformativeFeatures() {
        SplittableRandom r = new SplittableRandom(4);
        int n = 900;
        double[][] cols = new double[5][n];
        for (int i = 0; i < n; i++) {
            int blob = i % 3;
            cols[0][i] = blob * 6 + r.nextGaussian();
            cols[1][i] = (blob == 1 ? 6 : 0) + r.nextGaussian();
            for (int j = 2; j < 5; j++) {
                cols[j][i] = r.nextGaussian() * 3;
            }
        }
        FeatureMatrix x = new FeatureMatrix(List.of("f0", "f1", "n2", "n3", "n4"), cols, n);
        FeatureChoice.SubsetResult s = FeatureChoice.searchSubset(x, 2, 5, 3, 7, Progress.NONE, Cancellation.NEVER);
        assertEquals(List.of("f0", "f1"), s.subset().subList(0, 2));
        assertTrue(s.silhouette() > s.allSilhouette() + 0.1, s.silhouette() + " vs " + s.allSilhouette());
        assertEquals(3, s.k());
        FeatureChoice.GroupComparison g = FeatureChoice.compareGroup(x, List.of("n2", "n3", "n4"),
                new SweepOptions(2, 4, 1, 1, 10_000, 10_000, 0, 100), Progress.NONE, Cancellation.NEVER);
        assertTrue(g.without().score(3).silhouette() > g.with().score(3).silhouette());
    }

    @Test
    void missingNativeLibraryForUmapBecomesALocalizedMessage() {
        Throwable smileFailure = new ExceptionInInitializerError(
                new IllegalArgumentException("Cannot open library: libarpack.so"));
        dev.glas.core.i18n.LocalizedException e = Projection.nativeLibraryMissing(smileFailure);
        assertEquals("segment.error.native.library", e.key());
        assertEquals("libarpack.so", e.args()[0]);
        assertTrue(e.getLocalizedMessage().contains("libarpack.so"), e.getLocalizedMessage());
        assertEquals("OpenBLAS / ARPACK",
                Projection.nativeLibraryMissing(new NoClassDefFoundError("smile/linalg/arpack/arpack_h")).args()[0]);
        IllegalArgumentException other = new IllegalArgumentException("k must be > 1");
        assertThrows(IllegalArgumentException.class, () -> Projection.nativeLibraryMissing(other));
    }
}
