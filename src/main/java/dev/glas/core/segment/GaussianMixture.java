package dev.glas.core.segment;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;

/**
 * Gaussian mixture with diagonal covariances fitted by EM (as sklearn's {@code GaussianMixture(covariance_type=
 * "diag")}): initialised from seeded k-means (responsibilities = hard labels, like sklearn's default
 * {@code init_params="kmeans"}), variances regularised by {@code 1e-6}, stopped when the mean log-likelihood
 * gains less than {@code tol}. Rows get the component of highest posterior probability; {@link #probability}
 * keeps that probability so uncertain rows can be found.
 *
 * @param weights   mixing weights (sum 1)
 * @param means     component means, row-major k × d
 * @param variances component variances, row-major k × d
 * @param labels    most probable component per row
 * @param probability posterior probability of that component per row
 * @param logLikelihood mean log-likelihood per row at convergence
 * @param bic       Bayesian information criterion (lower is better), as sklearn's {@code bic}
 */
public record GaussianMixture(int k, int d, double[] weights, double[] means, double[] variances, int[] labels,
                              double[] probability, double logLikelihood, double bic, int iterations,
                              boolean converged) {

    public static final double REG = 1e-6;

    /** Best (highest log-likelihood) of {@code restarts} fits from k-means with seeds seed, seed+1, …. */
    public static GaussianMixture fit(Points p, int k, int restarts, int maxIter, double tol, long seed,
                                      Progress progress, Cancellation cancellation) {
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be at least 1: " + restarts);
        }
        GaussianMixture best = null;
        for (int r = 0; r < restarts; r++) {
            GaussianMixture g = fit(p, k, maxIter, tol, seed + r, progress.slice((double) r / restarts,
                    (double) (r + 1) / restarts), cancellation);
            if (best == null || g.logLikelihood() > best.logLikelihood()) {
                best = g;
            }
        }
        return best;
    }

    public static GaussianMixture fit(Points p, int k, int maxIter, double tol, long seed, Progress progress,
                                      Cancellation cancellation) {
        int n = p.n();
        int d = p.d();
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be in 1.." + n + ": " + k);
        }
        double[] x = p.x();
        KMeansResult km = KMeans.fit(p, new KMeansOptions(k, 1, 300, 1e-4, seed), cancellation);
        double[] resp = new double[n * k];
        for (int i = 0; i < n; i++) {
            resp[i * k + km.labels()[i]] = 1;
        }
        double[] w = new double[k];
        double[] mu = new double[k * d];
        double[] var = new double[k * d];
        mStep(x, n, d, k, resp, w, mu, var);
        double previous = Double.NEGATIVE_INFINITY;
        double ll = previous;
        int it = 0;
        boolean converged = false;
        while (it < maxIter) {
            cancellation.check();
            it++;
            ll = eStep(x, n, d, k, w, mu, var, resp);
            progress.report((double) it / maxIter, "segment.gmm.progress", it);
            if (Math.abs(ll - previous) < tol) {
                converged = true;
                break;
            }
            previous = ll;
            mStep(x, n, d, k, resp, w, mu, var);
        }
        // labels from the final responsibilities (as sklearn, which ends with one more E step)
        if (!converged) {
            ll = eStep(x, n, d, k, w, mu, var, resp);
        }
        int[] labels = new int[n];
        double[] prob = new double[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (resp[i * k + c] > resp[i * k + best]) {
                    best = c;
                }
            }
            labels[i] = best;
            prob[i] = resp[i * k + best];
        }
        int params = k * d * 2 + k - 1;
        double bic = -2 * ll * n + params * Math.log(n);
        return new GaussianMixture(k, d, w, mu, var, labels, prob, ll, bic, it, converged);
    }

    /** Weights, means and diagonal variances from responsibilities. */
    private static void mStep(double[] x, int n, int d, int k, double[] resp, double[] w, double[] mu, double[] var) {
        java.util.Arrays.fill(mu, 0);
        java.util.Arrays.fill(var, 0);
        double[] nk = new double[k];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double r = resp[i * k + c];
                if (r == 0) {
                    continue;
                }
                nk[c] += r;
                for (int j = 0; j < d; j++) {
                    mu[c * d + j] += r * x[i * d + j];
                }
            }
        }
        for (int c = 0; c < k; c++) {
            nk[c] += 10 * Math.ulp(1.0); // as sklearn: avoids 0/0 for an empty component
            for (int j = 0; j < d; j++) {
                mu[c * d + j] /= nk[c];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double r = resp[i * k + c];
                if (r == 0) {
                    continue;
                }
                for (int j = 0; j < d; j++) {
                    double diff = x[i * d + j] - mu[c * d + j];
                    var[c * d + j] += r * diff * diff;
                }
            }
        }
        for (int c = 0; c < k; c++) {
            w[c] = nk[c] / n;
            for (int j = 0; j < d; j++) {
                var[c * d + j] = var[c * d + j] / nk[c] + REG;
            }
        }
    }

    /** Responsibilities from the parameters; returns the mean log-likelihood. */
    private static double eStep(double[] x, int n, int d, int k, double[] w, double[] mu, double[] var,
                                double[] resp) {
        double[] logNorm = new double[k];
        for (int c = 0; c < k; c++) {
            double s = Math.log(w[c]) - 0.5 * d * Math.log(2 * Math.PI);
            for (int j = 0; j < d; j++) {
                s -= 0.5 * Math.log(var[c * d + j]);
            }
            logNorm[c] = s;
        }
        double total = 0;
        double[] lp = new double[k];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double q = 0;
                for (int j = 0; j < d; j++) {
                    double diff = x[i * d + j] - mu[c * d + j];
                    q += diff * diff / var[c * d + j];
                }
                lp[c] = logNorm[c] - 0.5 * q;
                max = Math.max(max, lp[c]);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                sum += Math.exp(lp[c] - max);
            }
            double lse = max + Math.log(sum);
            total += lse;
            for (int c = 0; c < k; c++) {
                resp[i * k + c] = Math.exp(lp[c] - lse);
            }
        }
        return total / n;
    }

    /** Row indices of component {@code c}. */
    public int[] rowsOf(int c) {
        return java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] == c).toArray();
    }

    public int[] sizes() {
        int[] s = new int[k];
        for (int l : labels) {
            s[l]++;
        }
        return s;
    }
}
