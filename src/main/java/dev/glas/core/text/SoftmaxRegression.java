package dev.glas.core.text;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.Random;

/**
 * Multinomial logistic regression on sparse rows, trained by AdaGrad stochastic gradient descent with L2
 * regularization, optional balanced class weights and a seeded shuffle (deterministic for a given seed).
 * Weights are stored feature-major: {@code w[j * classes + c]}.
 */
public final class SoftmaxRegression {

    /**
     * @param epochs       passes over the data
     * @param learningRate AdaGrad base step
     * @param l2           L2 penalty per sample update
     * @param balanced     weight classes by n / (classes * n_c)
     * @param seed         shuffle seed
     */
    public record Options(int epochs, double learningRate, double l2, boolean balanced, long seed) {
        public Options {
            if (epochs < 1 || learningRate <= 0 || l2 < 0) {
                throw new IllegalArgumentException("epochs >= 1, learningRate > 0, l2 >= 0");
            }
        }

        public static Options defaults(long seed) {
            return new Options(12, 0.5, 1e-6, true, seed);
        }

        /** Defaults with fewer passes for big data (12 passes up to ~12k rows, down to 4 from ~37k rows). */
        public static Options defaults(long seed, int rows) {
            int epochs = (int) Math.clamp(Math.round(150_000.0 / Math.max(1, rows)), 4, 12);
            return new Options(epochs, 0.5, 3e-3, true, seed);
        }
    }

    private final int classes;
    private final int features;
    private final float[] w;
    private final float[] bias;

    public SoftmaxRegression(int classes, int features, float[] w, float[] bias) {
        if (w.length != classes * features || bias.length != classes) {
            throw new IllegalArgumentException("weight shape");
        }
        this.classes = classes;
        this.features = features;
        this.w = w;
        this.bias = bias;
    }

    public int classes() {
        return classes;
    }

    public int features() {
        return features;
    }

    float[] weights() {
        return w;
    }

    float[] bias() {
        return bias;
    }

    public static SoftmaxRegression fit(SparseRows x, int[] y, int classes, Options o, Progress progress,
                                        Cancellation cancellation) {
        int n = x.rows();
        int d = x.columns();
        float[] w = new float[d * classes];
        float[] b = new float[classes];
        float[] gw = new float[d * classes];
        float[] gb = new float[classes];
        double[] cw = new double[classes];
        int[] counts = new int[classes];
        for (int label : y) {
            counts[label]++;
        }
        for (int c = 0; c < classes; c++) {
            cw[c] = o.balanced() && counts[c] > 0 ? (double) n / (classes * counts[c]) : 1.0;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random rnd = new Random(o.seed());
        double[] p = new double[classes];
        float[] grad = new float[classes];
        long lastCheck = System.nanoTime();
        float lr = (float) o.learningRate();
        float decay = (float) o.l2();
        for (int epoch = 0; epoch < o.epochs(); epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int s = 0; s < n; s++) {
                if ((s & 255) == 0 && System.nanoTime() - lastCheck > 50_000_000L) {
                    cancellation.check();
                    lastCheck = System.nanoTime();
                    progress.report((epoch + (double) s / n) / o.epochs(), "text.progress.train", epoch + 1, o.epochs());
                }
                int r = order[s];
                int[] idx = x.index()[r];
                float[] val = x.value()[r];
                scores(w, b, classes, idx, val, p);
                double weight = cw[y[r]];
                for (int c = 0; c < classes; c++) {
                    float g = (float) (weight * (p[c] - (c == y[r] ? 1.0 : 0.0)));
                    grad[c] = g;
                    gb[c] += g * g;
                    b[c] -= lr * g / (float) Math.sqrt(gb[c] + 1e-8f);
                }
                for (int k = 0; k < idx.length; k++) {
                    int base = idx[k] * classes;
                    float v = val[k];
                    for (int c = 0; c < classes; c++) {
                        int pos = base + c;
                        float gk = grad[c] * v + decay * w[pos];
                        float acc = gw[pos] + gk * gk;
                        gw[pos] = acc;
                        w[pos] -= lr * gk / (float) Math.sqrt(acc + 1e-8f);
                    }
                }
            }
        }
        progress.report(1.0, "text.progress.train", o.epochs(), o.epochs());
        return new SoftmaxRegression(classes, d, w, b);
    }

    private static void scores(float[] w, float[] b, int classes, int[] idx, float[] val, double[] out) {
        for (int c = 0; c < classes; c++) {
            out[c] = b[c];
        }
        for (int k = 0; k < idx.length; k++) {
            int base = idx[k] * classes;
            float v = val[k];
            for (int c = 0; c < classes; c++) {
                out[c] += w[base + c] * v;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            max = Math.max(max, out[c]);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < classes; c++) {
            out[c] /= sum;
        }
    }

    /** Class probabilities of each row. */
    public float[][] predictProba(SparseRows x) {
        float[][] out = new float[x.rows()][classes];
        double[] p = new double[classes];
        for (int i = 0; i < x.rows(); i++) {
            scores(w, bias, classes, x.index()[i], x.value()[i], p);
            for (int c = 0; c < classes; c++) {
                out[i][c] = (float) p[c];
            }
        }
        return out;
    }

    public static int argmax(float[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }
}
