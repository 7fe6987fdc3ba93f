package dev.glas.cli;

import dev.glas.core.churn.ChurnModel;
import dev.glas.core.churn.ModelFile;
import dev.glas.core.churn.ReasonRows;
import dev.glas.core.churn.Scorer;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glas score}: scores a CSV/XLSX with a saved churn model. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score new clients with a .glasmodel file: probability, label at the threshold, top-3 reasons.")
public final class ScoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "model file (.glasmodel)")
    Path modelFile;

    @Parameters(index = "1", paramLabel = "FILE", description = "data to score (CSV/XLSX) with the training columns")
    Path file;

    @Option(names = "--out", required = true, description = "output CSV: input columns + churn_score, churn_label, reason_1..3")
    Path out;

    @Option(names = "--threshold", description = "label threshold (default: the model's)")
    Double threshold;

    @Option(names = "--reasons", paramLabel = "all|positive|none", defaultValue = "all",
            description = "rows that get reason_1..3: all (default), positive (score at or above the threshold: the "
                    + "clients to contact) or none (empty reason columns). Reasons cost far more than scores: exact "
                    + "TreeSHAP of a random forest, or of a blend holding one, takes milliseconds per client (bank-full, "
                    + "GBM + forest blend, 2 cores: ~9.5 ms per client, 45,211 rows in ~7 min; scores alone 0.03 ms "
                    + "per client), of gradient boosting under a millisecond, of logistic regression next to nothing.")
    String reasons;

    @Option(names = "--json", description = "print one JSON object (the default output)")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReasonRows reasonRows = ReasonRows.parse(reasons);
        ChurnModel model = ModelFile.load(modelFile);
        if (threshold != null) {
            model = model.withThreshold(threshold);
        }
        Dataset data = new DataImporter().read(file);
        long t0 = System.nanoTime();
        Scorer.Scores s = Scorer.score(model, data, reasonRows, Progress.NONE, Cancellation.NEVER);
        Scorer.writeCsv(model, s, out);
        int positives = 0;
        for (boolean b : s.positive()) {
            positives += b ? 1 : 0;
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("rows", data.rowCount());
        o.put("model", model.modelName());
        o.put("threshold", model.threshold());
        o.put("positives", positives);
        o.put("mean_score", java.util.Arrays.stream(s.scores()).average().orElse(Double.NaN));
        o.put("reasons", reasonRows.id());
        o.put("explained", s.explained());
        o.put("ms_per_client", s.msPerClient());
        o.put("single_client_ms", s.singleClientMs());
        o.put("out", out.toString());
        o.put("seconds", (System.nanoTime() - t0) / 1e9);
        Json.print(spec.commandLine().getOut(), o);
        return 0;
    }
}
