package dev.glas.core.text;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Themes of open answers: embeddings (mean-pooled BERT of a model folder, or TF-IDF of stemmed words reduced
 * by truncated SVD), unit-length rows, k-means with k chosen by the best silhouette over a range; per theme
 * class-based TF-IDF keywords on stemmed words, the answers closest to the centre, size; a 2D map (first two
 * principal components) and groups of duplicate / near-duplicate answers (same set of stemmed words).
 */
public final class TextClustering {

    /**
     * @param encoder   model folder for embeddings, or {@code null} for TF-IDF + SVD
     * @param kMin      smallest k tried
     * @param kMax      largest k tried (kMin == kMax fixes k)
     * @param seed      seed of k-means, SVD and the silhouette sample
     * @param svdDims   SVD dimensions for TF-IDF
     * @param keywords  keywords per theme
     * @param examples  representative answers per theme
     * @param batchSize texts per model pass
     */
    public record Options(ModelFolder encoder, int kMin, int kMax, long seed, int svdDims, int keywords,
                          int examples, int batchSize) {
        public Options {
            if (kMin < 2 || kMax < kMin || kMax > 50) {
                throw new IllegalArgumentException("k must be in 2..50 and kMin <= kMax");
            }
            if (svdDims < 2 || keywords < 1 || examples < 1 || batchSize < 1) {
                throw new IllegalArgumentException("bad clustering options");
            }
        }

        public static Options defaults(ModelFolder encoder, int kMin, int kMax, long seed) {
            return new Options(encoder, kMin, kMax, seed, 100, 8, 5, 32);
        }
    }

    /**
     * @param id          0-based theme id
     * @param size        answers in the theme
     * @param keywords    top stems by class-based TF-IDF
     * @param examples    most representative answers (closest to the centre), distinct texts
     * @param exampleRows their indices in the input
     * @param rows        all indices of the theme, ascending
     */
    public record Cluster(int id, int size, List<String> keywords, List<String> examples, int[] exampleRows, int[] rows) {
    }

    /** Answers that are the same up to case, punctuation, word forms and word order. */
    public record DuplicateGroup(String text, int[] rows) {
    }

    /**
     * @param assignment theme of each input text (-1 for empty texts)
     * @param x          2D map coordinates (NaN for empty texts)
     * @param silhouette k → silhouette score (every k tried)
     */
    public record Result(int k, List<Cluster> clusters, int[] assignment, double[] x, double[] y,
                         Map<Integer, Double> silhouette, List<DuplicateGroup> duplicates, String encoder,
                         double seconds) {
    }

    private TextClustering() {
    }

