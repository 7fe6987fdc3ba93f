package dev.glas.core.text;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * TF-IDF of Russian texts: stemmed words, stop words kept (unigrams and optionally bigrams), plus character
 * n-grams of the whitespace-separated tokens (punctuation and emoticons included) padded with spaces (like
 * sklearn's {@code char_wb}); sublinear tf
 * (1 + ln tf), smoothed idf ln((1+n)/(1+df)) + 1, rows scaled to unit length. Terms seen in fewer than
 * {@code minDf} training texts are dropped; at most {@code maxFeatures} terms (most frequent) are kept.
 */
public final class Tfidf {

    /**
     * @param bigrams     add word bigrams
     * @param charMin     shortest character n-gram (0 = no character n-grams)
     * @param charMax     longest character n-gram
     * @param minDf       minimum document frequency
     * @param maxFeatures maximum number of terms
     */
    public record Options(boolean bigrams, int charMin, int charMax, int minDf, int maxFeatures) {
        public Options {
            if (charMin < 0 || (charMin > 0 && charMax < charMin) || minDf < 1 || maxFeatures < 1) {
                throw new IllegalArgumentException("bad TF-IDF options");
            }
        }

        public static Options defaults() {
            return new Options(true, 2, 4, 2, 300_000);
        }
    }

    /** Texts analyzed once: a term dictionary and, per text, ascending unique term ids with counts. */
    public record Corpus(List<String> terms, int[][] ids, int[][] counts) {
        public int size() {
            return ids.length;
        }
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final Options options;
    private final String[] terms;
    private final float[] idf;
    private final LongIntMap index;

    public Tfidf(Options options, String[] terms, float[] idf) {
        this.options = options;
        this.terms = terms;
        this.idf = idf;
        this.index = new LongIntMap(terms.length);
        for (int i = 0; i < terms.length; i++) {
            index.put(hash(terms[i].charAt(0), terms[i], 1, terms[i].length()), i);
        }
    }

    public Options options() {
        return options;
    }

    public int size() {
        return terms.length;
    }

    String[] terms() {
        return terms;
    }

    float[] idf() {
        return idf;
    }

    /** Receives the terms of a text: a 64-bit hash of (type, chars) and, lazily, the term as a string. */
    interface Sink {
        /** Returns true when the term string is wanted (first sight of the hash). */
        boolean term(long hash);

        void text(String term);
    }

    static long hash(char type, String s, int from, int to) {
        long h = 0xcbf29ce484222325L ^ type;
        h *= 0x100000001b3L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static void emit(Sink sink, char type, String s, int from, int to) {
        if (sink.term(hash(type, s, from, to))) {
            sink.text(type + s.substring(from, to));
        }
    }

    /** Terms of one text (with repetitions): "c" char n-grams, "w" stems, "b" stem bigrams. */
    static void analyze(String text, Options o, RussianText rt, Sink sink) {
        String norm = RussianText.normalize(text);
        if (o.charMin() > 0) {
            // character n-grams of whitespace-separated tokens, punctuation and emoticons included (char_wb)
            for (String tok : SPACES.split(norm)) {
                if (tok.isEmpty() || tok.startsWith("_")) {
                    continue;
                }
                String padded = " " + tok + " ";
                for (int n = o.charMin(); n <= o.charMax(); n++) {
                    for (int i = 0; i + n <= padded.length(); i++) {
                        emit(sink, 'c', padded, i, i + n);
                    }
                }
            }
        }
        List<String> words = RussianText.words(norm);
        String prev = null;
        for (String w : words) {
            if (w.length() < 2) {
                continue; // stop words are kept here: negations such as «не» carry the meaning of a text
            }
            String s = rt.stem(w);
            emit(sink, 'w', s, 0, s.length());
            if (o.bigrams() && prev != null) {
                String bg = prev + ' ' + s;
                emit(sink, 'b', bg, 0, bg.length());
            }
            prev = s;
        }
    }

    /** Analyzes all texts once (reused by every cross-validation fold). */
    public static Corpus analyze(List<String> texts, Options o, Progress progress, Cancellation cancellation) {
        LongIntMap dict = new LongIntMap(1 << 16);
        List<String> termList = new ArrayList<>();
        RussianText rt = new RussianText();
        int n = texts.size();
        int[][] ids = new int[n][];
        int[][] counts = new int[n][];
        int[][] buf = {new int[1024]};
        int[] len = {0};
        Sink sink = new Sink() {
            @Override
            public boolean term(long hash) {
                int id = dict.get(hash);
                boolean fresh = id < 0;
                if (fresh) {
                    id = termList.size();
                    dict.put(hash, id);
                    termList.add(null);
                }
                if (len[0] == buf[0].length) {
                    buf[0] = Arrays.copyOf(buf[0], len[0] * 2);
                }
                buf[0][len[0]++] = id;
                return fresh;
            }

            @Override
            public void text(String term) {
                termList.set(termList.size() - 1, term);
            }
        };
        for (int i = 0; i < n; i++) {
            if ((i & 511) == 0) {
                cancellation.check();
                progress.report((double) i / n, "text.progress.analyze", i, n);
            }
            len[0] = 0;
            analyze(texts.get(i), o, rt, sink);
            int[] tmp = buf[0];
            int m = len[0];
            Arrays.sort(tmp, 0, m);
            int u = 0;
            int[] uid = new int[m];
            int[] cnt = new int[m];
            for (int k = 0; k < m; k++) {
                if (u > 0 && uid[u - 1] == tmp[k]) {
                    cnt[u - 1]++;
                } else {
                    uid[u] = tmp[k];
                    cnt[u] = 1;
                    u++;
                }
            }
            ids[i] = Arrays.copyOf(uid, u);
            counts[i] = Arrays.copyOf(cnt, u);
        }
        progress.report(1.0, "text.progress.analyze", n, n);
        return new Corpus(List.copyOf(termList), ids, counts);
    }

    /** Chooses terms and idf from the given rows of an analyzed corpus. */
    public static Tfidf fit(Corpus corpus, int[] rows, Options o) {
        int[] df = new int[corpus.terms().size()];
        for (int r : rows) {
            for (int id : corpus.ids()[r]) {
                df[id]++;
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int t = 0; t < df.length; t++) {
            if (df[t] >= o.minDf()) {
                kept.add(t);
            }
        }
        if (kept.size() > o.maxFeatures()) {
            kept.sort((a, b) -> df[b] != df[a] ? Integer.compare(df[b], df[a]) : Integer.compare(a, b));
            kept = new ArrayList<>(kept.subList(0, o.maxFeatures()));
            kept.sort(Integer::compare);
        }
        String[] terms = new String[kept.size()];
        float[] idf = new float[kept.size()];
        double n = rows.length;
        for (int k = 0; k < terms.length; k++) {
            int t = kept.get(k);
            terms[k] = corpus.terms().get(t);
            idf[k] = (float) (Math.log((1 + n) / (1 + df[t])) + 1);
        }
        return new Tfidf(o, terms, idf);
    }

    /** TF-IDF rows of corpus texts (terms unknown to this vectorizer are ignored). */
    public SparseRows transform(Corpus corpus, int[] rows) {
        int[] map = new int[corpus.terms().size()];
        for (int t = 0; t < map.length; t++) {
            String term = corpus.terms().get(t);
            map[t] = index.get(hash(term.charAt(0), term, 1, term.length()));
        }
        int[][] idx = new int[rows.length][];
        float[][] val = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            int[] ids = corpus.ids()[rows[i]];
            int[] cnt = corpus.counts()[rows[i]];
            int[] fi = new int[ids.length];
            int[] fc = new int[ids.length];
            int u = 0;
            for (int k = 0; k < ids.length; k++) {
                if (map[ids[k]] >= 0) {
                    fi[u] = map[ids[k]];
                    fc[u++] = cnt[k];
                }
            }
            row(fi, fc, u, idx, val, i);
        }
        return new SparseRows(idx, val, terms.length);
    }

    /** TF-IDF rows of new texts. */
    public SparseRows transform(List<String> texts, Cancellation cancellation) {
        RussianText rt = new RussianText();
        int[][] idx = new int[texts.size()][];
        float[][] val = new float[texts.size()][];
        int[][] buf = {new int[1024]};
        int[] len = {0};
        Sink sink = new Sink() {
            @Override
            public boolean term(long hash) {
                int id = index.get(hash);
                if (id >= 0) {
                    if (len[0] == buf[0].length) {
                        buf[0] = Arrays.copyOf(buf[0], len[0] * 2);
                    }
                    buf[0][len[0]++] = id;
                }
                return false;
            }

            @Override
            public void text(String term) {
            }
        };
        for (int i = 0; i < texts.size(); i++) {
            if ((i & 511) == 0) {
                cancellation.check();
            }
            len[0] = 0;
            analyze(texts.get(i), options, rt, sink);
            int m = len[0];
            int[] f = buf[0];
            Arrays.sort(f, 0, m);
            int[] fi = new int[m];
            int[] fc = new int[m];
            int u = 0;
            for (int k = 0; k < m; k++) {
                if (u > 0 && fi[u - 1] == f[k]) {
                    fc[u - 1]++;
                } else {
                    fi[u] = f[k];
                    fc[u++] = 1;
                }
            }
            row(fi, fc, u, idx, val, i);
        }
        return new SparseRows(idx, val, terms.length);
    }

    private void row(int[] fi, int[] fc, int u, int[][] idx, float[][] val, int i) {
        float[] v = new float[u];
        double norm = 0;
        for (int k = 0; k < u; k++) {
            v[k] = (float) ((1 + Math.log(fc[k])) * idf[fi[k]]);
            norm += (double) v[k] * v[k];
        }
        float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
        for (int k = 0; k < u; k++) {
            v[k] *= inv;
        }
        idx[i] = Arrays.copyOf(fi, u);
        val[i] = v;
    }
}
