package dev.glas.core.data;

import java.util.Arrays;

/**
 * Equal-width histogram: {@code counts[i]} values fall in {@code [edges[i], edges[i+1])} (the last bin is
 * closed). For dates the edges are epoch days, for date-times epoch seconds (local time, no zone).
 */
public record Histogram(double[] edges, int[] counts) {

    public Histogram {
        if (edges.length != counts.length + 1) {
            throw new IllegalArgumentException("edges must be one longer than counts");
        }
        edges = edges.clone();
        counts = counts.clone();
    }

    @Override
    public double[] edges() {
        return edges.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    public int bins() {
        return counts.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && Arrays.equals(h.edges, edges) && Arrays.equals(h.counts, counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(edges) * 31 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Histogram" + Arrays.toString(counts);
    }
}
