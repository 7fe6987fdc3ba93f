package dev.glas.core.churn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded stratified splits. */
public final class Folds {

    private Folds() {
    }

    /**
     * Stratified k-fold: within each class the rows are shuffled with the seed and dealt to folds in turn,
     * so every fold has (within one row) the same class mix.
     *
     * @return fold number (0..k-1) of each row in {@code rows}, indexed like {@code rows}
     */
    public static int[] stratifiedKFold(int[] y, int[] rows, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("k must be >= 2");
        }
        int[] fold = new int[rows.length];
        SplittableRandom rnd = new SplittableRandom(seed);
        int next = 0;
        for (int cls = 0; cls <= 1; cls++) {
            List<Integer> pos = new ArrayList<>();
            for (int i = 0; i < rows.length; i++) {
                if (y[rows[i]] == cls) {
                    pos.add(i);
                }
            }
            int[] a = pos.stream().mapToInt(Integer::intValue).toArray();
            shuffle(a, rnd);
            for (int j = 0; j < a.length; j++) {
                fold[a[j]] = (next + j) % k;
            }
            next = (next + a.length) % k; // continue dealing where the other class stopped
        }
        return fold;
    }

    /** Stratified split of {@code rows} into [train, test] with about {@code testFraction} of each class in test. */
    public static int[][] stratifiedSplit(int[] y, int[] rows, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be in (0, 1)");
        }
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int[] train = new int[rows.length];
        int[] test = new int[rows.length];
        int nt = 0;
        int ns = 0;
        for (int cls = 0; cls <= 1; cls++) {
            int c = cls;
            int[] a = Arrays.stream(rows).filter(r -> y[r] == c).toArray();
            shuffle(a, rnd);
            int m = (int) Math.round(a.length * testFraction);
            for (int j = 0; j < a.length; j++) {
                if (j < m) {
                    test[ns++] = a[j];
                } else {
                    train[nt++] = a[j];
                }
            }
        }
        int[] tr = Arrays.copyOf(train, nt);
        int[] te = Arrays.copyOf(test, ns);
        Arrays.sort(tr);
        Arrays.sort(te);
        return new int[][] {tr, te};
    }

    static void shuffle(int[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
