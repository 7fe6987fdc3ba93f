package dev.glas.core.churn;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;

/**
 * Grows one histogram tree on binned data from gradients and hessians (second-order boosting splits,
 * gain = G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ), leaf value −G/(H+λ)). Two modes:
 * <ul>
 *   <li>all features per node: leaf-wise (best-first) growth up to {@code maxLeaves}; the larger child's
 *   histogram is the parent's minus the smaller child's (histogram subtraction);</li>
 *   <li>{@code featuresPerNode > 0} (random forest): depth-first growth, each node draws that many features
 *   and builds their histograms directly.</li>
 * </ul>
 * Histograms of big nodes are built in parallel over features on a small shared pool.
 */
final class TreeGrower {

    /** Shared pool for histogram building (at most 4 threads; the machine may have only 2 cores). */
    static final ForkJoinPool POOL = new ForkJoinPool(Math.max(1, Math.min(4,
            Runtime.getRuntime().availableProcessors())));
    private static final long PARALLEL_WORK = 64_000;

    record Params(int maxLeaves, int maxDepth, int minSamplesLeaf, double minHessian, double l2,
                  int featuresPerNode) {
    }

    /** Feature-major bins, kept only when nodes draw features (random forest); else null, see {@link #rowBins}. */
    private final byte[][] bins;
    /** Row-major copy of the bins (row r's features at r·p … r·p+p−1) when every node scans all features. */
    private final byte[] rowBins;
    private final Binning binning;
    private final int p;
    private final int[] offset;
    /** 3 × offset: where a feature's bins start in {@link Hist#s}. */
    private final int[] offset3;
    private final int totalBins;
    private final Params prm;

    TreeGrower(byte[][] bins, Binning binning, Params prm) {
        this.binning = binning;
        this.p = bins.length;
        this.prm = prm;
        this.offset = new int[p + 1];
        for (int f = 0; f < p; f++) {
            offset[f + 1] = offset[f] + binning.bins(f);
        }
        this.totalBins = offset[p];
        this.offset3 = new int[p];
        for (int f = 0; f < p; f++) {
            offset3[f] = 3 * offset[f];
        }
        this.rowBins = prm.featuresPerNode() > 0 && prm.featuresPerNode() < p ? null : rowMajor(bins);
        // one layout is kept, not both: with the row-major copy the feature-major arrays can be freed
        this.bins = rowBins == null ? bins : null;
    }

    private static byte[] rowMajor(byte[][] bins) {
        int p = bins.length;
        int n = p == 0 ? 0 : bins[0].length;
        byte[] out = new byte[Math.multiplyExact(n, p)];
        for (int f = 0; f < p; f++) {
            byte[] b = bins[f];
            for (int r = 0, at = f; r < n; r++, at += p) {
                out[at] = b[r];
            }
        }
        return out;
    }

    /**
     * Per-bin sums, interleaved so that one update touches one cache line: gradient at s[3·bin], hessian at
     * s[3·bin+1], row count at s[3·bin+2] (a double holds counts exactly).
     */
    private static final class Hist {
        final double[] s;

        Hist(int size) {
            s = new double[3 * size];
        }

        double g(int bin) {
            return s[3 * bin];
        }

        double h(int bin) {
            return s[3 * bin + 1];
        }

        int c(int bin) {
            return (int) s[3 * bin + 2];
        }

        void add(Hist o) {
            double[] a = s;
            double[] b = o.s;
            for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
            }
        }

