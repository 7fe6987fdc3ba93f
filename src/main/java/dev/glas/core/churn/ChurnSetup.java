package dev.glas.core.churn;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import dev.glas.core.prep.ClipOutliers;
import dev.glas.core.prep.DropColumns;
import dev.glas.core.prep.Encode;
import dev.glas.core.prep.Impute;
import dev.glas.core.prep.Log1p;
import dev.glas.core.prep.Pipeline;
import dev.glas.core.prep.Scale;
import dev.glas.core.prep.Step;
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

    /**
     * The default steps as the analyst edits them, with empty column lists (= every applicable feature): median
     * imputation and z-scores for numbers, a {@code no_information} category and one-hot encoding for
     * categories. {@link #pipeline} turns them into {@link #defaultPipeline}.
     */
    public static List<Step> defaultSteps() {
        return List.of(new Impute(List.of(), Impute.Method.MEDIAN, null, 5, 10, 42),
                new Scale(List.of(), Scale.Method.ZSCORE),
                new Impute(List.of(), Impute.Method.NO_INFORMATION, null, 5, 10, 42),
                new Encode(List.of(), Encode.Method.ONE_HOT));
    }

    /** The same set-up with other features and the analyst's steps (see {@link #pipeline}). */
    public ChurnSetup withSteps(Dataset data, List<String> newFeatures, List<? extends Step> steps) {
        return new ChurnSetup(target, positive, newFeatures, pipeline(data, newFeatures, steps));
    }

    /**
     * The analyst's steps made concrete for these features, so that every fold prepares the same columns: an
     * empty column list becomes the features the step applies to (numbers for mean/median/KNN/iterative
     * imputation, scaling, clipping and log; categories and yes/no columns for the {@code no_information}
     * imputation and encoding; all features for mode/random imputation; by the constant's kind for a constant),
     * rather than "the columns with missing values in this fold"; an explicit list keeps only the chosen
     * features. A step left with no column is dropped. Steps without columns (drop sparse, dedupe) stay.
     */
    public static Pipeline pipeline(Dataset data, List<String> features, List<? extends Step> steps) {
        List<String> numeric = new ArrayList<>();
        List<String> categorical = new ArrayList<>();
        for (String c : features) {
            ColumnType t = data.type(c);
            if (t.isNumeric() && data.column(c) instanceof tech.tablesaw.api.NumericColumn<?>) {
                numeric.add(c);
            } else if (!t.isTemporal()) {
                categorical.add(c);
            }
        }
        List<String> usable = new ArrayList<>(numeric);
        usable.addAll(categorical);
        List<Step> out = new ArrayList<>();
        for (Step s : steps) {
            Step r = switch (s) {
                case Impute i -> {
                    List<String> applicable = switch (i.method()) {
                        case MEAN, MEDIAN, KNN, ITERATIVE -> numeric;
                        case NO_INFORMATION -> categorical;
                        case CONSTANT -> isNumber(i.constant()) ? numeric : categorical;
                        default -> usable;
                    };
                    List<String> cols = resolve(i.columns(), applicable, features);
                    yield cols.isEmpty() ? null
                            : new Impute(cols, i.method(), i.constant(), i.neighbors(), i.iterations(), i.seed());
                }
                case Scale c -> {
                    List<String> cols = resolve(c.columns(), numeric, features);
                    yield cols.isEmpty() ? null : new Scale(cols, c.method());
                }
                case ClipOutliers c -> {
                    List<String> cols = resolve(c.columns(), numeric, features);
                    yield cols.isEmpty() ? null : new ClipOutliers(cols, c.method(), c.lower(), c.upper(), c.factor());
                }
                case Log1p c -> {
                    List<String> cols = resolve(c.columns(), numeric, features);
                    yield cols.isEmpty() ? null : new Log1p(cols);
                }
                case Encode c -> {
                    List<String> cols = resolve(c.columns(), categorical, features);
                    yield cols.isEmpty() ? null : new Encode(cols, c.method());
                }
                case DropColumns c -> {
                    List<String> cols = c.columns().stream().filter(features::contains).toList();
                    yield cols.isEmpty() ? null : new DropColumns(cols);
                }
                default -> s;
            };
            if (r != null) {
                out.add(r);
            }
        }
        return new Pipeline(out);
    }

    private static List<String> resolve(List<String> requested, List<String> applicable, List<String> features) {
        return requested.isEmpty() ? List.copyOf(applicable) : requested.stream().filter(features::contains).toList();
    }

    private static boolean isNumber(String s) {
        if (s == null) {
            return false;
        }
        try {
            Double.parseDouble(s.strip().replace(',', '.'));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
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
