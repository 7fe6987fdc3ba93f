import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.prep.FeatureMatrix;
import dev.glas.core.prep.Impute;
import dev.glas.core.prep.PrepResult;
import dev.glas.core.prep.Scale;
import dev.glas.core.segment.FeatureChoice;
import dev.glas.core.segment.KSweep;
import dev.glas.core.segment.Points;
import dev.glas.core.segment.SegmentSetup;
import dev.glas.core.segment.SweepOptions;
import dev.glas.core.segment.SweepResult;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.nio.file.Path;
import java.util.List;

/**
 * Reproduces the "best small feature subset by silhouette" claim: the CLI's pipeline (numeric features, identifier-
 * like columns dropped, median impute, chosen scaling) and FeatureChoice.searchSubset (seeded 2,000-row sample,
 * k-means k=kMin..kMax, 1 restart per k, exact silhouette on the sample); then the subset and all features are
 * re-checked with the full k sweep (3 restarts, silhouette sampled on 10,000 rows with the seed).
 * Usage: java -cp target/classes:DEPS bench/SegmentSubset.java FILE SCALE KMIN KMAX MAXSIZE SEED [FEATURES,…]
 */
public class SegmentSubset {
    public static void main(String[] a) throws Exception {
        Path file = Path.of(a[0]);
        Scale.Method sm = "none".equals(a[1]) ? null : Scale.Method.valueOf(a[1].toUpperCase());
        int kMin = Integer.parseInt(a[2]), kMax = Integer.parseInt(a[3]), maxSize = Integer.parseInt(a[4]);
        long seed = Long.parseLong(a[5]);
        Dataset data = new DataImporter().read(file);
        List<String> feats = SegmentSetup.features(data, a.length > 6 ? List.of(a[6].split(",")) : null, true);
        PrepResult prep = SegmentSetup.pipeline(data, feats, Impute.Method.MEDIAN, sm).fit(data);
        FeatureMatrix fm = prep.features(feats);
        long t0 = System.nanoTime();
        FeatureChoice.SubsetResult r = FeatureChoice.searchSubset(fm, kMin, kMax, maxSize, seed, Progress.NONE,
                Cancellation.NEVER);
        double searchSec = (System.nanoTime() - t0) / 1e9;
        System.out.printf("rows=%d features=%s scale=%s k=%d..%d maxSize=%d seed=%d sample=%d%n", fm.rows(), feats,
                a[1], kMin, kMax, maxSize, seed, FeatureChoice.SEARCH_ROWS);
        System.out.printf("search (sample): subset=%s k=%d silhouette=%.4f | all k=%d silhouette=%.4f | evaluated=%d"
                + " | %.1f s%n", r.subset(), r.k(), r.silhouette(), r.allK(), r.allSilhouette(), r.evaluated(),
                searchSec);
        SweepOptions o = new SweepOptions(kMin, kMax, 3, seed, 10_000, 10_000, 0, 5_000);
        for (List<String> set : List.of(r.subset(), feats)) {
            SweepResult s = KSweep.run(Points.of(fm.select(set)), set, o, Progress.NONE, Cancellation.NEVER);
            var best = s.scores().stream().max(java.util.Comparator.comparingDouble(x -> x.silhouette())).orElseThrow();
            System.out.printf("full sweep %s: best silhouette k=%d %.4f (sampled=%s rows=%d); recommended k=%d%n", set,
                    best.k(), best.silhouette(), s.silhouetteSampled(), s.silhouetteRows(), s.recommendedK());
        }
    }
}
