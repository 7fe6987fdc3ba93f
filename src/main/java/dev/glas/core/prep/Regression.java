package dev.glas.core.prep;

/** Ridge linear regression of one column on the others (column-major data), for iterative imputation. */
final class Regression {

    private Regression() {
    }

    /** Coefficients [intercept, b_0..b_{d-1}] (b_target = 0) fitted on {@code rows}. */
    static double[] ridge(double[][] x, int target, int[] rows, double lambda) {
        int d = x.length;
        int m = d + 1;
        double[][] a = new double[m][m];
        double[] rhs = new double[m];
        double[] f = new double[m];
        for (int r : rows) {
            f[0] = 1;
            for (int p = 0; p < d; p++) {
                f[p + 1] = p == target ? 0 : x[p][r];
            }
            double y = x[target][r];
            for (int u = 0; u < m; u++) {
                double fu = f[u];
                if (fu == 0) {
                    continue;
                }
                rhs[u] += fu * y;
                for (int v = u; v < m; v++) {
                    a[u][v] += fu * f[v];
                }
            }
        }
        double trace = 0;
        for (int u = 0; u < m; u++) {
            for (int v = 0; v < u; v++) {
                a[u][v] = a[v][u];
            }
            trace += a[u][u];
        }
        double ridge = lambda * Math.max(trace / m, 1e-12);
        for (int u = 1; u < m; u++) {
            a[u][u] += ridge;
        }
        a[target + 1][target + 1] += 1; // keep the excluded coefficient at zero and the system non-singular
        return solve(a, rhs);
    }

    /** Writes predictions into {@code x[target]} at the rows flagged in {@code where}. */
    static void predictInto(double[][] x, int target, double[] beta, boolean[] where) {
        int d = x.length;
        double[] y = x[target];
        for (int i = 0; i < y.length; i++) {
            if (!where[i]) {
                continue;
            }
            double s = beta[0];
            for (int p = 0; p < d; p++) {
                if (p != target) {
                    s += beta[p + 1] * x[p][i];
                }
            }
            y[i] = s;
        }
    }

    /** Gaussian elimination with partial pivoting. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        double[] y = b.clone();
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            double[] t = m[c];
            m[c] = m[piv];
            m[piv] = t;
            double ty = y[c];
            y[c] = y[piv];
            y[piv] = ty;
            if (Math.abs(m[c][c]) < 1e-300) {
                continue;
            }
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                if (f == 0) {
                    continue;
                }
                for (int k = c; k < n; k++) {
                    m[r][k] -= f * m[c][k];
                }
                y[r] -= f * y[c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = y[r];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * x[k];
            }
            x[r] = Math.abs(m[r][r]) < 1e-300 ? 0 : s / m[r][r];
        }
        return x;
    }
}
