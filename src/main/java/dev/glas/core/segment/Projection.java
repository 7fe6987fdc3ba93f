package dev.glas.core.segment;

import dev.glas.core.i18n.LocalizedException;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.Arrays;
import java.util.Locale;

/**
 * Low-dimensional maps of the clustered points: PCA (all rows, exact, 2 or 3 components), t-SNE and UMAP
 * (Smile's implementations, on a seeded sample when large).
 *
 * @param method    "pca", "tsne" or "umap"
 * @param rows      indices of the projected rows in the clustered data (all rows for PCA)
 * @param coords    coords[i] = coordinates of rows[i]
 * @param explained for PCA the share of variance of each component, otherwise empty
 * @param seed      seed of the sample and of the embedding
 */
public record Projection(String method, int[] rows, double[][] coords, double[] explained, long seed) {

    public enum Method { PCA, TSNE, UMAP }

    /** Default sample sizes: t-SNE is O(n²) per iteration in Smile; UMAP scales better. */
    public static final int TSNE_SAMPLE = 2_000;
    public static final int UMAP_SAMPLE = 10_000;

    public int dims() {
        return coords.length == 0 ? 0 : coords[0].length;
    }

    public static Projection compute(Points p, Method method, int dims, long seed, Progress progress,
                                     Cancellation cancellation) throws LocalizedException {
        if (dims < 2 || dims > 3) {
            throw new IllegalArgumentException("2 or 3 dimensions");
        }
        progress.report(-1, "segment.projection.progress", method.name().toLowerCase(Locale.ROOT).replace("tsne", "t-SNE"));
        return switch (method) {
            case PCA -> pca(p, dims, seed);
            case TSNE -> {
                int[] rows = ClusterMetrics.sample(p.n(), TSNE_SAMPLE, seed);
                smile.math.MathEx.setSeed(seed);
                cancellation.check();
                double[][] x = toRows(p.rows(rows));
                smile.manifold.TSNE t = smile.manifold.TSNE.fit(x,
                        new smile.manifold.TSNE.Options(dims, Math.min(30, (x.length - 1) / 3.0), 200, 12, 500));
                yield new Projection("tsne", rows, t.coordinates(), new double[0], seed);
            }
            case UMAP -> {
                int[] rows = ClusterMetrics.sample(p.n(), UMAP_SAMPLE, seed);
                smile.math.MathEx.setSeed(seed);
                cancellation.check();
                double[][] x = toRows(p.rows(rows));
                double[][] c;
                try {
                    c = smile.manifold.UMAP.fit(x, new smile.manifold.UMAP.Options(Math.min(15, x.length - 1)));
                } catch (LinkageError | IllegalArgumentException e) {
                    throw nativeLibraryMissing(e);
                }
                double[][] cut = new double[c.length][];
                for (int i = 0; i < c.length; i++) {
                    cut[i] = Arrays.copyOf(c[i], dims);
                }
                yield new Projection("umap", rows, cut, new double[0], seed);
            }
        };
    }

    /**
     * Smile's UMAP reaches OpenBLAS/LAPACK and ARPACK through the FFM API by their unversioned names
     * (libopenblas.so, libarpack.so). Where they are missing, class initialization fails with an
     * {@link ExceptionInInitializerError} (later a {@link NoClassDefFoundError}); this turns that into a
     * localized message naming the library, and rethrows anything else unchanged.
     */
    static LocalizedException nativeLibraryMissing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.startsWith("Cannot open library")) {
                String lib = m.substring(m.indexOf(':') + 1).trim();
                return new LocalizedException(failure, "segment.error.native.library", lib);
            }
        }
        if (failure instanceof LinkageError) {
            return new LocalizedException(failure, "segment.error.native.library", "OpenBLAS / ARPACK");
        }
        throw (RuntimeException) failure;
    }

    static double[][] toRows(Points p) {
        double[][] r = new double[p.n()][];
        for (int i = 0; i < p.n(); i++) {
            r[i] = p.row(i);
        }
        return r;
    }

    /** PCA by the eigen-decomposition (Jacobi) of the covariance matrix; components sorted by variance. */
    public static Projection pca(Points p, int dims, long seed) {
        int n = p.n();
        int d = p.d();
        double[] x = p.x();
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += x[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[][] cov = new double[d][d];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                double va = x[i * d + a] - mean[a];
                for (int b = a; b < d; b++) {
                    cov[a][b] += va * (x[i * d + b] - mean[b]);
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                cov[a][b] /= Math.max(1, n - 1);
                cov[b][a] = cov[a][b];
            }
        }
        double[][] vec = new double[d][d];
        double[] val = jacobi(cov, vec);
        Integer[] order = new Integer[d];
        for (int j = 0; j < d; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> Double.compare(val[b], val[a]));
        double total = Arrays.stream(val).sum();
        int m = Math.min(dims, d);
        double[] explained = new double[m];
        for (int c = 0; c < m; c++) {
            explained[c] = total > 0 ? val[order[c]] / total : 0;
        }
        double[][] coords = new double[n][dims];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < m; c++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += (x[i * d + j] - mean[j]) * vec[j][order[c]];
                }
                coords[i][c] = s;
            }
        }
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return new Projection("pca", rows, coords, explained, seed);
    }

    /** Eigenvalues of symmetric {@code a} (destroyed); eigenvectors in the columns of {@code v}. */
    static double[] jacobi(double[][] a, double[][] v) {
        int d = a.length;
        for (int i = 0; i < d; i++) {
            Arrays.fill(v[i], 0);
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int i = 0; i < d; i++) {
                for (int j = i + 1; j < d; j++) {
                    off += a[i][j] * a[i][j];
                }
            }
            if (off < 1e-22) {
                break;
            }
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    if (Math.abs(a[p][q]) < 1e-300) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < d; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < d; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < d; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[] val = new double[d];
        for (int i = 0; i < d; i++) {
            val[i] = a[i][i];
        }
        return val;
    }
}
