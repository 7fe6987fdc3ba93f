package dev.glas.core.churn;

import dev.glas.AppInfo;
import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import dev.glas.core.i18n.LocalizedException;
import dev.glas.core.prep.FeatureMatrix;
import dev.glas.core.prep.FittedPipeline;
import dev.glas.core.prep.PrepException;
import dev.glas.core.prep.PrepResult;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import dev.glas.core.task.Work;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The churn lab: stratified holdout, stratified k-fold CV of the chosen models with the preparation pipeline
 * fitted on each training fold only, balancing of training folds only, a blend of the two best models,
 * permutation importance on validation folds, VIF, and a final model refitted on all CV rows and tested on
 * the holdout.
 */
public final class ChurnLab {

    private ChurnLab() {
    }

    /** The lab as background work. */
    public static Work<ChurnResult> work(Dataset data, ChurnSetup setup, ChurnOptions options) {
        return (progress, cancellation) -> run(data, setup, options, progress, cancellation);
    }

    /** Labels of all rows: 1 positive, 0 other, -1 missing target. */
    public static int[] labels(Dataset data, String target, String positive) throws ChurnException {
        if (!data.columnNames().contains(target)) {
            throw new ChurnException("churn.error.no.target", target);
        }
        Column<?> c = data.column(target);
        int[] y = new int[data.rowCount()];
        boolean seen = false;
        Double posNum = parse(positive);
        for (int i = 0; i < y.length; i++) {
            if (c.isMissing(i)) {
                y[i] = -1;
                continue;
            }
            String v = c.getString(i).trim();
            boolean hit = v.equals(positive.trim());
            if (!hit && posNum != null && c instanceof NumericColumn<?> nc) {
                hit = nc.getDouble(i) == posNum;
            }
            if (!hit && c instanceof tech.tablesaw.api.BooleanColumn bc && truth(positive) != null) {
                hit = bc.get(i) == truth(positive);
            }
            y[i] = hit ? 1 : 0;
            seen |= hit;
        }
        if (!seen) {
            throw new ChurnException("churn.error.no.positive", positive, target);
        }
        return y;
    }

