package dev.glas.core.segment;

/**
 * Settings of the choose-k sweep.
 *
 * @param kMin               smallest k (≥ 2)
 * @param kMax               largest k
 * @param restarts           k-means++ restarts per k
 * @param seed               seed of k-means, of the silhouette sample and of the bootstrap resamples
 * @param silhouetteExactMax compute the silhouette on all rows up to this many rows, above it on a sample
 * @param silhouetteSample   sample size for the silhouette above {@code silhouetteExactMax}
 * @param stabilityResamples bootstrap resamples for stability (0 = skip)
 * @param stabilitySample    rows per bootstrap resample (and in the evaluation set)
 */
public record SweepOptions(int kMin, int kMax, int restarts, long seed, int silhouetteExactMax, int silhouetteSample,
                           int stabilityResamples, int stabilitySample) {

    public static final long DEFAULT_SEED = 42;

    public SweepOptions {
        if (kMin < 2 || kMax < kMin) {
            throw new IllegalArgumentException("k range must satisfy 2 <= kMin <= kMax: " + kMin + ".." + kMax);
        }
        if (restarts < 1 || silhouetteExactMax < 2 || silhouetteSample < 2 || stabilityResamples < 0
                || stabilitySample < 10) {
            throw new IllegalArgumentException("invalid sweep options");
        }
    }

    /** Defaults: k 2..15, 3 restarts, seed 42, exact silhouette up to 10,000 rows, sample of 10,000 above,
     * 5 bootstrap resamples of 5,000 rows. */
    public static SweepOptions defaults() {
        return range(2, 15, DEFAULT_SEED);
    }

    public static SweepOptions range(int kMin, int kMax, long seed) {
        return new SweepOptions(kMin, kMax, 3, seed, 10_000, 10_000, 5, 5_000);
    }

    public int count() {
        return kMax - kMin + 1;
    }
}
