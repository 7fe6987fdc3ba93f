package dev.glas.core.churn;

/**
 * Threshold choice by expected profit. Contacting a client costs {@code contactCost}; a contacted churner
 * is retained and saves {@code missedCost} (the loss a missed churner causes). Relative to contacting
 * nobody, the profit at threshold t is TP·(missedCost − contactCost) − FP·contactCost.
 *
 * @param missedCost  loss caused by a churner who was not contacted
 * @param contactCost cost of one contact (offer, call)
 */
public record ThresholdCost(double missedCost, double contactCost) {

    public ThresholdCost {
        if (!(missedCost >= 0) || !(contactCost >= 0)) {
            throw new IllegalArgumentException("costs must be >= 0");
        }
    }

    /** The best threshold, its profit and confusion matrix. */
    public record Choice(double threshold, double profit, Metrics.Confusion confusion) {
    }

    public double profit(Metrics.Confusion c) {
        return c.tp() * (missedCost - contactCost) - c.fp() * contactCost;
    }

    /** Scans every distinct score as a threshold (and "contact nobody") and returns the most profitable. */
    public Choice best(int[] y, double[] p) {
        Metrics.Curve roc = Metrics.rocCurve(y, p);
        long pos = 0;
        for (int v : y) {
            pos += v;
        }
        long neg = y.length - pos;
        double[] fpr = roc.x();
        double[] tpr = roc.y();
        double[] th = roc.thresholds();
        int bestI = 0;
        double bestProfit = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < th.length; i++) {
            long tp = Math.round(tpr[i] * pos);
            long fp = Math.round(fpr[i] * neg);
            double profit = tp * (missedCost - contactCost) - fp * contactCost;
            if (profit > bestProfit) {
                bestProfit = profit;
                bestI = i;
            }
        }
        double t = Double.isInfinite(th[bestI]) ? Math.nextUp(1.0) : th[bestI];
        return new Choice(t, bestProfit, Metrics.confusion(y, p, t));
    }
}