    /** The distinct values of a column (for choosing the positive class), at most 50. */
    public static List<String> values(Dataset data, String column) {
        Column<?> c = data.column(column);
        java.util.TreeMap<String, Integer> counts = new java.util.TreeMap<>();
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i)) {
                counts.merge(c.getString(i).trim(), 1, Integer::sum);
            }
            if (counts.size() > 50) {
                break;
            }
        }
        return List.copyOf(counts.keySet());
    }

    private static final java.util.regex.Pattern POSITIVE_LIKE = java.util.regex.Pattern.compile(
            "(?iu)yes|true|1|1\\.0|y|t|да|д|churn|churned|churners?|exited|left|attrited.*|ушел|ушёл|ушли|отток|positive");

    /**
     * A sensible positive class of {@code target}: a yes-like value (yes, true, 1, да, Churn, Exited, Attrited…),
     * otherwise the rarest value (the class one usually predicts). For a yes/no column read as booleans this is
     * "true". Empty when the column has no value.
     */
    public static String suggestPositive(Dataset data, String target) {
        List<String> values = values(data, target);
        for (String v : values) {
            if (POSITIVE_LIKE.matcher(v).matches()) {
                return v;
            }
        }
        Column<?> c = data.column(target);
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i)) {
                counts.merge(c.getString(i).trim(), 1, Integer::sum);
            }
        }
        return values.stream().min(Comparator.comparingInt((String v) -> counts.getOrDefault(v, 0))).orElse("");
    }

    private static final List<String> YES = List.of("yes", "true", "1", "y", "t", "да", "д");
    private static final List<String> NO = List.of("no", "false", "0", "n", "f", "нет", "н");

    /** Boolean meaning of a yes/no word (the importer reads yes/no columns as booleans), or null. */
    static Boolean truth(String s) {
        String v = s.trim().toLowerCase(java.util.Locale.ROOT);
        return YES.contains(v) ? Boolean.TRUE : NO.contains(v) ? Boolean.FALSE : null;
    }

    private static Double parse(String s) {
        try {
            return Double.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static ChurnResult run(Dataset data, ChurnSetup setup, ChurnOptions opt, Progress progress,
                                  Cancellation cancellation) throws LocalizedException {
        long t0 = System.nanoTime();
        int[] yAll = labels(data, setup.target(), setup.positive());
        int[] usable = java.util.stream.IntStream.range(0, yAll.length).filter(i -> yAll[i] >= 0).toArray();
        int n = usable.length;
        int[] y = Arrays.stream(usable).map(i -> yAll[i]).toArray();
        int positives = Arrays.stream(y).sum();
        if (positives < opt.folds() || n - positives < opt.folds()) {
            throw new ChurnException("churn.error.too.few", positives, n - positives, opt.folds());
        }
        List<String> missingFeatures = setup.features().stream().filter(f -> !data.columnNames().contains(f)).toList();
        if (!missingFeatures.isEmpty() || setup.features().isEmpty()) {
            throw new ChurnException("churn.error.features", String.join(", ", missingFeatures));
        }
        List<LeakSuspect> leakage = LeakageCheck.scan(data, setup.target(), y, usable);
        Dataset x = select(data, usable, setup.features());

        // holdout and folds (positions 0..n-1 of usable rows)
        int[] all = java.util.stream.IntStream.range(0, n).toArray();
        int[][] split = opt.holdout() > 0 ? Folds.stratifiedSplit(y, all, opt.holdout(), opt.seed())
                : new int[][] {all, new int[0]};
        int[] cv = split[0];
        int[] hold = split[1];
        int[] fold = Folds.stratifiedKFold(y, cv, opt.folds(), opt.seed());
        List<ModelKind> base = opt.models().stream().filter(k -> k != ModelKind.BLEND).distinct().toList();
        if (base.isEmpty()) {
            base = List.of(ModelKind.LR, ModelKind.GBM);
        }
        int k = opt.folds();
        Map<ModelKind, double[]> oof = new EnumMap<>(ModelKind.class);
        Map<ModelKind, List<FoldMetrics>> metrics = new EnumMap<>(ModelKind.class);
        Map<ModelKind, Model[]> foldModels = new EnumMap<>(ModelKind.class);
        for (ModelKind m : base) {
            oof.put(m, new double[cv.length]);
            metrics.put(m, new ArrayList<>());
            foldModels.put(m, new Model[k]);
        }
        double[][][] validCols = new double[k][][];
        int[][] validPos = new int[k][];
        List<String> prepared = null;
        int steps = k * base.size();
        int done = 0;
        for (int f = 0; f < k; f++) {
            cancellation.check();
            int ff = f;
            int[] trPos = java.util.stream.IntStream.range(0, cv.length).filter(i -> fold[i] != ff).toArray();
            int[] vaPos = java.util.stream.IntStream.range(0, cv.length).filter(i -> fold[i] == ff).toArray();
            int[] trRows = Arrays.stream(trPos).map(i -> cv[i]).toArray();
            int[] vaRows = Arrays.stream(vaPos).map(i -> cv[i]).toArray();
            FeatureMatrix fm = prepare(x, setup, trRows, cancellation).matrix();
            prepared = fm.names();
            TrainingSet ts = TrainingSet.of(fm.columns(), y, trRows, opt.balance(), opt.seed() + f,
                    CompactModel.groups(fm.names(), setup.features()));
            double[][] vc = columns(fm.columns(), vaRows);
            validCols[f] = vc;
            validPos[f] = vaPos;
            int[] yv = Arrays.stream(vaRows).map(i -> y[i]).toArray();
            for (ModelKind m : base) {
                progress.report((double) done / (steps + 1), "churn.progress.fold", m.id(), f + 1, k);
                long s0 = System.nanoTime();
                Model model = Tuning.fit(m, ts, opt.tuneSeconds(), opt.seed() + f, cancellation).model();
                double secs = (System.nanoTime() - s0) / 1e9;
                double[] p = model.predict(vc);
                for (int i = 0; i < vaPos.length; i++) {
                    oof.get(m)[vaPos[i]] = p[i];
                }
                metrics.get(m).add(FoldMetrics.of(yv, p, secs));
                foldModels.get(m)[f] = model;
                done++;
            }
        }
        int[] yCv = Arrays.stream(cv).map(i -> y[i]).toArray();
        List<ModelScore> board = new ArrayList<>();
        for (ModelKind m : base) {
            board.add(new ModelScore(m, metrics.get(m), oof.get(m), List.of()));
        }
        board.sort(Comparator.comparingDouble((ModelScore s) -> s.mean(FoldMetrics::rocAuc)).reversed());
        if (opt.models().contains(ModelKind.BLEND) && board.size() >= 2) {
            List<ModelKind> members = List.of(board.get(0).kind(), board.get(1).kind());
            double[] b = new double[cv.length];
            for (ModelKind m : members) {
                double[] o = oof.get(m);
                for (int i = 0; i < b.length; i++) {
                    b[i] += o[i] / members.size();
                }
            }
            List<FoldMetrics> fm = new ArrayList<>();
            for (int f = 0; f < k; f++) {
                int[] vp = validPos[f];
                double secs = 0;
                for (ModelKind m : members) {
                    secs += metrics.get(m).get(f).seconds();
                }
                fm.add(FoldMetrics.of(Arrays.stream(vp).map(i -> yCv[i]).toArray(),
                        Arrays.stream(vp).mapToDouble(i -> b[i]).toArray(), secs));
            }
            board.add(new ModelScore(ModelKind.BLEND, fm, b, members));
            board.sort(Comparator.comparingDouble((ModelScore s) -> s.mean(FoldMetrics::rocAuc)).reversed());
        }
        ModelScore best = board.get(0);

        // permutation importance of the best model on the validation folds
        List<Importance> permutation = List.of();
        if (opt.permutationRepeats() > 0) {
            progress.report((double) steps / (steps + 1), "churn.progress.importance");
            Model[] bestFolds = new Model[k];
            for (int f = 0; f < k; f++) {
                if (best.kind() == ModelKind.BLEND) {
                    List<Model> ms = new ArrayList<>();
                    for (ModelKind m : best.members()) {
                        ms.add(foldModels.get(m)[f]);
                    }
                    bestFolds[f] = new BlendModel(best.members().stream().map(ModelKind::id).toList(), ms);
                } else {
                    bestFolds[f] = foldModels.get(best.kind())[f];
                }
            }
            permutation = permutationImportance(bestFolds, validCols, validPos, yCv, prepared, setup.features(),
                    opt.permutationRepeats(), opt.seed(), cancellation);
        }

        // final model on all CV rows, tested on the holdout
        progress.report((double) steps / (steps + 1), "churn.progress.final");
        Prepared fin = prepare(x, setup, cv, cancellation);
        FeatureMatrix fm = fin.matrix();
        FittedPipeline pipeline = fin.pipeline();
        TrainingSet ts = TrainingSet.of(fm.columns(), y, cv, opt.balance(), opt.seed(),
                CompactModel.groups(fm.names(), setup.features()));
        Model finalModel;
        StringBuilder params = new StringBuilder();
        if (best.kind() == ModelKind.BLEND) {
            List<Model> ms = new ArrayList<>();
            for (ModelKind m : best.members()) {
                Tuning.Fitted t = Tuning.fit(m, ts, opt.tuneSeconds(), opt.seed(), cancellation);
                ms.add(t.model());
                params.append(m.id()).append(": ").append(t.params()).append("; ");
            }
            finalModel = new BlendModel(best.members().stream().map(ModelKind::id).toList(), ms);
        } else {
            Tuning.Fitted t = Tuning.fit(best.kind(), ts, opt.tuneSeconds(), opt.seed(), cancellation);
            finalModel = t.model();
            params.append(best.kind().id()).append(": ").append(t.params());
        }
        double[] holdScores = new double[0];
        FoldMetrics holdMetrics = null;
        int[] yHold = Arrays.stream(hold).map(i -> y[i]).toArray();
        if (hold.length > 0) {
            double[] p = finalModel.predict(columns(fm.columns(), hold));
            holdScores = p;
            holdMetrics = FoldMetrics.of(yHold, p, 0);
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("cv_roc_auc", best.mean(FoldMetrics::rocAuc));
        figures.put("cv_roc_auc_sd", best.sd(FoldMetrics::rocAuc));
        figures.put("cv_pr_auc", best.mean(FoldMetrics::prAuc));
        figures.put("cv_f1", best.mean(FoldMetrics::f1));
        figures.put("cv_log_loss", best.mean(FoldMetrics::logLoss));
        figures.put("positive_rate", (double) positives / n);
        if (holdMetrics != null) {
            figures.put("holdout_roc_auc", holdMetrics.rocAuc());
            figures.put("holdout_pr_auc", holdMetrics.prAuc());
        }
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("glas", AppInfo.version());
        versions.put("java", System.getProperty("java.version"));
        versions.put("created", java.time.Instant.now().toString());
        String negative = negativeLabel(data, setup);
        ChurnModel cm = new ChurnModel(setup.target(), setup.positive(), negative, setup.features(),
                setup.features().stream().map(x::type).toList(), pipeline, fm.names(), finalModel, best.name(), 0.5,
                figures, opt.seed(), versions);

        // multicollinearity of the numeric features over the CV rows
        // numbers, and yes/no columns as 0/1
        List<String> numeric = setup.features().stream()
                .filter(c -> x.column(c) instanceof NumericColumn<?>
                        || x.column(c) instanceof tech.tablesaw.api.BooleanColumn).toList();
        double[][] nc = new double[numeric.size()][];
        for (int j = 0; j < nc.length; j++) {
            Column<?> col = x.column(numeric.get(j));
            nc[j] = col instanceof NumericColumn<?> num ? medianImputed(num, cv)
                    : booleans((tech.tablesaw.api.BooleanColumn) col, cv);
        }
        List<String> varying = new ArrayList<>();
        List<double[]> vcols = new ArrayList<>();
        for (int j = 0; j < nc.length; j++) {
            if (Arrays.stream(nc[j]).distinct().limit(2).count() > 1) {
                varying.add(numeric.get(j));
                vcols.add(nc[j]);
            }
        }
        double[][] vc = vcols.toArray(new double[0][]);
        List<Collinearity.Vif> vif = varying.size() >= 2 ? Collinearity.vif(varying, vc) : List.of();
        double[][] corr = Collinearity.correlation(vc);
        progress.report(1, "churn.progress.done");
        return new ChurnResult(data, setup, opt, Arrays.stream(cv).map(i -> usable[i]).toArray(), yCv, fold,
                Arrays.stream(hold).map(i -> usable[i]).toArray(), yHold, holdScores, holdMetrics, positives, n,
                leakage, board, vif, varying, corr, permutation, cm, params.toString().trim(),
                (System.nanoTime() - t0) / 1e9);
    }

    /** A pipeline fitted on training rows and the prepared features of all rows. */
    record Prepared(FittedPipeline pipeline, FeatureMatrix matrix) {
    }

    /** Fits the pipeline on {@code trainRows} of {@code x} only and replays it on all rows of {@code x}. */
    static Prepared prepare(Dataset x, ChurnSetup setup, int[] trainRows, Cancellation cancellation)
            throws PrepException {
        PrepResult fitted = setup.pipeline().fit(x.rows(trainRows, x.name()), Progress.NONE, cancellation);
        PrepResult all = fitted.pipeline().transform(x, true, List.of(), Progress.NONE, cancellation);
        return new Prepared(fitted.pipeline(), all.features());
    }

    private static double[][] columns(double[][] cols, int[] rows) {
        double[][] out = new double[cols.length][rows.length];
        for (int f = 0; f < cols.length; f++) {
            for (int i = 0; i < rows.length; i++) {
                out[f][i] = cols[f][rows[i]];
            }
        }
        return out;
    }

    static List<Importance> permutationImportance(Model[] models, double[][][] validCols, int[][] validPos, int[] yCv,
                                                  List<String> prepared, List<String> inputs, int repeats, long seed,
                                                  Cancellation cancellation) {
        List<String> names = new ArrayList<>();
        List<int[]> groups = ChurnModel.groups(prepared, inputs, names);
        int k = models.length;
        double[][] drops = new double[groups.size()][k * repeats];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int f = 0; f < k; f++) {
            int[] yv = Arrays.stream(validPos[f]).map(i -> yCv[i]).toArray();
            double baseAuc = Metrics.rocAuc(yv, models[f].predict(validCols[f]));
            int m = yv.length;
            for (int g = 0; g < groups.size(); g++) {
                cancellation.check();
                for (int r = 0; r < repeats; r++) {
                    int[] perm = java.util.stream.IntStream.range(0, m).toArray();
                    Folds.shuffle(perm, rnd);
                    double[][] c = validCols[f].clone();
                    for (int feat : groups.get(g)) {
                        double[] src = validCols[f][feat];
                        double[] dst = new double[m];
                        for (int i = 0; i < m; i++) {
                            dst[i] = src[perm[i]];
                        }
                        c[feat] = dst;
                    }
                    drops[g][f * repeats + r] = baseAuc - Metrics.rocAuc(yv, models[f].predict(c));
                }
            }
        }
        List<Importance> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            double mean = Arrays.stream(drops[g]).average().orElse(0);
            double sd = Math.sqrt(Arrays.stream(drops[g]).map(d -> (d - mean) * (d - mean)).sum()
                    / Math.max(1, drops[g].length - 1));
            out.add(new Importance(names.get(g), mean, sd));
        }
        out.sort(Comparator.comparingDouble(Importance::value).reversed());
        return List.copyOf(out);
    }

    /** 1/0 per row, missing as the majority value. */
    private static double[] booleans(tech.tablesaw.api.BooleanColumn c, int[] rows) {
        long trues = Arrays.stream(rows).filter(r -> !c.isMissing(r) && c.get(r)).count();
        long present = Arrays.stream(rows).filter(r -> !c.isMissing(r)).count();
        double fill = trues * 2 > present ? 1 : 0;
        double[] v = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            v[i] = c.isMissing(rows[i]) ? fill : c.get(rows[i]) ? 1 : 0;
        }
        return v;
    }

    private static double[] medianImputed(NumericColumn<?> c, int[] rows) {
        double[] v = new double[rows.length];
        double[] present = Arrays.stream(rows).filter(r -> !c.isMissing(r)).mapToDouble(c::getDouble).sorted().toArray();
        double med = present.length == 0 ? 0 : present.length % 2 == 1 ? present[present.length / 2]
                : (present[present.length / 2 - 1] + present[present.length / 2]) / 2;
        for (int i = 0; i < rows.length; i++) {
            v[i] = c.isMissing(rows[i]) ? med : c.getDouble(rows[i]);
        }
        return v;
    }

    private static String negativeLabel(Dataset data, ChurnSetup setup) {
        String pos = setup.positive().trim();
        if (data.column(setup.target()) instanceof tech.tablesaw.api.BooleanColumn && truth(pos) != null) {
            int k = YES.indexOf(pos.toLowerCase(java.util.Locale.ROOT));
            if (k >= 0) {
                String no = NO.get(k);
                return pos.equals(pos.toUpperCase(java.util.Locale.ROOT)) ? no.toUpperCase(java.util.Locale.ROOT)
                        : Character.isUpperCase(pos.charAt(0)) ? Character.toUpperCase(no.charAt(0)) + no.substring(1) : no;
            }
        }
        for (String v : values(data, setup.target())) {
            if (!v.equals(setup.positive().trim())) {
                return v;
            }
        }
        return "0";
    }

    /** The usable rows and feature columns of the data as its own dataset. */
    static Dataset select(Dataset data, int[] rows, List<String> features) {
        Table t = Table.create(data.name());
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (String f : features) {
            t.addColumns(data.column(f));
            types.put(f, data.type(f));
        }
        Dataset d = new Dataset(data.name(), t, types, data.source());
        return rows.length == data.rowCount() ? d : d.rows(rows, data.name());
    }
}
