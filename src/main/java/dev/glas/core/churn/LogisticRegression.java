package dev.glas.core.churn;

import dev.glas.core.task.Cancellation;

/**
 * L2-regularized logistic regression fitted by Newton's method, with the objective of scikit-learn's
 * {@code LogisticRegression(penalty='l2', C)}: C·Σ wᵢ·logloss(i) + ½‖β‖² (intercept not penalized). Expects
 * scaled features (the preparation pipeline scales them).
 */
public final class LogisticRegression {

    /**
     * @param c       inverse regularization strength
     * @param maxIter Newton iterations
     */
    public record Params(double c, int maxIter) {
        public Params {
            if (!(c > 0) || maxIter < 1) {
                throw new IllegalArgumentException("C must be > 0 and maxIter >= 1");
            }
        }

        public static Params defaults() {
            return new Params(1.0, 50);
        }
    }

    private LogisticRegression() {
    }

    public static LinearModel fit(double[][] cols, int[] y, double[] weight, int[] rows, Params prm,
                                  Cancellation cancellation) {
        int p = cols.length;
        int d = p + 1; // last = intercept
        double[] beta = new double[d];
        double[] x = new double[d];
        for (int it = 0; it < prm.maxIter(); it++) {
            cancellation.check();
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (int r : rows) {
                for (int f = 0; f < p; f++) {
                    x[f] = cols[f][r];
                }
                x[p] = 1;
                double z = 0;
                for (int f = 0; f < d; f++) {
                    z += beta[f] * x[f];
                }
                double pr = TreeEnsemble.sigmoid(z);
                double w = prm.c() * (weight == null ? 1 : weight[r]);
                double gi = w * (pr - y[r]);
                double hi = w * Math.max(pr * (1 - pr), 1e-12);
                for (int a = 0; a < d; a++) {
                    if (x[a] == 0) {
                        continue;
                    }
                    grad[a] += gi * x[a];
                    double hx = hi * x[a];
                    double[] row = hess[a];
                    for (int b = 0; b <= a; b++) {
                        row[b] += hx * x[b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < a; b++) {
                    hess[b][a] = hess[a][b];
                }
            }
            for (int f = 0; f < p; f++) {
                grad[f] += beta[f];
                hess[f][f] += 1;
            }
            hess[p][p] += 1e-10;
            double[] step = solve(hess, grad);
            double max = 0;
            for (int f = 0; f < d; f++) {
                beta[f] -= step[f];
                max = Math.max(max, Math.abs(step[f]));
            }
            if (max < 1e-8) {
                break;
            }
        }
        double[] coef = java.util.Arrays.copyOf(beta, p);
        double[] mean = new double[p];
        double[] sd = new double[p];
        for (int f = 0; f < p; f++) {
            double s = 0;
            double ss = 0;
            for (int r : rows) {
                s += cols[f][r];
                ss += cols[f][r] * cols[f][r];
            }
            mean[f] = s / rows.length;
            sd[f] = Math.sqrt(Math.max(0, ss / rows.length - mean[f] * mean[f]));
        }
        return new LinearModel(coef, beta[p], mean, sd);
    }

    /** Solves A x = b for symmetric positive definite A (Cholesky; A is overwritten). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    l[i][i] = Math.sqrt(Math.max(s, 1e-12));
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * z[k];
            }
            z[i] = s / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }
}