        void subtract(Hist o) {
            double[] a = s;
            double[] b = o.s;
            for (int i = 0; i < a.length; i++) {
                a[i] -= b[i];
            }
        }
    }

    private static final class Split {
        int feature = -1;
        int bin;
        double gain;
        double gl;
        double hl;
        int cl;
    }

    private final class Pending {
        final int node;
        final int start;
        final int end;
        final int depth;
        final double g;
        final double h;
        Hist hist;
        Split split;

        Pending(int node, int start, int end, int depth, double g, double h) {
            this.node = node;
            this.start = start;
            this.end = end;
            this.depth = depth;
            this.g = g;
            this.h = h;
        }

        int count() {
            return end - start;
        }
    }

    // growable tree arrays
    private int[] feature;
    private double[] threshold;
    private int[] binSplit;
    private int[] left;
    private int[] right;
    private double[] value;
    private double[] cover;
    private double[] gainArr;
    private int nodes;

    /**
     * Grows a tree on the rows {@code idx} (reordered in place so each leaf's rows are contiguous).
     *
     * @param leafOfRow if not null, receives for every row in {@code idx} the node id of its leaf
     */
    Tree grow(double[] grad, double[] hess, int[] idx, SplittableRandom rnd, int[] leafOfRow) {
        int cap = 64;
        feature = new int[cap];
        threshold = new double[cap];
        binSplit = new int[cap];
        left = new int[cap];
        right = new int[cap];
        value = new double[cap];
        cover = new double[cap];
        gainArr = new double[cap];
        nodes = 0;
        // sums in a method of their own: grow() keeps no long loop, so the JIT compiles it once, not on-stack
        double[] gh = sums(grad, hess, idx);
        Pending root = new Pending(newNode(), 0, idx.length, 0, gh[0], gh[1]);
        setLeaf(root);
        boolean sampled = prm.featuresPerNode() > 0 && prm.featuresPerNode() < p;
        int leaves = 1;
        if (sampled) {
            Deque<Pending> stack = new ArrayDeque<>();
            prepare(root, grad, hess, idx, rnd, true);
            stack.push(root);
            while (!stack.isEmpty()) {
                Pending leaf = stack.pop();
                if (leaf.split == null || (prm.maxLeaves() > 0 && leaves >= prm.maxLeaves())) {
                    continue;
                }
                Pending[] kids = split(leaf, grad, hess, idx);
                leaves++;
                for (Pending k : kids) {
                    prepare(k, grad, hess, idx, rnd, true);
                    stack.push(k);
                }
            }
        } else {
            PriorityQueue<Pending> queue = new PriorityQueue<>((a, b) -> Double.compare(b.split.gain, a.split.gain));
            root.hist = histogram(grad, hess, idx, root.start, root.end, null);
            root.split = bestSplit(root, null);
            if (root.split != null) {
                queue.add(root);
            }
            while (!queue.isEmpty() && (prm.maxLeaves() <= 0 || leaves < prm.maxLeaves())) {
                Pending leaf = queue.poll();
                Pending[] kids = split(leaf, grad, hess, idx);
                leaves++;
                Pending small = kids[0].count() <= kids[1].count() ? kids[0] : kids[1];
                Pending large = small == kids[0] ? kids[1] : kids[0];
                small.hist = histogram(grad, hess, idx, small.start, small.end, null);
                Hist lh = leaf.hist;
                lh.subtract(small.hist);
                large.hist = lh;
                leaf.hist = null;
                for (Pending k : kids) {
                    k.split = bestSplit(k, null);
                    if (k.split != null) {
                        queue.add(k);
                    } else {
                        k.hist = null;
                    }
                }
            }
        }
        if (leafOfRow != null) {
            fillLeaves(0, idx, leafOfRow);
        }
        return new Tree(Arrays.copyOf(feature, nodes), Arrays.copyOf(threshold, nodes), Arrays.copyOf(left, nodes),
                Arrays.copyOf(right, nodes), Arrays.copyOf(value, nodes), Arrays.copyOf(cover, nodes),
                Arrays.copyOf(gainArr, nodes));
    }

    /**
     * Leaf node of row {@code row} in the tree grown last, walked on the row's bins (the same decisions as
     * {@link Tree#predict(double[][], int)} on the raw values, as bin ≤ b ⇔ x ≤ threshold(b) and NaN is bin 0).
     */
    int leafOfBinned(int row) {
        int n = 0;
        if (rowBins != null) {
            int base = row * p;
            while (feature[n] >= 0) {
                n = (rowBins[base + feature[n]] & 0xFF) <= binSplit[n] ? left[n] : right[n];
            }
        } else {
            while (feature[n] >= 0) {
                n = (bins[feature[n]][row] & 0xFF) <= binSplit[n] ? left[n] : right[n];
            }
        }
        return n;
    }

    private static double[] sums(double[] grad, double[] hess, int[] idx) {
        double g = 0;
        double h = 0;
        for (int r : idx) {
            g += grad[r];
            h += hess[r];
        }
        return new double[] {g, h};
    }

    private int[] partitionBuffer;

    // node ranges for leaf filling
    private int[] rangeStart = new int[64];
    private int[] rangeEnd = new int[64];

    private void fillLeaves(int node, int[] idx, int[] leafOfRow) {
        if (feature[node] < 0) {
            for (int i = rangeStart[node]; i < rangeEnd[node]; i++) {
                leafOfRow[idx[i]] = node;
            }
            return;
        }
        fillLeaves(left[node], idx, leafOfRow);
        fillLeaves(right[node], idx, leafOfRow);
    }

    private void prepare(Pending leaf, double[] grad, double[] hess, int[] idx, SplittableRandom rnd,
                         boolean sampled) {
        if (leaf.count() < 2 * prm.minSamplesLeaf() || (prm.maxDepth() > 0 && leaf.depth >= prm.maxDepth())) {
            leaf.split = null;
            return;
        }
        int[] feats = null;
        if (sampled) {
            int[] all = new int[p];
            for (int f = 0; f < p; f++) {
                all[f] = f;
            }
            int k = prm.featuresPerNode();
            for (int i = 0; i < k; i++) {
                int j = i + rnd.nextInt(p - i);
                int t = all[i];
                all[i] = all[j];
                all[j] = t;
            }
            feats = Arrays.copyOf(all, k);
        }
        leaf.hist = histogram(grad, hess, idx, leaf.start, leaf.end, feats);
        leaf.split = bestSplit(leaf, feats);
        leaf.hist = null;
    }

    private Hist histogram(double[] grad, double[] hess, int[] idx, int start, int end, int[] feats) {
        int n = end - start;
        if (feats == null && rowBins != null) {
            int chunks = (long) n * p >= PARALLEL_WORK ? POOL.getParallelism() : 1;
            if (chunks <= 1) {
                Hist hist = new Hist(totalBins);
                rowMajorHistogram(grad, hess, idx, start, end, hist);
                return hist;
            }
            // rows split into one chunk per thread, each with its own histogram, summed at the end; the calling
            // thread takes the first chunk itself
            Hist[] parts = new Hist[chunks];
            ForkJoinTask<?>[] forked = new ForkJoinTask<?>[chunks];
            for (int k = chunks - 1; k >= 0; k--) {
                int from = start + (int) ((long) n * k / chunks);
                int to = start + (int) ((long) n * (k + 1) / chunks);
                int part = k;
                Runnable job = () -> {
                    Hist h = new Hist(totalBins);
                    rowMajorHistogram(grad, hess, idx, from, to, h);
                    parts[part] = h;
                };
                if (k == 0) {
                    job.run();
                } else {
                    forked[k] = POOL.submit(job);
                }
            }
            for (int k = 1; k < chunks; k++) {
                forked[k].join();
                parts[0].add(parts[k]);
            }
            return parts[0];
        }
        Hist hist = new Hist(totalBins);
        double[] og = new double[n];
        double[] oh = new double[n];
        for (int i = 0; i < n; i++) {
            int r = idx[start + i];
            og[i] = grad[r];
            oh[i] = hess[r];
        }
        int nf = feats == null ? p : feats.length;
        java.util.function.IntConsumer one = k -> {
            int f = feats == null ? k : feats[k];
            byte[] b = bins[f];
            int off = offset[f];
            double[] hs = hist.s;
            for (int i = 0; i < n; i++) {
                int at = 3 * (off + (b[idx[start + i]] & 0xFF));
                hs[at] += og[i];
                hs[at + 1] += oh[i];
                hs[at + 2] += 1;
            }
        };
        if ((long) n * nf >= PARALLEL_WORK && POOL.getParallelism() > 1) {
            POOL.submit(() -> IntStream.range(0, nf).parallel().forEach(one)).join();
        } else {
            for (int k = 0; k < nf; k++) {
                one.accept(k);
            }
        }
        return hist;
    }

    /** Adds the rows idx[from, to) to {@code hist}, reading each row's bins from one place of the row-major copy. */
    private void rowMajorHistogram(double[] grad, double[] hess, int[] idx, int from, int to, Hist hist) {
        double[] hs = hist.s;
        byte[] rb = rowBins;
        int[] off3 = offset3;
        int pp = p;
        for (int i = from; i < to; i++) {
            int r = idx[i];
            double g = grad[r];
            double h = hess[r];
            int base = r * pp;
            for (int f = 0; f < pp; f++) {
                int at = off3[f] + 3 * (rb[base + f] & 0xFF);
                hs[at] += g;
                hs[at + 1] += h;
                hs[at + 2] += 1;
            }
        }
    }

    private Split bestSplit(Pending leaf, int[] feats) {
        if (leaf.count() < 2 * prm.minSamplesLeaf() || (prm.maxDepth() > 0 && leaf.depth >= prm.maxDepth())) {
            return null;
        }
        double lambda = prm.l2();
        double parentScore = leaf.g * leaf.g / (leaf.h + lambda);
        Split best = null;
        int nf = feats == null ? p : feats.length;
        int total = leaf.count();
        for (int k = 0; k < nf; k++) {
            int f = feats == null ? k : feats[k];
            int off = offset[f];
            int nb = binning.bins(f);
            double gl = 0;
            double hl = 0;
            int cl = 0;
            for (int b = 0; b < nb - 1; b++) {
                gl += leaf.hist.g(off + b);
                hl += leaf.hist.h(off + b);
                cl += leaf.hist.c(off + b);
                int cr = total - cl;
                if (cl < prm.minSamplesLeaf()) {
                    continue;
                }
                if (cr < prm.minSamplesLeaf()) {
                    break;
                }
                double hr = leaf.h - hl;
                if (hl < prm.minHessian() || hr < prm.minHessian()) {
                    continue;
                }
                double gr = leaf.g - gl;
                double gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parentScore;
                if (gain > 1e-12 && (best == null || gain > best.gain)) {
                    if (best == null) {
                        best = new Split();
                    }
                    best.feature = f;
                    best.bin = b;
                    best.gain = gain;
                    best.gl = gl;
                    best.hl = hl;
                    best.cl = cl;
                }
            }
        }
        return best;
    }

    private Pending[] split(Pending leaf, double[] grad, double[] hess, int[] idx) {
        Split s = leaf.split;
        byte[] b = rowBins != null ? rowBins : bins[s.feature];
        int stride = rowBins != null ? p : 1;
        int first = rowBins != null ? s.feature : 0;
        // stable partition of idx[start, end): rows with bin <= s.bin first, both sides keep ascending row order
        // (so histogram building reads the feature arrays front to back)
        if (partitionBuffer == null || partitionBuffer.length < idx.length) {
            partitionBuffer = new int[idx.length];
        }
        int lo = leaf.start;
        int hi = 0;
        int bin = s.bin;
        for (int i = leaf.start; i < leaf.end; i++) {
            int row = idx[i];
            if ((b[row * stride + first] & 0xFF) <= bin) {
                idx[lo++] = row;
            } else {
                partitionBuffer[hi++] = row;
            }
        }
        System.arraycopy(partitionBuffer, 0, idx, lo, hi);
        int mid = lo;
        int node = leaf.node;
        feature[node] = s.feature;
        threshold[node] = binning.threshold(s.feature, s.bin);
        binSplit[node] = s.bin;
        gainArr[node] = s.gain;
        Pending l = new Pending(newNode(), leaf.start, mid, leaf.depth + 1, s.gl, s.hl);
        Pending r = new Pending(newNode(), mid, leaf.end, leaf.depth + 1, leaf.g - s.gl, leaf.h - s.hl);
        left[node] = l.node;
        right[node] = r.node;
        setLeaf(l);
        setLeaf(r);
        return new Pending[] {l, r};
    }

    private void setLeaf(Pending leaf) {
        feature[leaf.node] = -1;
        value[leaf.node] = -leaf.g / (leaf.h + prm.l2());
        cover[leaf.node] = leaf.count();
        rangeStart[leaf.node] = leaf.start;
        rangeEnd[leaf.node] = leaf.end;
    }

    private int newNode() {
        if (nodes == feature.length) {
            int cap = nodes * 2;
            feature = Arrays.copyOf(feature, cap);
            threshold = Arrays.copyOf(threshold, cap);
            binSplit = Arrays.copyOf(binSplit, cap);
            left = Arrays.copyOf(left, cap);
            right = Arrays.copyOf(right, cap);
            value = Arrays.copyOf(value, cap);
            cover = Arrays.copyOf(cover, cap);
            gainArr = Arrays.copyOf(gainArr, cap);
        }
        if (nodes >= rangeStart.length) {
            rangeStart = Arrays.copyOf(rangeStart, nodes * 2 + 2);
            rangeEnd = Arrays.copyOf(rangeEnd, nodes * 2 + 2);
        }
        feature[nodes] = -1;
        return nodes++;
    }
}
