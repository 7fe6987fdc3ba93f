package dev.glas.core.segment;

import dev.glas.core.prep.FeatureMatrix;

/** Row-major points in one flat array ({@code x[i*d + j]}), the layout the clustering loops run on. */
public record Points(double[] x, int n, int d) {

    public Points {
        if (x.length != (long) n * d) {
            throw new IllegalArgumentException("x must hold n*d values");
        }
    }

    public static Points of(FeatureMatrix m) {
        int n = m.rows();
        int d = m.dimensions();
        double[] x = new double[n * d];
        for (int j = 0; j < d; j++) {
            double[] c = m.columns()[j];
            for (int i = 0; i < n; i++) {
                x[i * d + j] = c[i];
            }
        }
        return new Points(x, n, d);
    }

    public static Points of(double[][] rows) {
        int n = rows.length;
        int d = n == 0 ? 0 : rows[0].length;
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows[i], 0, x, i * d, d);
        }
        return new Points(x, n, d);
    }

    /** The given rows as new points. */
    public Points rows(int[] which) {
        double[] y = new double[which.length * d];
        for (int i = 0; i < which.length; i++) {
            System.arraycopy(x, which[i] * d, y, i * d, d);
        }
        return new Points(y, which.length, d);
    }

    public double[] row(int i) {
        double[] r = new double[d];
        System.arraycopy(x, i * d, r, 0, d);
        return r;
    }

    /** Squared euclidean distance between point i and row c of a flat k×d centre array. */
    double dist2(int i, double[] centers, int c) {
        double s = 0;
        int a = i * d;
        int b = c * d;
        for (int j = 0; j < d; j++) {
            double t = x[a + j] - centers[b + j];
            s += t * t;
        }
        return s;
    }

    double dist2Points(int i, int k) {
        double s = 0;
        int a = i * d;
        int b = k * d;
        for (int j = 0; j < d; j++) {
            double t = x[a + j] - x[b + j];
            s += t * t;
        }
        return s;
    }
}
