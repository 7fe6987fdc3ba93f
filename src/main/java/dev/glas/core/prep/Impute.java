package dev.glas.core.prep;

import dev.glas.core.data.ColumnType;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.Cancellation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Fills missing values of the given columns (empty = every column with missing values that the method
 * applies to). Methods:
 * <ul>
 * <li>MEAN, MEDIAN (numeric) — as sklearn's SimpleImputer;</li>
 * <li>MODE — most frequent value, ties to the smallest (as SimpleImputer "most_frequent");</li>
 * <li>CONSTANT — {@code constant} (a number for numeric columns);</li>
 * <li>NO_INFORMATION — the category {@value #NO_INFORMATION} (categorical/text columns);</li>
 * <li>RANDOM — a seeded random draw from the observed values of the column (up to 5,000 kept);</li>
 * <li>KNN — mean of the {@code neighbors} nearest reference rows (z-scored nan-euclidean distance over
 * the numeric columns, up to 2,000 reference rows sampled with the seed);</li>
 * <li>ITERATIVE — MICE-style: start from means, then {@code iterations} rounds of regressing each target
 * column on all other numeric columns (ridge 1e-10·mean diagonal, fitted on up to 20,000 observed rows) and predicting
 * the missing entries; every round's coefficients are stored so replay gives the same values.</li>
 * </ul>
 */
public record Impute(List<String> columns, Method method, String constant, int neighbors, int iterations,
                     long seed) implements Step {

    public static final String NO_INFORMATION = "no_information";
    static final int RANDOM_POOL = 5_000;
    static final int KNN_REFERENCE = 2_000;
    static final int MICE_ROWS = 20_000;

    public enum Method {
        MEAN, MEDIAN, MODE, CONSTANT, NO_INFORMATION, RANDOM, KNN, ITERATIVE;

        boolean numericOnly() {
            return this == MEAN || this == MEDIAN || this == KNN || this == ITERATIVE;
        }
    }

    public Impute {
        columns = List.copyOf(columns);
        if (method == null) {
            method = Method.MEDIAN;
        }
        if (neighbors <= 0) {
            neighbors = 5;
        }
        if (iterations <= 0) {
            iterations = 10;
        }
        if (method == Method.CONSTANT && constant == null) {
            throw new IllegalArgumentException("CONSTANT imputation needs a constant");
        }
    }

    public static Impute of(Method method, String... columns) {
        return new Impute(List.of(columns), method, null, 5, 10, 42);
    }

    public static Impute constant(String value, String... columns) {
        return new Impute(List.of(columns), Method.CONSTANT, value, 5, 10, 42);
    }

    @Override
    public FittedStep fit(Frame in, Cancellation cancellation) throws PrepException {
        List<String> cols = resolve(in);
        int m = cols.size();
        List<Double> numFill = new ArrayList<>(Arrays.asList(new Double[m]));
        List<String> textFill = new ArrayList<>(Arrays.asList(new String[m]));
        List<List<Double>> numPool = null;
        List<List<String>> textPool = null;
        List<Boolean> numeric = new ArrayList<>();
        for (String c : cols) {
            numeric.add(in.isNumeric(c));
        }
        switch (method) {
            case MEAN, MEDIAN -> {
                for (int j = 0; j < m; j++) {
                    double[] v = in.numbers(cols.get(j));
                    numFill.set(j, method == Method.MEAN ? Columns.mean(v)
                            : Columns.quantile(Columns.sortedPresent(v), 0.5));
                }
            }
            case MODE -> {
                for (int j = 0; j < m; j++) {
                    if (numeric.get(j)) {
                        numFill.set(j, modeNumber(in.numbers(cols.get(j))));
                    } else {
                        textFill.set(j, modeText(in.texts(cols.get(j))));
                    }
                }
            }
            case CONSTANT -> {
                for (int j = 0; j < m; j++) {
                    if (numeric.get(j)) {
                        try {
                            numFill.set(j, Double.parseDouble(constant.trim().replace(',', '.')));
                        } catch (NumberFormatException e) {
                            throw new PrepException("segment.prep.error.constant.not.number", constant, cols.get(j));
                        }
                    } else {
                        textFill.set(j, constant);
                    }
                }
            }
            case NO_INFORMATION -> {
                for (int j = 0; j < m; j++) {
                    textFill.set(j, NO_INFORMATION);
                }
            }
            case RANDOM -> {
                numPool = new ArrayList<>();
                textPool = new ArrayList<>();
                SplittableRandom rnd = new SplittableRandom(seed);
                for (int j = 0; j < m; j++) {
                    if (numeric.get(j)) {
                        double[] p = Columns.sortedPresent(in.numbers(cols.get(j)));
                        numPool.add(samplePool(p.length, rnd).stream().map(i -> p[i]).toList());
                        textPool.add(List.of());
                    } else {
                        String[] t = Arrays.stream(in.texts(cols.get(j))).filter(x -> x != null).toArray(String[]::new);
                        textPool.add(samplePool(t.length, rnd).stream().map(i -> t[i]).toList());
                        numPool.add(List.of());
                    }
                }
            }
            case KNN -> {
                return fitKnn(in, cols, cancellation);
            }
            case ITERATIVE -> {
                return fitIterative(in, cols, cancellation);
            }
            default -> throw new IllegalStateException();
        }
        return new Fitted(cols, method, numeric, numFill, textFill, numPool, textPool, seed, neighbors,
                null, null, null, null, null);
    }

    private List<String> resolve(Frame in) throws PrepException {
        List<String> cols = new ArrayList<>();
        if (columns.isEmpty()) {
            boolean constantIsNumber = constant != null && isNumber(constant);
            for (String c : in.data().columnNames()) {
                ColumnType t = in.type(c);
                if (in.missing(c) == 0 || t == ColumnType.IDENTIFIER || t.isTemporal()) {
                    continue;
                }
                boolean num = in.isNumeric(c);
                boolean ok = switch (method) {
                    case MEAN, MEDIAN, KNN, ITERATIVE -> num;
                    case NO_INFORMATION -> !num;
                    case CONSTANT -> num == constantIsNumber;
                    default -> true;
                };
                if (ok) {
                    cols.add(c);
                }
            }
            return cols;
        }
        Columns.requirePresent(in, columns);
        List<String> bad = new ArrayList<>();
        for (String c : columns) {
            boolean num = in.isNumeric(c);
            if ((method.numericOnly() && !num) || (method == Method.NO_INFORMATION && num)
                    || in.type(c).isTemporal()) {
                bad.add(c);
            }
        }
        if (!bad.isEmpty()) {
            throw new PrepException("segment.prep.error.impute.type",
                    method.name().toLowerCase(Locale.ROOT), String.join(", ", bad));
        }
        return columns;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.trim().replace(',', '.'));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<Integer> samplePool(int n, SplittableRandom rnd) {
        List<Integer> idx = new ArrayList<>();
        if (n <= RANDOM_POOL) {
            for (int i = 0; i < n; i++) {
                idx.add(i);
            }
        } else {
            for (int i = 0; i < RANDOM_POOL; i++) {
                idx.add(rnd.nextInt(n));
            }
        }
        return idx;
    }

    static double modeNumber(double[] v) {
        TreeMap<Double, Integer> counts = new TreeMap<>();
        for (double x : v) {
            if (!Double.isNaN(x)) {
                counts.merge(x, 1, Integer::sum);
            }
        }
        double best = Double.NaN;
        int bestCount = 0;
        for (Map.Entry<Double, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    static String modeText(String[] v) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (String x : v) {
            if (x != null) {
                counts.merge(x, 1, Integer::sum);
            }
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** Numeric non-identifier columns used as distance/regression inputs. */
    private static List<String> predictors(Frame in) throws PrepException {
        return Columns.numeric(in, List.of());
    }

    private Fitted fitKnn(Frame in, List<String> cols, Cancellation cancellation) throws PrepException {
        List<String> preds = predictors(in);
        int d = preds.size();
        double[][] x = new double[d][];
        List<Double> means = new ArrayList<>();
        List<Double> stds = new ArrayList<>();
        for (int p = 0; p < d; p++) {
            x[p] = in.numbers(preds.get(p));
            double mu = Columns.mean(x[p]);
            double sd = Columns.std(x[p], mu);
            means.add(Double.isNaN(mu) ? 0 : mu);
            stds.add(sd > 0 ? sd : 1);
        }
        int n = in.rows();
        int[] ref = sampleRows(n, KNN_REFERENCE, new SplittableRandom(seed));
        List<List<Double>> reference = new ArrayList<>();
        for (int r : ref) {
            List<Double> row = new ArrayList<>(d);
            for (int p = 0; p < d; p++) {
                row.add(x[p][r]);
            }
            reference.add(row);
        }
        cancellation.check();
        return new Fitted(cols, method, cols.stream().map(c -> true).toList(), null, null, null, null, seed,
                neighbors, preds, means, stds, reference, null);
    }

    private Fitted fitIterative(Frame in, List<String> cols, Cancellation cancellation) throws PrepException {
        List<String> preds = predictors(in);
        int d = preds.size();
        int n = in.rows();
        double[][] x = new double[d][];
        List<Double> means = new ArrayList<>();
        boolean[][] missing = new boolean[d][n];
        for (int p = 0; p < d; p++) {
            x[p] = in.numbers(preds.get(p));
            double mu = Columns.mean(x[p]);
            means.add(Double.isNaN(mu) ? 0 : mu);
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(x[p][i])) {
                    missing[p][i] = true;
                    x[p][i] = means.get(p);
                }
            }
        }
        int[] targets = cols.stream().mapToInt(preds::indexOf).toArray();
        List<List<Double>> coefficients = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int it = 0; it < iterations; it++) {
            for (int t : targets) {
                cancellation.check();
                int[] observed = new int[n];
                int no = 0;
                for (int i = 0; i < n; i++) {
                    if (!missing[t][i]) {
                        observed[no++] = i;
                    }
                }
                int[] rows = Arrays.copyOf(observed, no);
                if (no > MICE_ROWS) {
                    int[] pick = sampleRows(no, MICE_ROWS, rnd);
                    rows = Arrays.stream(pick).map(k -> observed[k]).toArray();
                }
                double[] beta = Regression.ridge(x, t, rows, 1e-10);
                List<Double> b = new ArrayList<>(beta.length);
                for (double v : beta) {
                    b.add(v);
                }
                coefficients.add(b);
                Regression.predictInto(x, t, beta, missing[t]);
            }
        }
        return new Fitted(cols, method, cols.stream().map(c -> true).toList(), null, null, null, null, seed,
                iterations, preds, means, null, null, coefficients);
    }

    static int[] sampleRows(int n, int max, SplittableRandom rnd) {
        if (n <= max) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        // partial Fisher–Yates
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = 0; i < max; i++) {
            int j = i + rnd.nextInt(n - i);
            int tmp = perm[i];
            perm[i] = perm[j];
            perm[j] = tmp;
        }
        int[] out = Arrays.copyOf(perm, max);
        Arrays.sort(out);
        return out;
    }

    @Override
    public String describe() {
        return Messages.get("segment.prep.step.impute", Messages.get("segment.prep.impute." + method.name()
                .toLowerCase(Locale.ROOT)), columns.isEmpty() ? Messages.get("segment.prep.all.missing")
                : String.join(", ", columns));
    }

    /**
     * What an imputation learned. Fields not used by the method are null. For KNN/ITERATIVE,
     * {@code predictors} are the numeric columns used, {@code means}/{@code stds} their training statistics,
     * {@code reference} the KNN reference rows, {@code coefficients} one [intercept, b per predictor] list per
     * (round, target) in the order they were fitted; {@code param} is k (KNN) or the number of rounds.
     */
    public record Fitted(List<String> columns, Method method, List<Boolean> numeric, List<Double> numberFill,
                         List<String> textFill, List<List<Double>> numberPool, List<List<String>> textPool,
                         long seed, int param, List<String> predictors, List<Double> means, List<Double> stds,
                         List<List<Double>> reference, List<List<Double>> coefficients) implements FittedStep {

        @Override
        public Frame apply(Frame in, boolean scoring, Cancellation cancellation) throws PrepException {
            return switch (method) {
                case KNN -> applyKnn(in, cancellation);
                case ITERATIVE -> applyIterative(in, cancellation);
                default -> applySimple(in);
            };
        }

        private Frame applySimple(Frame in) throws PrepException {
            Frame out = in;
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int j = 0; j < columns.size(); j++) {
                String c = columns.get(j);
                if (numeric.get(j)) {
                    if (!in.isNumeric(c)) {
                        throw new PrepException("segment.prep.error.not.numeric", c);
                    }
                    double[] v = in.numbers(c);
                    List<Double> pool = method == Method.RANDOM ? numberPool.get(j) : null;
                    double fill = numberFill == null || numberFill.get(j) == null ? Double.NaN : numberFill.get(j);
                    fillNumbers(v, pool, fill, rnd);
                    out = out.withNumbers(c, v);
                } else {
                    String[] v = in.texts(c);
                    List<String> pool = method == Method.RANDOM ? textPool.get(j) : null;
                    String fill = textFill == null ? null : textFill.get(j);
                    fillTexts(v, pool, fill, rnd);
                    ColumnType t = in.type(c);
                    out = out.withTexts(c, v, t.isNumeric() ? ColumnType.CATEGORICAL : t);
                }
            }
            return out;
        }

        // The fill loops are methods of their own so the JIT compiles each once, instead of compiling
        // applySimple again on-stack for each of its loops (JFR: three C2 compilations of it per churn run).
        private static void fillNumbers(double[] v, List<Double> pool, double fill, SplittableRandom rnd) {
            for (int i = 0; i < v.length; i++) {
                if (Double.isNaN(v[i])) {
                    v[i] = pool != null ? (pool.isEmpty() ? Double.NaN : pool.get(rnd.nextInt(pool.size()))) : fill;
                }
            }
        }

        private static void fillTexts(String[] v, List<String> pool, String fill, SplittableRandom rnd) {
            for (int i = 0; i < v.length; i++) {
                if (v[i] == null) {
                    v[i] = pool != null ? (pool.isEmpty() ? null : pool.get(rnd.nextInt(pool.size()))) : fill;
                }
            }
        }

        private double[][] predictorValues(Frame in) throws PrepException {
            Columns.requirePresent(in, predictors);
            double[][] x = new double[predictors.size()][];
            for (int p = 0; p < x.length; p++) {
                x[p] = in.numbers(predictors.get(p));
            }
            return x;
        }

        private Frame applyKnn(Frame in, Cancellation cancellation) throws PrepException {
            double[][] x = predictorValues(in);
            int d = x.length;
            int n = in.rows();
            int r = reference.size();
            double[][] ref = new double[r][d];
            for (int a = 0; a < r; a++) {
                for (int p = 0; p < d; p++) {
                    Double v = reference.get(a).get(p);
                    ref[a][p] = v == null ? Double.NaN : (v - means.get(p)) / stds.get(p);
                }
            }
            int[] targets = columns.stream().mapToInt(predictors::indexOf).toArray();
            double[][] out = new double[targets.length][];
            for (int t = 0; t < targets.length; t++) {
                out[t] = x[targets[t]].clone();
            }
            double[] dist = new double[r];
            double[] z = new double[d];
            Integer[] order = new Integer[r];
            for (int i = 0; i < n; i++) {
                boolean any = false;
                for (int t : targets) {
                    any |= Double.isNaN(x[t][i]);
                }
                if (!any) {
                    continue;
                }
                if ((i & 0xFF) == 0) {
                    cancellation.check();
                }
                for (int p = 0; p < d; p++) {
                    z[p] = (x[p][i] - means.get(p)) / stds.get(p);
                }
                for (int a = 0; a < r; a++) {
                    double s = 0;
                    int present = 0;
                    for (int p = 0; p < d; p++) {
                        double diff = z[p] - ref[a][p];
                        if (!Double.isNaN(diff)) {
                            s += diff * diff;
                            present++;
                        }
                    }
                    dist[a] = present == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(s * d / present);
                    order[a] = a;
                }
                Arrays.sort(order, (u, v) -> Double.compare(dist[u], dist[v]));
                for (int t = 0; t < targets.length; t++) {
                    int tp = targets[t];
                    if (!Double.isNaN(x[tp][i])) {
                        continue;
                    }
                    double s = 0;
                    int k = 0;
                    for (int a = 0; a < r && k < param; a++) {
                        double v = ref[order[a]][tp];
                        if (!Double.isNaN(v)) {
                            s += v * stds.get(tp) + means.get(tp);
                            k++;
                        }
                    }
                    out[t][i] = k == 0 ? means.get(tp) : s / k;
                }
            }
            Frame f = in;
            for (int t = 0; t < targets.length; t++) {
                f = f.withNumbers(columns.get(t), out[t]);
            }
            return f;
        }

        private Frame applyIterative(Frame in, Cancellation cancellation) throws PrepException {
            double[][] x = predictorValues(in);
            int d = x.length;
            int n = in.rows();
            boolean[][] missing = new boolean[d][n];
            for (int p = 0; p < d; p++) {
                x[p] = x[p].clone();
                for (int i = 0; i < n; i++) {
                    if (Double.isNaN(x[p][i])) {
                        missing[p][i] = true;
                        x[p][i] = means.get(p);
                    }
                }
            }
            int[] targets = columns.stream().mapToInt(predictors::indexOf).toArray();
            int k = 0;
            for (int it = 0; it < param; it++) {
                for (int t : targets) {
                    cancellation.check();
                    List<Double> b = coefficients.get(k++);
                    double[] beta = b.stream().mapToDouble(Double::doubleValue).toArray();
                    Regression.predictInto(x, t, beta, missing[t]);
                }
            }
            Frame f = in;
            for (int t = 0; t < targets.length; t++) {
                f = f.withNumbers(columns.get(t), x[targets[t]]);
            }
            // Non-target predictors keep their own missing values.
            return f;
        }

        @Override
        public List<String> inputs() {
            if (predictors != null) {
                List<String> all = new ArrayList<>(predictors);
                return all;
            }
            return columns;
        }

        @Override
        public String describe() {
            return Messages.get("segment.prep.step.impute", Messages.get("segment.prep.impute." + method.name()
                    .toLowerCase(Locale.ROOT)), String.join(", ", columns));
        }
    }
}
