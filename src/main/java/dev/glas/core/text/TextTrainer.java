package dev.glas.core.text;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Trains a text classifier from a labelled column: TF-IDF + logistic regression, or a logistic-regression head
 * on mean-pooled embeddings of a model folder. Quality is measured by stratified k-fold cross-validation
 * (features, idf and standardization are fitted on the training part of each fold only); the final model is
 * then trained on all rows.
 */
public final class TextTrainer {

    /**
     * @param encoder   {@code null} for TF-IDF, otherwise the model folder whose embeddings are used
     * @param folds     cross-validation folds (2..20), or 0/1 for no cross-validation
     * @param seed      seed of fold assignment and SGD shuffling
     * @param batchSize texts per forward pass of the encoder
     * @param tfidf     TF-IDF options
     */
    public record Options(ModelFolder encoder, int folds, long seed, int batchSize, Tfidf.Options tfidf) {
        public Options {
            if (folds < 0 || folds > 20) {
                throw new IllegalArgumentException("folds must be 0..20");
            }
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be >= 1");
            }
        }

        public static Options tfidf(int folds, long seed) {
            return new Options(null, folds, seed, 32, Tfidf.Options.defaults());
        }
    }

    /**
     * @param model        the model trained on all rows
     * @param rows         rows used (text and label present)
     * @param classCounts  label → rows
     * @param cvMacroF1    mean macro F1 over folds (NaN without cross-validation)
     * @param foldMacroF1  macro F1 of each fold
     * @param outOfFold    evaluation of the pooled out-of-fold predictions (null without cross-validation)
     * @param seconds      wall time
     */
    public record Result(TextModel model, int rows, Map<String, Integer> classCounts, double cvMacroF1,
                         double[] foldMacroF1, Evaluation outOfFold, double seconds) {
    }

    private TextTrainer() {
    }

    public static Result train(List<String> texts, List<String> labels, Options o, Progress progress,
                               Cancellation cancellation) throws TextException {
        long t0 = System.nanoTime();
        List<String> x = new ArrayList<>();
        List<String> yText = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            String l = labels.get(i);
            if (t != null && !t.isBlank() && l != null && !l.isBlank()) {
                x.add(t);
                yText.add(l.strip());
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        yText.forEach(l -> counts.merge(l, 1, Integer::sum));
        if (counts.size() < 2) {
            throw new TextException("text.train.error.classes", counts.size());
        }
        List<String> classes = List.copyOf(counts.keySet());
        int[] y = yText.stream().mapToInt(classes::indexOf).toArray();
        int n = x.size();
        int folds = o.folds() <= 1 ? 0 : o.folds();
        if (folds > 0 && n < 2 * folds) {
            throw new TextException("text.train.error.rows", n, folds);
        }
        Features features = o.encoder() == null
                ? tfidfFeatures(x, o, progress.slice(0, 0.2), cancellation)
                : embeddingFeatures(x, o, progress.slice(0, 0.6), cancellation);
        double from = o.encoder() == null ? 0.2 : 0.6;
        double[] foldF1 = new double[folds];
        String[] oof = new String[n];
        if (folds > 0) {
            int[] fold = stratifiedFolds(y, classes.size(), folds, o.seed());
            for (int f = 0; f < folds; f++) {
                cancellation.check();
                int ff = f;
                int[] train = rows(fold, k -> k != ff);
                int[] test = rows(fold, k -> k == ff);
                double a = from + (1 - from) * f / (folds + 1);
                double b = from + (1 - from) * (f + 1) / (folds + 1);
                TextModel m = features.fit(train, y, classes, o.seed(), progress.slice(a, b), cancellation);
                float[][] p = features.predict(m, test);
                List<String> truth = new ArrayList<>();
                List<String> pred = new ArrayList<>();
                for (int i = 0; i < test.length; i++) {
                    String label = classes.get(SoftmaxRegression.argmax(p[i]));
                    oof[test[i]] = label;
                    truth.add(yText.get(test[i]));
                    pred.add(label);
                }
                foldF1[f] = Evaluation.of(truth, pred).macroF1();
            }
        }
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        TextModel model = features.fit(all, y, classes, o.seed(),
                progress.slice(from + (1 - from) * folds / (folds + 1), 1.0), cancellation);
        Evaluation eval = folds > 0 ? Evaluation.of(yText, Arrays.asList(oof)) : null;
        double cv = folds > 0 ? Arrays.stream(foldF1).average().orElse(Double.NaN) : Double.NaN;
        return new Result(model, n, new LinkedHashMap<>(counts), cv, foldF1, eval, (System.nanoTime() - t0) / 1e9);
    }

    /** Fold of each row: within each class, rows are shuffled (seeded) and dealt to folds in turn. */
    public static int[] stratifiedFolds(int[] y, int classes, int folds, long seed) {
        Random rnd = new Random(seed);
        int[] fold = new int[y.length];
        int offset = 0;
        for (int c = 0; c < classes; c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                if (y[i] == c) {
                    members.add(i);
                }
            }
            java.util.Collections.shuffle(members, rnd);
            for (int k = 0; k < members.size(); k++) {
                fold[members.get(k)] = (offset + k) % folds;
            }
            offset += members.size();
        }
        return fold;
    }

    private static int[] rows(int[] fold, java.util.function.IntPredicate keep) {
        return java.util.stream.IntStream.range(0, fold.length).filter(i -> keep.test(fold[i])).toArray();
    }

    /** Features shared by all folds; fit/predict on subsets of rows. */
    private interface Features {
        TextModel fit(int[] rows, int[] y, List<String> classes, long seed, Progress p, Cancellation c)
                throws TextException;

        float[][] predict(TextModel model, int[] rows);
    }

    private static int[] sub(int[] y, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = y[rows[i]];
        }
        return out;
    }

    private static Features tfidfFeatures(List<String> x, Options o, Progress progress, Cancellation cancellation) {
        Tfidf.Corpus corpus = Tfidf.analyze(x, o.tfidf(), progress, cancellation);
        return new Features() {
            @Override
            public TextModel fit(int[] rows, int[] y, List<String> classes, long seed, Progress p, Cancellation c) {
                Tfidf tfidf = Tfidf.fit(corpus, rows, o.tfidf());
                SoftmaxRegression head = SoftmaxRegression.fit(tfidf.transform(corpus, rows), sub(y, rows),
                        classes.size(), SoftmaxRegression.Options.defaults(seed, rows.length), p, c);
                return new TfidfTextModel(classes, tfidf, head);
            }

            @Override
            public float[][] predict(TextModel model, int[] rows) {
                TfidfTextModel m = (TfidfTextModel) model;
                return m.head().predictProba(m.tfidf().transform(corpus, rows));
            }
        };
    }

    private static Features embeddingFeatures(List<String> x, Options o, Progress progress, Cancellation cancellation)
            throws TextException {
        float[][] emb;
        try (BertEncoder enc = BertEncoder.open(o.encoder(), ModelFolder.Backend.AUTO)) {
            emb = enc.encode(x, o.batchSize(), true, progress, cancellation).embeddings();
        }
        return new Features() {
            @Override
            public TextModel fit(int[] rows, int[] y, List<String> classes, long seed, Progress p, Cancellation c) {
                int d = emb[0].length;
                float[] mean = new float[d];
                float[] scale = new float[d];
                for (int r : rows) {
                    for (int j = 0; j < d; j++) {
                        mean[j] += emb[r][j] / rows.length;
                    }
                }
                for (int r : rows) {
                    for (int j = 0; j < d; j++) {
                        double v = emb[r][j] - mean[j];
                        scale[j] += (float) (v * v / rows.length);
                    }
                }
                for (int j = 0; j < d; j++) {
                    scale[j] = scale[j] > 1e-12 ? (float) (1 / Math.sqrt(scale[j])) : 1f;
                }
                float[][] sel = new float[rows.length][];
                for (int i = 0; i < rows.length; i++) {
                    sel[i] = emb[rows[i]];
                }
                SoftmaxRegression head = SoftmaxRegression.fit(
                        SparseRows.dense(EmbeddingTextModel.standardize(sel, mean, scale)), sub(y, rows),
                        classes.size(), new SoftmaxRegression.Options(30, 0.1, 1e-4, true, seed), p, c);
                return new EmbeddingTextModel(classes, o.encoder(), mean, scale, head, o.batchSize());
            }

            @Override
            public float[][] predict(TextModel model, int[] rows) {
                EmbeddingTextModel m = (EmbeddingTextModel) model;
                float[][] sel = new float[rows.length][];
                for (int i = 0; i < rows.length; i++) {
                    sel[i] = emb[rows[i]];
                }
                return m.head().predictProba(SparseRows.dense(EmbeddingTextModel.standardize(sel, m.mean(), m.scale())));
            }
        };
    }
}
