package dev.glas.core.segment;

/**
 * K-means settings.
 *
 * @param k        number of clusters (≥ 1)
 * @param restarts independent k-means++ initialisations; the lowest inertia wins (sklearn's n_init)
 * @param maxIter  maximum Lloyd iterations per restart
 * @param tol      relative tolerance: stop when the squared centre shift is below tol × mean feature variance
 *                 (sklearn's definition)
 * @param seed     random seed
 */
public record KMeansOptions(int k, int restarts, int maxIter, double tol, long seed) {

    public KMeansOptions {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be at least 1: " + restarts);
        }
        if (maxIter < 1) {
            throw new IllegalArgumentException("maxIter must be at least 1: " + maxIter);
        }
        if (!(tol >= 0)) {
            throw new IllegalArgumentException("tol must be non-negative");
        }
    }

    public KMeansOptions(int k, long seed) {
        this(k, 3, 300, 1e-4, seed);
    }
}
