package dev.glas.core.text;

import java.util.List;
import java.util.TreeSet;

/**
 * Multi-class quality of predicted labels against true labels, as sklearn computes it: labels are the sorted
 * union of true and predicted labels; per-class precision/recall/F1 with 0 for empty denominators; macro F1 is
 * their unweighted mean; {@code confusion[i][j]} counts true label i predicted as j.
 */
public record Evaluation(List<String> labels, double macroF1, double accuracy, double[] precision, double[] recall,
                         double[] f1, int[] support, int[][] confusion, int rows) {

    public Evaluation {
        labels = List.copyOf(labels);
    }

    /** Evaluates; rows where the truth is {@code null} are skipped. */
    public static Evaluation of(List<String> truth, List<String> predicted) {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException("sizes differ");
        }
        TreeSet<String> set = new TreeSet<>();
        for (int i = 0; i < truth.size(); i++) {
            if (truth.get(i) != null) {
                set.add(truth.get(i));
                set.add(predicted.get(i));
            }
        }
        List<String> labels = List.copyOf(set);
        int k = labels.size();
        int[][] cm = new int[k][k];
        int n = 0;
        int correct = 0;
        for (int i = 0; i < truth.size(); i++) {
            if (truth.get(i) == null) {
                continue;
            }
            int t = labels.indexOf(truth.get(i));
            int p = labels.indexOf(predicted.get(i));
            cm[t][p]++;
            n++;
            if (t == p) {
                correct++;
            }
        }
        double[] prec = new double[k];
        double[] rec = new double[k];
        double[] f1 = new double[k];
        int[] support = new int[k];
        double sum = 0;
        for (int c = 0; c < k; c++) {
            int tp = cm[c][c];
            int col = 0;
            int row = 0;
            for (int j = 0; j < k; j++) {
                col += cm[j][c];
                row += cm[c][j];
            }
            support[c] = row;
            prec[c] = col == 0 ? 0 : (double) tp / col;
            rec[c] = row == 0 ? 0 : (double) tp / row;
            f1[c] = prec[c] + rec[c] == 0 ? 0 : 2 * prec[c] * rec[c] / (prec[c] + rec[c]);
            sum += f1[c];
        }
        return new Evaluation(labels, k == 0 ? Double.NaN : sum / k, n == 0 ? Double.NaN : (double) correct / n,
                prec, rec, f1, support, cm, n);
    }
}
