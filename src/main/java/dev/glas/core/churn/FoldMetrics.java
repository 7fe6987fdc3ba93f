package dev.glas.core.churn;

/** Validation metrics of one model on one fold (threshold 0.5), and its training time. */
public record FoldMetrics(double rocAuc, double prAuc, double f1, double precision, double recall,
                          double accuracy, double logLoss, double seconds) {

    static FoldMetrics of(int[] y, double[] p, double seconds) {
        Metrics.Confusion c = Metrics.confusion(y, p, 0.5);
        return new FoldMetrics(Metrics.rocAuc(y, p), Metrics.averagePrecision(y, p), c.f1(), c.precision(),
                c.recall(), c.accuracy(), Metrics.logLoss(y, p), seconds);
    }
}
