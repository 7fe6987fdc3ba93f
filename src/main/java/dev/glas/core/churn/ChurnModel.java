package dev.glas.core.churn;

import dev.glas.core.data.ColumnType;
import dev.glas.core.prep.FittedPipeline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to score new clients: the fitted preparation pipeline, the model, the input schema,
 * the threshold, the quality figures, the seed and the versions it was built with.
 *
 * @param target        target column of the training data
 * @param positive      positive class label
 * @param negative      label written for predictions below the threshold
 * @param features      input columns (schema), in order
 * @param featureTypes  their types
 * @param pipeline      fitted preparation
 * @param prepared      names of the prepared features the model reads, in order
 * @param model         the model
 * @param modelName     lr, rf, gbm or blend
 * @param threshold     a client is labelled positive when its score ≥ threshold
 * @param metrics       quality figures (cv_roc_auc, holdout_roc_auc, …)
 * @param seed          seed of the run
 * @param versions      glas, java, created (ISO time)
 */
public record ChurnModel(String target, String positive, String negative, List<String> features,
                         List<ColumnType> featureTypes, FittedPipeline pipeline, List<String> prepared, Model model,
                         String modelName, double threshold, Map<String, Double> metrics, long seed,
                         Map<String, String> versions) {

    public ChurnModel {
        features = List.copyOf(features);
        featureTypes = List.copyOf(featureTypes);
        prepared = List.copyOf(prepared);
        metrics = Map.copyOf(metrics);
        versions = Map.copyOf(versions);
    }

    public ChurnModel withThreshold(double t) {
        return new ChurnModel(target, positive, negative, features, featureTypes, pipeline, prepared, model, modelName,
                t, metrics, seed, versions);
    }

    /** The input column a prepared feature comes from ("job=admin." → "job"). */
    public String sourceOf(String preparedFeature) {
        return sourceOf(preparedFeature, features);
    }

    static String sourceOf(String preparedFeature, List<String> inputs) {
        if (inputs.contains(preparedFeature)) {
            return preparedFeature;
        }
        String best = preparedFeature;
        int bestLen = -1;
        for (String in : inputs) {
            if (preparedFeature.startsWith(in + "=") && in.length() > bestLen) {
                best = in;
                bestLen = in.length();
            }
        }
        return best;
    }

    /** Groups of prepared feature indices by input column, in input order (columns without features left out). */
    static List<int[]> groups(List<String> prepared, List<String> inputs, List<String> namesOut) {
        List<int[]> out = new ArrayList<>();
        for (String in : inputs) {
            int[] g = new int[prepared.size()];
            int n = 0;
            for (int f = 0; f < prepared.size(); f++) {
                if (sourceOf(prepared.get(f), inputs).equals(in)) {
                    g[n++] = f;
                }
            }
            if (n > 0) {
                out.add(Arrays.copyOf(g, n));
                namesOut.add(in);
            }
        }
        return out;
    }

    /** One reason: an input column and its contribution to the score (log-odds for LR/GBM, probability for RF). */
    public record Reason(String column, double contribution) {
    }

    /**
     * Per-row reasons by input column, largest first: contributions of a column's prepared features summed.
     *
     * @return [row] → reasons sorted by contribution descending, plus the base value at {@code base[row]}
     */
    public List<List<Reason>> reasons(double[][] preparedCols, int[] rows, double[] base) {
        double[][] c = model.contributions(preparedCols, rows);
        List<String> names = new ArrayList<>();
        List<int[]> groups = groups(prepared, features, names);
        List<List<Reason>> out = new ArrayList<>();
        for (int k = 0; k < rows.length; k++) {
            List<Reason> rs = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                double s = 0;
                for (int f : groups.get(g)) {
                    s += c[k][f];
                }
                rs.add(new Reason(names.get(g), s));
            }
            rs.sort(Comparator.comparingDouble(Reason::contribution).reversed());
            out.add(List.copyOf(rs));
            if (base != null) {
                base[k] = c[k][prepared.size()];
            }
        }
        return out;
    }

    /** Model importance summed per input column, largest first. */
    public List<Importance> importance() {
        double[] imp = model.importance();
        List<String> names = new ArrayList<>();
        List<int[]> groups = groups(prepared, features, names);
        List<Importance> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            double s = 0;
            for (int f : groups.get(g)) {
                s += imp[f];
            }
            out.add(new Importance(names.get(g), s, 0));
        }
        out.sort(Comparator.comparingDouble(Importance::value).reversed());
        return List.copyOf(out);
    }
}
