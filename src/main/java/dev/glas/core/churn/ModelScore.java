package dev.glas.core.churn;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Cross-validated result of one model: per-fold metrics and the out-of-fold probabilities of the CV rows.
 *
 * @param kind  model family
 * @param folds metrics per fold
 * @param oof   out-of-fold probability of every CV row (same order as {@link ChurnResult#cvRows()})
 * @param members for BLEND, the blended models; empty otherwise
 */
public record ModelScore(ModelKind kind, List<FoldMetrics> folds, double[] oof, List<ModelKind> members) {

    public ModelScore {
        folds = List.copyOf(folds);
        oof = oof.clone();
        members = List.copyOf(members);
    }

    @Override
    public double[] oof() {
        return oof.clone();
    }

    public String name() {
        return kind.id();
    }

    public double mean(ToDoubleFunction<FoldMetrics> metric) {
        return folds.stream().mapToDouble(metric).average().orElse(Double.NaN);
    }

    /** Sample standard deviation over folds (ddof = 1). */
    public double sd(ToDoubleFunction<FoldMetrics> metric) {
        double m = mean(metric);
        int n = folds.size();
        if (n < 2) {
            return 0;
        }
        double s = 0;
        for (FoldMetrics f : folds) {
            double d = metric.applyAsDouble(f) - m;
            s += d * d;
        }
        return Math.sqrt(s / (n - 1));
    }

    public double seconds() {
        return folds.stream().mapToDouble(FoldMetrics::seconds).sum();
    }
}
