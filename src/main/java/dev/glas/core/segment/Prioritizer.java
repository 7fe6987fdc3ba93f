package dev.glas.core.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks segments for action. Each segment's score is its total value at stake: the sum over its clients of
 * the value column (1 per client when there is none) times the churn risk (when a risk column exists). The
 * ranking says why in one sentence per segment.
 */
public final class Prioritizer {

    private Prioritizer() {
    }

    /**
     * One ranked segment.
     *
     * @param value mean value per client (NaN without a value column)
     * @param risk  mean churn risk (NaN without a risk column)
     * @param score total value at stake
     */
    public record Priority(int cluster, int rank, int size, double share, double value, double risk, double score,
                           double scoreShare, String reasonKey, List<Object> reasonArgs) {
        public Priority {
            reasonArgs = List.copyOf(reasonArgs);
        }

        public String reason() {
            return dev.glas.core.i18n.Messages.get(reasonKey, reasonArgs.toArray());
        }
    }

    /**
     * @param labels cluster per client
     * @param value  value per client (e.g. monetary), or null
     * @param risk   churn probability per client in [0, 1], or null
     */
    public static List<Priority> rank(int[] labels, int k, double[] value, double[] risk) {
        int n = labels.length;
        int[] size = new int[k];
        double[] valueSum = new double[k];
        double[] riskSum = new double[k];
        double[] stake = new double[k];
        for (int i = 0; i < n; i++) {
            int c = labels[i];
            size[c]++;
            double v = value == null || Double.isNaN(value[i]) ? (value == null ? 1 : 0) : value[i];
            double r = risk == null || Double.isNaN(risk[i]) ? (risk == null ? 1 : 0) : risk[i];
            valueSum[c] += v;
            riskSum[c] += r;
            stake[c] += v * r;
        }
        double total = 0;
        for (double s : stake) {
            total += s;
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            order.add(c);
        }
        order.sort(Comparator.comparingDouble(c -> -stake[c]));
        List<Priority> out = new ArrayList<>();
        for (int r = 0; r < k; r++) {
            int c = order.get(r);
            double meanValue = value == null || size[c] == 0 ? Double.NaN : valueSum[c] / size[c];
            double meanRisk = risk == null || size[c] == 0 ? Double.NaN : riskSum[c] / size[c];
            double share = (double) size[c] / n;
            double scoreShare = total == 0 ? 0 : stake[c] / total;
            String key;
            List<Object> args;
            if (value != null && risk != null) {
                key = "segment.priority.reason.value_risk";
                args = List.of(r + 1, share, meanValue, meanRisk, scoreShare);
            } else if (value != null) {
                key = "segment.priority.reason.value";
                args = List.of(r + 1, share, meanValue, scoreShare);
            } else if (risk != null) {
                key = "segment.priority.reason.risk";
                args = List.of(r + 1, share, meanRisk, scoreShare);
            } else {
                key = "segment.priority.reason.size";
                args = List.of(r + 1, share);
            }
            out.add(new Priority(c, r + 1, size[c], share, meanValue, meanRisk, stake[c], scoreShare, key, args));
        }
        return out;
    }
}
