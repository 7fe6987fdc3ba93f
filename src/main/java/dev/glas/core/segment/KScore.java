package dev.glas.core.segment;

/** Quality figures of the k-means solution for one k. */
public record KScore(int k, double inertia, double silhouette, double calinskiHarabasz, double daviesBouldin,
                     double stability) {
}
