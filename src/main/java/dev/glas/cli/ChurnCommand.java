package dev.glas.cli;

import dev.glas.core.churn.Balance;
import dev.glas.core.churn.ChurnException;
import dev.glas.core.churn.ChurnLab;
import dev.glas.core.churn.ChurnOptions;
import dev.glas.core.churn.ChurnResult;
import dev.glas.core.churn.ChurnSetup;
import dev.glas.core.churn.Collinearity;
import dev.glas.core.churn.FoldMetrics;
import dev.glas.core.churn.Importance;
import dev.glas.core.churn.LeakSuspect;
import dev.glas.core.churn.ModelFile;
import dev.glas.core.churn.ModelKind;
import dev.glas.core.churn.ModelScore;
import dev.glas.core.churn.ThresholdCost;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glas churn}: cross-validated churn/propensity models, leaderboard, VIF and a model file. */
@Command(name = "churn", mixinStandardHelpOptions = true,
        description = "Compare churn/propensity models with stratified CV; optionally save the best as a model file.")
public final class ChurnCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "data file (CSV/XLSX)")
    Path file;

    @Option(names = "--target", required = true, description = "target column")
    String target;

    @Option(names = "--positive", required = true, description = "target value of the positive class")
    String positive;

    @Option(names = "--models", defaultValue = "lr,rf,gbm,blend", split = ",",
            description = "models: lr, rf, gbm, blend (default: all)")
    List<String> models;

    @Option(names = "--folds", defaultValue = "5", description = "stratified CV folds (default 5)")
    int folds;

    @Option(names = "--holdout", defaultValue = "0.2",
            description = "share kept aside to test the final model (default 0.2; 0 = none)")
    double holdout;

    @Option(names = "--balance", defaultValue = "none", description = "none, weights, smote, under (training folds only)")
    String balance;

    @Option(names = "--balance-lab", description = "also compare none/weights/smote/under on the same folds for the best model")
    boolean balanceLab;

    @Option(names = "--seed", defaultValue = "42", description = "seed (default 42)")
    long seed;

    @Option(names = "--tune-seconds", defaultValue = "0",
            description = "random-search budget per model and fold in seconds (default 0 = default hyperparameters)")
    double tuneSeconds;

    @Option(names = "--features", split = ",", description = "feature columns (default: all but target, ids, text, dates)")
    List<String> features;

    @Option(names = "--drop", split = ",", description = "columns to leave out of the default features")
    List<String> drop;

    @Option(names = "--cost-missed", description = "loss of a missed churner (with --cost-contact: best-profit threshold)")
    Double costMissed;

    @Option(names = "--cost-contact", description = "cost of one contact")
    Double costContact;

    @Option(names = "--model-out", description = "save the final model to this .glasmodel file")
    Path modelOut;

    @Option(names = "--folds-out", description = "write row,fold (fold -1 = holdout) of the analysed rows to this CSV")
    Path foldsOut;

    @Option(names = "--json", description = "print one JSON object (the default output)")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Dataset data = new DataImporter().read(file);
        ChurnSetup setup = ChurnSetup.defaults(data, target, positive);
        if (!data.columnNames().contains(target)) {
            throw new ChurnException("churn.error.no.target", target);
        }
        if (features != null && !features.isEmpty()) {
            setup = setup.withFeatures(data, features.stream().map(String::trim).toList());
        } else if (drop != null && !drop.isEmpty()) {
            List<String> f = new ArrayList<>(setup.features());
            f.removeAll(drop.stream().map(String::trim).toList());
            setup = setup.withFeatures(data, f);
        }
        List<ModelKind> kinds = new ArrayList<>();
        Balance bal;
        ChurnOptions options;
        try {
            for (String m : models) {
                kinds.add(ModelKind.parse(m));
            }
            bal = Balance.parse(balance);
            options = new ChurnOptions(kinds, folds, holdout, bal, seed, tuneSeconds, 1);
        } catch (IllegalArgumentException e) {
            throw new ChurnException("churn.error.option", e.getMessage());
        }
        long t0 = System.nanoTime();
        ChurnResult r = ChurnLab.run(data, setup, options, Progress.NONE, Cancellation.NEVER);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", r.rows());
        out.put("positive_rate", r.positiveRate());
        out.put("features", setup.features());
        List<Map<String, Object>> ms = new ArrayList<>();
        for (ModelScore s : r.leaderboard()) {
            ms.add(modelJson(s));
        }
        out.put("models", ms);
        out.put("best", r.best().name());
        if (r.holdout() != null) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("rows", r.holdoutRows().length);
            h.put("roc_auc", r.holdout().rocAuc());
            h.put("pr_auc", r.holdout().prAuc());
            h.put("f1", r.holdout().f1());
            h.put("log_loss", r.holdout().logLoss());
            out.put("holdout", h);
        }
        List<Map<String, Object>> vif = new ArrayList<>();
        for (Collinearity.Vif v : r.vif()) {
            vif.add(Map.of("feature", v.feature(), "vif", v.vif()));
        }
        out.put("vif", vif);
        List<Map<String, Object>> leaks = new ArrayList<>();
        for (LeakSuspect l : r.leakage()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("column", l.column());
            m.put("kind", l.kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("message", Messages.get(l.messageKey(), l.column()));
            leaks.add(m);
        }
        out.put("leakage", leaks);
        out.put("importance", importanceJson(r.model().importance()));
        out.put("permutation_importance", importanceJson(r.permutation()));
        if (costMissed != null && costContact != null) {
            ThresholdCost.Choice c = new ThresholdCost(costMissed, costContact).best(r.yCv(), r.best().oof());
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("threshold", c.threshold());
            t.put("profit", c.profit());
            t.put("tp", c.confusion().tp());
            t.put("fp", c.confusion().fp());
            t.put("tn", c.confusion().tn());
            t.put("fn", c.confusion().fn());
            out.put("best_threshold", t);
        }
        if (balanceLab) {
            List<Map<String, Object>> lab = new ArrayList<>();
            ModelKind kind = r.best().kind() == ModelKind.BLEND ? r.best().members().get(0) : r.best().kind();
            for (Balance b : Balance.values()) {
                ChurnResult rb = ChurnLab.run(data, setup,
                        new ChurnOptions(List.of(kind), folds, holdout, b, seed, tuneSeconds, 0),
                        Progress.NONE, Cancellation.NEVER);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("balance", b.id());
                m.putAll(modelJson(rb.best()));
                lab.add(m);
            }
            out.put("balance_lab", lab);
        }
        if (modelOut != null) {
            ModelFile.save(r.model(), modelOut);
            out.put("model_file", modelOut.toString());
        }
        if (foldsOut != null) {
            writeFolds(r, foldsOut);
        }
        out.put("seconds", (System.nanoTime() - t0) / 1e9);
        Json.print(spec.commandLine().getOut(), out);
        return 0;
    }

    private static Map<String, Object> modelJson(ModelScore s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("cv_roc_auc", s.mean(FoldMetrics::rocAuc));
        m.put("cv_roc_auc_sd", s.sd(FoldMetrics::rocAuc));
        m.put("cv_pr_auc", s.mean(FoldMetrics::prAuc));
        m.put("cv_pr_auc_sd", s.sd(FoldMetrics::prAuc));
        m.put("cv_f1", s.mean(FoldMetrics::f1));
        m.put("cv_f1_sd", s.sd(FoldMetrics::f1));
        m.put("cv_precision", s.mean(FoldMetrics::precision));
        m.put("cv_recall", s.mean(FoldMetrics::recall));
        m.put("cv_accuracy", s.mean(FoldMetrics::accuracy));
        m.put("cv_log_loss", s.mean(FoldMetrics::logLoss));
        m.put("fold_roc_auc", s.folds().stream().map(FoldMetrics::rocAuc).toList());
        m.put("fold_seconds", s.folds().stream().map(FoldMetrics::seconds).toList());
        if (!s.members().isEmpty()) {
            m.put("members", s.members().stream().map(ModelKind::id).toList());
        }
        m.put("seconds", s.seconds());
        return m;
    }

    private static List<Map<String, Object>> importanceJson(List<Importance> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Importance i : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("column", i.column());
            m.put("value", i.value());
            m.put("sd", i.sd());
            out.add(m);
        }
        return out;
    }

    /** row = 0-based data row of the file, fold = CV fold or -1 for the holdout. */
    static void writeFolds(ChurnResult r, Path out) throws java.io.IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("row,fold\n");
            int[] rows = r.cvRows();
            int[] fold = r.cvFold();
            int[] hold = r.holdoutRows();
            int[] all = new int[r.data().rowCount()];
            java.util.Arrays.fill(all, Integer.MIN_VALUE);
            for (int i = 0; i < rows.length; i++) {
                all[rows[i]] = fold[i];
            }
            for (int h : hold) {
                all[h] = -1;
            }
            for (int i = 0; i < all.length; i++) {
                if (all[i] != Integer.MIN_VALUE) {
                    w.write(i + "," + all[i] + "\n");
                }
            }
        }
    }
}
