package dev.glas.core.churn;

import java.util.ArrayList;
import java.util.List;

/**
 * Multicollinearity diagnostics on numeric feature columns: the variance inflation factor of each feature
 * (statsmodels' {@code variance_inflation_factor} on a design with a constant: 1 / (1 − R²) of the
 * regression of the feature on all other features and an intercept) and the Pearson correlation matrix.
 */
public final class Collinearity {

    /** Usual warning level of a VIF. */
    public static final double VIF_WARN = 5;
    /** Usual serious level of a VIF. */
    public static final double VIF_SEVERE = 10;

    private Collinearity() {
    }

    /** A feature's VIF; infinite for an exact linear dependency, NaN for a constant column. */
    public record Vif(String feature, double vif) {
        /** 0 below 5, 1 from 5, 2 from 10 (or infinite). */
        public int level() {
            return vif >= VIF_SEVERE || Double.isInfinite(vif) ? 2 : vif >= VIF_WARN ? 1 : 0;
        }
    }

    /** Pearson correlations of the columns ({@code columns[j][i]} = value of feature j in row i, no NaN). */
    public static double[][] correlation(double[][] columns) {
        int p = columns.length;
        int n = p == 0 ? 0 : columns[0].length;
        double[][] centered = new double[p][];
        double[] norm = new double[p];
        for (int j = 0; j < p; j++) {
            if (columns[j].length != n) {
                throw new IllegalArgumentException("columns differ in length");
            }
            double mean = 0;
            for (double v : columns[j]) {
                mean += v;
            }
            mean /= n;
            double[] c = new double[n];
            double ss = 0;
            for (int i = 0; i < n; i++) {
                c[i] = columns[j][i] - mean;
                ss += c[i] * c[i];
            }
            centered[j] = c;
            norm[j] = Math.sqrt(ss);
        }
        double[][] r = new double[p][p];
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                double s = 0;
                double[] ca = centered[a];
                double[] cb = centered[b];
                for (int i = 0; i < n; i++) {
                    s += ca[i] * cb[i];
                }
                double v = norm[a] == 0 || norm[b] == 0 ? Double.NaN : a == b ? 1.0 : s / (norm[a] * norm[b]);
                r[a][b] = v;
                r[b][a] = v;
            }
        }
        return r;
    }

    /** VIF of every feature. */
    public static List<Vif> vif(List<String> names, double[][] columns) {
        if (names.size() != columns.length) {
            throw new IllegalArgumentException("names and columns differ in count");
        }
        double[][] r = correlation(columns);
        int p = columns.length;
        List<Vif> out = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            out.add(new Vif(names.get(j), vifFromCorrelation(r, j)));
        }
        return List.copyOf(out);
    }

    /**
     * R² of regressing feature j on the others (with intercept) is r_jᵀ R₋ⱼ⁻¹ r_j in terms of correlations.
     * R₋ⱼ is factored by a pivot-skipping Cholesky, so exactly dependent other features are ignored
     * (as a pseudo-inverse would).
     */
    static double vifFromCorrelation(double[][] r, int j) {
        if (Double.isNaN(r[j][j])) {
            return Double.NaN;
        }
        int p = r.length;
        List<Integer> idx = new ArrayList<>();
        for (int k = 0; k < p; k++) {
            if (k != j && !Double.isNaN(r[k][k])) {
                idx.add(k);
            }
        }
        int m = idx.size();
        double[][] l = new double[m][m];
        boolean[] used = new boolean[m];
        double[] b = new double[m];
        for (int a = 0; a < m; a++) {
            b[a] = r[idx.get(a)][j];
        }
        // Cholesky L Lᵀ of R₋ⱼ, skipping (near-)dependent columns.
        for (int a = 0; a < m; a++) {
            double d = r[idx.get(a)][idx.get(a)];
            for (int k = 0; k < a; k++) {
                if (used[k]) {
                    d -= l[a][k] * l[a][k];
                }
            }
            if (d <= 1e-12) {
                used[a] = false;
                continue;
            }
            used[a] = true;
            l[a][a] = Math.sqrt(d);
            for (int c = a + 1; c < m; c++) {
                double s = r[idx.get(c)][idx.get(a)];
                for (int k = 0; k < a; k++) {
                    if (used[k]) {
                        s -= l[c][k] * l[a][k];
                    }
                }
                l[c][a] = s / l[a][a];
            }
        }
        // R² = ‖L⁻¹ b‖² (forward substitution over used columns).
        double[] z = new double[m];
        double r2 = 0;
        for (int a = 0; a < m; a++) {
            if (!used[a]) {
                continue;
            }
            double s = b[a];
            for (int k = 0; k < a; k++) {
                if (used[k]) {
                    s -= l[a][k] * z[k];
                }
            }
            z[a] = s / l[a][a];
            r2 += z[a] * z[a];
        }
        if (r2 >= 1 - 1e-13) {
            return Double.POSITIVE_INFINITY;
        }
        return 1 / (1 - r2);
    }
}
