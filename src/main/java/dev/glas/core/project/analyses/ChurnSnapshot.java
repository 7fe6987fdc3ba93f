package dev.glas.core.project.analyses;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.glas.core.churn.ChurnException;
import dev.glas.core.churn.ChurnModel;
import dev.glas.core.churn.ChurnOptions;
import dev.glas.core.churn.ChurnResult;
import dev.glas.core.churn.ChurnSetup;
import dev.glas.core.churn.Collinearity;
import dev.glas.core.churn.FoldMetrics;
import dev.glas.core.churn.Importance;
import dev.glas.core.churn.LeakSuspect;
import dev.glas.core.churn.ModelFile;
import dev.glas.core.churn.ModelScore;
import dev.glas.core.data.Dataset;
import dev.glas.core.prep.PipelineJson;
import dev.glas.core.project.ProjectFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the churn lab found, without the data and the final model, so a reopened project shows the leaderboard,
 * curves, threshold, VIF and importance without retraining: stored in the project as
 * {@link #ENTRY} next to the final model ({@link ChurnAnalysis#MODEL_ENTRY}); {@link #toResult} puts it back
 * together with the (unchanged) data and the stored model. Row indices refer to the analysed data, so the data
 * must have {@code dataRows} rows.
 */
public record ChurnSnapshot(String dataName, int dataRows, ChurnSetup setup, ChurnOptions options, int[] cvRows,
                            int[] yCv, int[] cvFold, int[] holdoutRows, int[] yHoldout, double[] holdoutScores,
                            FoldMetrics holdout, int positives, int rows, List<LeakSuspect> leakage,
                            List<ModelScore> leaderboard, List<Collinearity.Vif> vif, List<String> correlationColumns,
                            double[][] correlation, List<Importance> permutation, String tunedParams, double seconds) {

    /** Attachment holding the snapshot (JSON). */
    public static final String ENTRY = "models/churn/lab.json";

    public static ChurnSnapshot of(ChurnResult r) {
        return new ChurnSnapshot(r.data().name(), r.data().rowCount(), r.setup(), r.options(), r.cvRows(), r.yCv(),
                r.cvFold(), r.holdoutRows(), r.yHoldout(), r.holdoutScores(), r.holdout(), r.positives(), r.rows(),
                r.leakage(), r.leaderboard(), r.vif(), r.correlationColumns(), r.correlation(), r.permutation(),
                r.tunedParams(), r.seconds());
    }

    /** The lab result on {@code data} (the data it was computed on) with the stored final model. */
    public ChurnResult toResult(Dataset data, ChurnModel model) throws ProjectFormatException {
        if (data.rowCount() != dataRows || !data.columnNames().contains(setup.target())
                || !data.columnNames().containsAll(setup.features())) {
            throw new ProjectFormatException("project.error.churn.snapshot", data.name());
        }
        return new ChurnResult(data, setup, options, cvRows, yCv, cvFold, holdoutRows, yHoldout, holdoutScores,
                holdout, positives, rows, leakage, leaderboard, vif, correlationColumns, correlation, permutation,
                model, tunedParams, seconds);
    }

    public byte[] write() {
        try {
            return PipelineJson.mapper().writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ChurnSnapshot read(byte[] json) throws ProjectFormatException {
        try {
            return PipelineJson.mapper().readValue(json, ChurnSnapshot.class);
        } catch (IOException | RuntimeException e) {
            throw new ProjectFormatException(e, "project.error.section.damaged", ENTRY, String.valueOf(e.getMessage()));
        }
    }

    /** The final model in the {@link ModelFile} format, as stored under {@link ChurnAnalysis#MODEL_ENTRY}. */
    public static byte[] modelBytes(ChurnModel model) throws IOException {
        Path tmp = Files.createTempFile("glas-model", ".glasmodel");
        try {
            ModelFile.save(model, tmp);
            return Files.readAllBytes(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static ChurnModel model(byte[] modelFile) throws IOException, ChurnException {
        Path tmp = Files.createTempFile("glas-model", ".glasmodel");
        try {
            Files.write(tmp, modelFile);
            return ModelFile.load(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