    public static Result run(List<String> texts, Options o, Progress progress, Cancellation cancellation)
            throws TextException {
        long t0 = System.nanoTime();
        List<Integer> rows = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) != null && !texts.get(i).isBlank()) {
                rows.add(i);
                docs.add(texts.get(i));
            }
        }
        int n = docs.size();
        if (n < o.kMin() + 1) {
            throw new TextException("text.cluster.error.rows", n, o.kMin());
        }
        RussianText rt = new RussianText();
        List<List<String>> stems = new ArrayList<>(n);
        for (String d : docs) {
            stems.add(rt.stems(d));
        }
        double[][] emb;
        if (o.encoder() != null) {
            try (BertEncoder enc = BertEncoder.open(o.encoder(), ModelFolder.Backend.AUTO)) {
                float[][] e = enc.encode(docs, o.batchSize(), true, progress.slice(0, 0.5), cancellation).embeddings();
                emb = new double[n][];
                for (int i = 0; i < n; i++) {
                    emb[i] = new double[e[i].length];
                    for (int j = 0; j < e[i].length; j++) {
                        emb[i][j] = e[i][j];
                    }
                }
            }
        } else {
            progress.report(0.05, "text.progress.svd");
            emb = tfidfSvd(stems, o.svdDims(), o.seed(), cancellation);
        }
        for (double[] v : emb) {
            double norm = Math.sqrt(Arrays.stream(v).map(a -> a * a).sum());
            if (norm > 0) {
                for (int j = 0; j < v.length; j++) {
                    v[j] /= norm;
                }
            }
        }
        Map<Integer, Double> sil = new LinkedHashMap<>();
        KMeans.Fit best = null;
        int bestK = o.kMin();
        double bestS = Double.NEGATIVE_INFINITY;
        int kMax = Math.min(o.kMax(), n - 1);
        for (int k = o.kMin(); k <= kMax; k++) {
            cancellation.check();
            progress.report(0.5 + 0.4 * (k - o.kMin()) / Math.max(1, kMax - o.kMin() + 1), "text.progress.cluster", k);
            KMeans.Fit f = KMeans.fit(emb, k, 3, o.seed(), cancellation);
            double s = o.kMin() == kMax ? Double.NaN : KMeans.silhouette(emb, f.labels(), k, 2000, o.seed());
            sil.put(k, s);
            if (best == null || s > bestS) {
                best = f;
                bestS = s;
                bestK = k;
            }
        }
        progress.report(0.9, "text.progress.themes");
        List<Cluster> clusters = describe(best, bestK, emb, docs, stems, rows, o);
        double[][] xy = pca2(emb);
        int[] assignment = new int[texts.size()];
        double[] px = new double[texts.size()];
        double[] py = new double[texts.size()];
        Arrays.fill(assignment, -1);
        Arrays.fill(px, Double.NaN);
        Arrays.fill(py, Double.NaN);
        for (int i = 0; i < n; i++) {
            assignment[rows.get(i)] = best.labels()[i];
            px[rows.get(i)] = xy[i][0];
            py[rows.get(i)] = xy[i][1];
        }
        progress.report(1.0, "text.progress.themes");
        return new Result(bestK, clusters, assignment, px, py, sil, duplicates(docs, stems, rows),
                o.encoder() == null ? "tfidf" : o.encoder().folder().toString(), (System.nanoTime() - t0) / 1e9);
    }

    private static List<Cluster> describe(KMeans.Fit fit, int k, double[][] emb, List<String> docs,
                                          List<List<String>> stems, List<Integer> rows, Options o) {
        int n = docs.size();
        // class-based TF-IDF: tf(t, c) / |words in c| * log(1 + A / f(t)), A = mean words per class
        List<Map<String, Integer>> tf = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            tf.add(new HashMap<>());
        }
        Map<String, Integer> total = new HashMap<>();
        long[] words = new long[k];
        for (int i = 0; i < n; i++) {
            int c = fit.labels()[i];
            for (String s : stems.get(i)) {
                if (s.startsWith("_")) {
                    continue;
                }
                tf.get(c).merge(s, 1, Integer::sum);
                total.merge(s, 1, Integer::sum);
                words[c]++;
            }
        }
        double avg = Arrays.stream(words).average().orElse(1);
        List<Cluster> out = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            int cc = c;
            long wc = Math.max(1, words[c]);
            List<String> kw = tf.get(c).entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, Integer>>comparingDouble(
                            e -> -(double) e.getValue() / wc * Math.log(1 + avg / total.get(e.getKey())))
                            .thenComparing(Map.Entry::getKey))
                    .limit(o.keywords()).map(Map.Entry::getKey).toList();
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (fit.labels()[i] == cc) {
                    members.add(i);
                }
            }
            double[] centre = fit.centers()[c];
            members.sort(Comparator.comparingDouble((Integer i) -> KMeans.sq(emb[i], centre)).thenComparing(i -> i));
            List<String> ex = new ArrayList<>();
            List<Integer> exRows = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i : members) {
                if (ex.size() >= o.examples()) {
                    break;
                }
                if (seen.add(RussianText.normalize(docs.get(i)))) {
                    ex.add(docs.get(i));
                    exRows.add(rows.get(i));
                }
            }
            int[] all = members.stream().mapToInt(rows::get).sorted().toArray();
            out.add(new Cluster(c, members.size(), kw, ex, exRows.stream().mapToInt(Integer::intValue).toArray(), all));
        }
        return out;
    }

    private static List<DuplicateGroup> duplicates(List<String> docs, List<List<String>> stems, List<Integer> rows) {
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            List<String> key = new ArrayList<>(new java.util.TreeSet<>(stems.get(i)));
            String k = key.isEmpty() ? "\u0000" + RussianText.normalize(docs.get(i)) : String.join(" ", key);
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
        List<DuplicateGroup> out = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            if (g.size() > 1) {
                out.add(new DuplicateGroup(docs.get(g.get(0)), g.stream().mapToInt(rows::get).toArray()));
            }
        }
        out.sort(Comparator.comparingInt((DuplicateGroup g) -> -g.rows().length).thenComparing(DuplicateGroup::text));
        return out;
    }

    /** TF-IDF of stemmed words (min df 2) reduced to {@code dims} by truncated SVD (subspace iteration). */
    static double[][] tfidfSvd(List<List<String>> stems, int dims, long seed, Cancellation cancellation) {
        int n = stems.size();
        Map<String, Integer> df = new HashMap<>();
        for (List<String> s : stems) {
            for (String t : new java.util.HashSet<>(s)) {
                df.merge(t, 1, Integer::sum);
            }
        }
        Map<String, Integer> vocab = new HashMap<>();
        List<Double> idf = new ArrayList<>();
        for (Map.Entry<String, Integer> e : new TreeMap<>(df).entrySet()) {
            if (e.getValue() >= 2) {
                vocab.put(e.getKey(), vocab.size());
                idf.add(Math.log((1.0 + n) / (1.0 + e.getValue())) + 1);
            }
        }
        int d = vocab.size();
        int[][] idx = new int[n][];
        double[][] val = new double[n][];
        for (int i = 0; i < n; i++) {
            TreeMap<Integer, Integer> counts = new TreeMap<>();
            for (String t : stems.get(i)) {
                Integer j = vocab.get(t);
                if (j != null) {
                    counts.merge(j, 1, Integer::sum);
                }
            }
            idx[i] = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
            val[i] = new double[idx[i].length];
            double norm = 0;
            int k = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                val[i][k] = (1 + Math.log(e.getValue())) * idf.get(e.getKey());
                norm += val[i][k] * val[i][k];
                k++;
            }
            for (k = 0; k < val[i].length; k++) {
                val[i][k] /= Math.sqrt(norm);
            }
        }
        int m = Math.max(2, Math.min(dims, Math.min(n - 1, d)));
        if (d == 0) {
            double[][] z = new double[n][2];
            return z;
        }
        Random rnd = new Random(seed);
        double[][] q = new double[n][m];
        for (double[] row : q) {
            for (int j = 0; j < m; j++) {
                row[j] = rnd.nextGaussian();
            }
        }
        orthonormalize(q);
        for (int iter = 0; iter < 4; iter++) {
            cancellation.check();
            double[][] xtq = new double[d][m];      // X^T Q
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < idx[i].length; k++) {
                    double v = val[i][k];
                    double[] dst = xtq[idx[i][k]];
                    for (int j = 0; j < m; j++) {
                        dst[j] += v * q[i][j];
                    }
                }
            }
            for (int i = 0; i < n; i++) {           // Q = X (X^T Q)
                Arrays.fill(q[i], 0);
                for (int k = 0; k < idx[i].length; k++) {
                    double v = val[i][k];
                    double[] src = xtq[idx[i][k]];
                    for (int j = 0; j < m; j++) {
                        q[i][j] += v * src[j];
                    }
                }
            }
            orthonormalize(q);
        }
        // projection of each row on the subspace: U S ≈ Q Q^T X restricted to coordinates Q^T X X^T Q
        double[][] xtq = new double[d][m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < idx[i].length; k++) {
                double v = val[i][k];
                double[] dst = xtq[idx[i][k]];
                for (int j = 0; j < m; j++) {
                    dst[j] += v * q[i][j];
                }
            }
        }
        double[][] out = new double[n][m];        // X (X^T Q) = coordinates of rows in the span, scaled
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < idx[i].length; k++) {
                double v = val[i][k];
                double[] src = xtq[idx[i][k]];
                for (int j = 0; j < m; j++) {
                    out[i][j] += v * src[j];
                }
            }
        }
        return out;
    }

    private static void orthonormalize(double[][] q) {
        int n = q.length;
        int m = q[0].length;
        for (int j = 0; j < m; j++) {
            for (int p = 0; p < j; p++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += q[i][j] * q[i][p];
                }
                for (int i = 0; i < n; i++) {
                    q[i][j] -= dot * q[i][p];
                }
            }
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += q[i][j] * q[i][j];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                q[i][j] = norm > 1e-12 ? q[i][j] / norm : 0;
            }
        }
    }

    /** First two principal components (power iteration with deflation, deterministic start). */
    static double[][] pca2(double[][] x) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        for (double[] r : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += r[j] / n;
            }
        }
        double[][] comps = new double[2][];
        for (int c = 0; c < 2; c++) {
            double[] v = new double[d];
            for (int j = 0; j < d; j++) {
                v[j] = 1.0 / Math.sqrt(d) * (1 + 0.01 * j);
            }
            for (int iter = 0; iter < 60; iter++) {
                double[] w = new double[d];
                for (double[] r : x) {
                    double s = 0;
                    for (int j = 0; j < d; j++) {
                        s += (r[j] - mean[j]) * v[j];
                    }
                    for (int j = 0; j < d; j++) {
                        w[j] += s * (r[j] - mean[j]);
                    }
                }
                for (int p = 0; p < c; p++) {
                    double dot = 0;
                    for (int j = 0; j < d; j++) {
                        dot += w[j] * comps[p][j];
                    }
                    for (int j = 0; j < d; j++) {
                        w[j] -= dot * comps[p][j];
                    }
                }
                double norm = Math.sqrt(Arrays.stream(w).map(a -> a * a).sum());
                if (norm < 1e-12) {
                    break;
                }
                for (int j = 0; j < d; j++) {
                    v[j] = w[j] / norm;
                }
            }
            comps[c] = v;
        }
        double[][] out = new double[n][2];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 2; c++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += (x[i][j] - mean[j]) * comps[c][j];
                }
                out[i][c] = s;
            }
        }
        return out;
    }
}
