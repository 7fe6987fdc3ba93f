package dev.glas.core.churn;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import dev.glas.core.prep.Encode;
import dev.glas.core.prep.Impute;
import dev.glas.core.prep.Pipeline;
import dev.glas.core.prep.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to predict and from what.
 *
 * @param target   target column
 * @param positive the target value that counts as positive (e.g. "yes", "Yes", "1")
 * @param features input columns
 * @param pipeline preparation of the features (fitted on each training fold, replayed on its validation fold)
 */
public record ChurnSetup(String target, String positive, List<String> features, Pipeline pipeline) {

    public ChurnSetup {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(positive, "positive");
        features = List.copyOf(features);
        Objects.requireNonNull(pipeline, "pipeline");
        if (features.contains(target)) {
            throw new IllegalArgumentException("the target cannot be a feature");
        }
    }

    /**
     * Default set-up: every column except the target, identifiers, free text and dates; median imputation of
     * numbers, a "no_information" category for missing categories, z-scores, one-hot encoding.
     */
    public static ChurnSetup defaults(Dataset data, String target, String positive) {
        List<String> features = new ArrayList<>();
        for (String c : data.columnNames()) {
            ColumnType t = data.type(c);
            if (!c.equals(target) && (t.isNumeric() || t == ColumnType.CATEGORICAL || t == ColumnType.BOOLEAN)) {
                features.add(c);
            }
        }
        return new ChurnSetup(target, positive, features, defaultPipeline(data, features));
    }

    /** The same set-up with other features (the default pipeline is rebuilt for them). */
    public ChurnSetup withFeatures(Dataset data, List<String> newFeatures) {
        return new ChurnSetup(target, positive, newFeatures, defaultPipeline(data, newFeatures));
    }

    public static Pipeline defaultPipeline(Dataset data, List<String> features) {
        List<String> numeric = new ArrayList<>();
        List<String> categorical = new ArrayList<>();
        for (String c : features) {
            ColumnType t = data.type(c);
            if (t.isNumeric() && data.column(c) instanceof tech.tablesaw.api.NumericColumn<?>) {
                numeric.add(c);
            } else {
                categorical.add(c);
            }
        }
        List<dev.glas.core.prep.Step> steps = new ArrayList<>();
        if (!numeric.isEmpty()) {
            steps.add(new Impute(numeric, Impute.Method.MEDIAN, null, 5, 10, 42));
            steps.add(new Scale(numeric, Scale.Method.ZSCORE));
        }
        if (!categorical.isEmpty()) {
            steps.add(new Impute(categorical, Impute.Method.NO_INFORMATION, null, 5, 10, 42));
            steps.add(new Encode(categorical, Encode.Method.ONE_HOT));
        }
        return new Pipeline(steps);
    }
}
