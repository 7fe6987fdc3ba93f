package dev.glas.core.churn;

/**
 * Logistic regression: p = σ(intercept + Σ coef·x). Reasons of a row are coef·(x − mean), which sum with the
 * base σ⁻¹-space value intercept + Σ coef·mean to the row's log-odds.
 */
public record LinearModel(double[] coef, double intercept, double[] mean, double[] sd) implements Model {

    public LinearModel {
        coef = coef.clone();
        mean = mean.clone();
        sd = sd.clone();
    }

    @Override
    public double[] predict(double[][] cols) {
        int n = cols.length == 0 ? 0 : cols[0].length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double z = intercept;
            for (int f = 0; f < coef.length; f++) {
                z += coef[f] * cols[f][i];
            }
            out[i] = TreeEnsemble.sigmoid(z);
        }
        return out;
    }

    @Override
    public double[][] contributions(double[][] cols, int[] rows) {
        int p = coef.length;
        double base = intercept;
        for (int f = 0; f < p; f++) {
            base += coef[f] * mean[f];
        }
        double[][] out = new double[rows.length][p + 1];
        for (int k = 0; k < rows.length; k++) {
            for (int f = 0; f < p; f++) {
                out[k][f] = coef[f] * (cols[f][rows[k]] - mean[f]);
            }
            out[k][p] = base;
        }
        return out;
    }

    @Override
    public double[] importance() {
        double[] imp = new double[coef.length];
        double total = 0;
        for (int f = 0; f < coef.length; f++) {
            imp[f] = Math.abs(coef[f]) * sd[f];
            total += imp[f];
        }
        if (total > 0) {
            for (int f = 0; f < imp.length; f++) {
                imp[f] /= total;
            }
        }
        return imp;
    }
}
