package dev.glas.core.churn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Binary classification metrics with the definitions of scikit-learn: labels are 0/1 (1 = positive class),
 * scores are probabilities of the positive class. A row is predicted positive when its score is
 * {@code >= threshold}.
 */
public final class Metrics {

    /** Clipping of probabilities in log-loss (as scikit-learn's {@code eps}). */
    public static final double LOG_LOSS_EPS = 1e-15;

    private Metrics() {
    }

    /** Confusion matrix at a threshold, with the derived metrics. */
    public record Confusion(long tp, long fp, long tn, long fn) {

        public long total() {
            return tp + fp + tn + fn;
        }

        /** tp / (tp + fp); 0 when nothing is predicted positive (scikit-learn's zero_division=0 result). */
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }

        public double accuracy() {
            return total() == 0 ? 0 : (double) (tp + tn) / total();
        }
    }

    /** A curve as parallel arrays; {@code thresholds[i]} is the score cut that gives point i. */
    public record Curve(double[] x, double[] y, double[] thresholds) {
        public Curve {
            x = x.clone();
            y = y.clone();
            thresholds = thresholds.clone();
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        @Override
        public double[] y() {
            return y.clone();
        }

        @Override
        public double[] thresholds() {
            return thresholds.clone();
        }
    }

    /**
     * One group of the lift/gain table: rows sorted by score descending (ties by row order), group g holds
     * positions [floor(n·g/G), floor(n·(g+1)/G)).
     *
     * @param group          0-based group (0 = highest scores)
     * @param rows           indices (into the arrays given) of the rows in this group, ascending
     * @param positives      positives in the group
     * @param lift           positive rate in the group / overall positive rate
     * @param cumulativeGain share of all positives captured by groups 0..group
     */
    public record LiftBin(int group, int[] rows, int positives, double lift, double cumulativeGain) {
        public LiftBin {
            rows = rows.clone();
        }

        @Override
        public int[] rows() {
            return rows.clone();
        }
    }

    /**
     * One non-empty calibration bin (uniform bins on [0, 1] as scikit-learn's {@code calibration_curve}).
     *
     * @param lower            lower edge
     * @param upper            upper edge
     * @param rows             indices of the rows in the bin, ascending
     * @param meanPredicted    mean score in the bin
     * @param fractionPositive share of positives in the bin
     */
    public record CalibrationBin(double lower, double upper, int[] rows, double meanPredicted,
                                 double fractionPositive) {
        public CalibrationBin {
            rows = rows.clone();
        }

        @Override
        public int[] rows() {
            return rows.clone();
        }
    }

    /** ROC-AUC (area under the ROC curve, ties counted as half), as {@code roc_auc_score}. */
    public static double rocAuc(int[] y, double[] p) {
        check(y, p);
        Integer[] order = descending(p);
        long pos = count(y);
        long neg = y.length - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        double area = 0;
        long tp = 0;
        long fp = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            long dtp = 0;
            long dfp = 0;
            while (j < order.length && p[order[j]] == p[order[i]]) {
                if (y[order[j]] == 1) {
                    dtp++;
                } else {
                    dfp++;
                }
                j++;
            }
            area += dfp * (tp + dtp / 2.0);
            tp += dtp;
            fp += dfp;
            i = j;
        }
        return area / ((double) pos * neg);
    }

    /** Average precision Σ (R_k − R_{k−1})·P_k over distinct thresholds, as {@code average_precision_score}. */
    public static double averagePrecision(int[] y, double[] p) {
        check(y, p);
        Integer[] order = descending(p);
        long pos = count(y);
        if (pos == 0) {
            return Double.NaN;
        }
        double ap = 0;
        long tp = 0;
        long seen = 0;
        double prevRecall = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j < order.length && p[order[j]] == p[order[i]]) {
                tp += y[order[j]];
                seen++;
                j++;
            }
            double recall = (double) tp / pos;
            double precision = (double) tp / seen;
            ap += (recall - prevRecall) * precision;
            prevRecall = recall;
            i = j;
        }
        return ap;
    }

    /** Mean binary cross-entropy with probabilities clipped to [eps, 1 − eps], as {@code log_loss}. */
    public static double logLoss(int[] y, double[] p) {
        check(y, p);
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double q = Math.clamp(p[i], LOG_LOSS_EPS, 1 - LOG_LOSS_EPS);
            s -= y[i] == 1 ? Math.log(q) : Math.log(1 - q);
        }
        return s / y.length;
    }

    public static Confusion confusion(int[] y, double[] p, double threshold) {
        check(y, p);
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        for (int i = 0; i < y.length; i++) {
            boolean predicted = p[i] >= threshold;
            if (y[i] == 1) {
                if (predicted) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (predicted) {
                fp++;
            } else {
                tn++;
            }
        }
        return new Confusion(tp, fp, tn, fn);
    }

    /** Indices of the rows in one confusion cell: actual (1/0) × predicted (1/0) at the threshold. */
    public static int[] confusionRows(int[] y, double[] p, double threshold, int actual, int predicted) {
        check(y, p);
        int[] out = new int[y.length];
        int n = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == actual && (p[i] >= threshold ? 1 : 0) == predicted) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** ROC curve: x = false positive rate, y = true positive rate, one point per distinct score plus (0, 0). */
    public static Curve rocCurve(int[] y, double[] p) {
        check(y, p);
        Integer[] order = descending(p);
        long pos = count(y);
        long neg = y.length - pos;
        List<double[]> pts = new ArrayList<>();
        pts.add(new double[] {0, 0, Double.POSITIVE_INFINITY});
        long tp = 0;
        long fp = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j < order.length && p[order[j]] == p[order[i]]) {
                if (y[order[j]] == 1) {
                    tp++;
                } else {
                    fp++;
                }
                j++;
            }
            pts.add(new double[] {neg == 0 ? 0 : (double) fp / neg, pos == 0 ? 0 : (double) tp / pos, p[order[i]]});
            i = j;
        }
        return toCurve(pts);
    }

    /** Precision–recall curve: x = recall, y = precision, one point per distinct score (highest first). */
    public static Curve prCurve(int[] y, double[] p) {
        check(y, p);
        Integer[] order = descending(p);
        long pos = count(y);
        List<double[]> pts = new ArrayList<>();
        long tp = 0;
        long seen = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j < order.length && p[order[j]] == p[order[i]]) {
                tp += y[order[j]];
                seen++;
                j++;
            }
            pts.add(new double[] {pos == 0 ? 0 : (double) tp / pos, (double) tp / seen, p[order[i]]});
            i = j;
        }
        return toCurve(pts);
    }

    /** Lift and cumulative gain by {@code groups} equal groups (deciles for 10). */
    public static List<LiftBin> liftGain(int[] y, double[] p, int groups) {
        check(y, p);
        if (groups < 1) {
            throw new IllegalArgumentException("groups must be >= 1");
        }
        int n = y.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a])); // stable: ties keep row order
        long totalPos = count(y);
        double rate = n == 0 ? 0 : (double) totalPos / n;
        List<LiftBin> out = new ArrayList<>();
        long cum = 0;
        for (int g = 0; g < groups; g++) {
            int lo = (int) ((long) n * g / groups);
            int hi = (int) ((long) n * (g + 1) / groups);
            int[] rows = new int[hi - lo];
            int positives = 0;
            for (int k = lo; k < hi; k++) {
                rows[k - lo] = order[k];
                positives += y[order[k]];
            }
            Arrays.sort(rows);
            cum += positives;
            double lift = rows.length == 0 || rate == 0 ? Double.NaN : ((double) positives / rows.length) / rate;
            out.add(new LiftBin(g, rows, positives, lift, totalPos == 0 ? Double.NaN : (double) cum / totalPos));
        }
        return List.copyOf(out);
    }

    /** Calibration bins: {@code bins} uniform bins on [0, 1]; a score equal to an inner edge goes to the lower bin. */
    public static List<CalibrationBin> calibration(int[] y, double[] p, int bins) {
        check(y, p);
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1");
        }
        double[] edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) {
            edges[b] = b == bins ? 1.0 : b * (1.0 / bins); // numpy.linspace arithmetic
        }
        // numpy.linspace(0, 1, bins + 1) edges, and searchsorted(edges[1:-1], p, side='left')
        List<List<Integer>> members = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < y.length; i++) {
            int b = 0;
            while (b < bins - 1 && p[i] > edges[b + 1]) {
                b++;
            }
            members.get(b).add(i);
        }
        List<CalibrationBin> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            List<Integer> m = members.get(b);
            if (m.isEmpty()) {
                continue;
            }
            double sp = 0;
            double sy = 0;
            int[] rows = new int[m.size()];
            for (int k = 0; k < rows.length; k++) {
                rows[k] = m.get(k);
                sp += p[rows[k]];
                sy += y[rows[k]];
            }
            out.add(new CalibrationBin(edges[b], edges[b + 1], rows, sp / rows.length, sy / rows.length));
        }
        return List.copyOf(out);
    }

    /** Share of positives. */
    public static double positiveRate(int[] y) {
        return y.length == 0 ? Double.NaN : (double) count(y) / y.length;
    }

    private static Curve toCurve(List<double[]> pts) {
        double[] x = new double[pts.size()];
        double[] yy = new double[pts.size()];
        double[] t = new double[pts.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pts.get(i)[0];
            yy[i] = pts.get(i)[1];
            t[i] = pts.get(i)[2];
        }
        return new Curve(x, yy, t);
    }

    private static long count(int[] y) {
        long c = 0;
        for (int v : y) {
            c += v;
        }
        return c;
    }

    private static Integer[] descending(double[] p) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        return order;
    }

    private static void check(int[] y, double[] p) {
        if (y.length != p.length) {
            throw new IllegalArgumentException("labels and scores differ in length: " + y.length + " vs " + p.length);
        }
        for (int v : y) {
            if (v != 0 && v != 1) {
                throw new IllegalArgumentException("labels must be 0 or 1");
            }
        }
        for (double v : p) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("score is NaN");
            }
        }
    }
}
