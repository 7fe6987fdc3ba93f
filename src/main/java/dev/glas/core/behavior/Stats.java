package dev.glas.core.behavior;

import java.util.Arrays;

/** Small numeric helpers shared by the behaviour code. */
final class Stats {

    private Stats() {
    }

    /** Median of a[from, to) (sorts that range in place); NaN when empty; mean of the middle two when even. */
    static double median(double[] a, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return Double.NaN;
        }
        Arrays.sort(a, from, to);
        int mid = from + n / 2;
        return n % 2 == 1 ? a[mid] : (a[mid - 1] + a[mid]) / 2.0;
    }

    static int hour(long localMillis) {
        return (int) (Math.floorMod(localMillis, 86_400_000L) / 3_600_000L);
    }

    static long day(long localMillis) {
        return Math.floorDiv(localMillis, 86_400_000L);
    }

    /** Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
    static int weekday(long localMillis) {
        return (int) Math.floorMod(day(localMillis) + 3, 7L);
    }
}
