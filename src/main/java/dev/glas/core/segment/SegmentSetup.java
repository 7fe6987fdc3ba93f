package dev.glas.core.segment;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import dev.glas.core.prep.FeatureMatrix;
import dev.glas.core.prep.Impute;
import dev.glas.core.prep.Pipeline;
import dev.glas.core.prep.PrepException;
import dev.glas.core.prep.Scale;
import dev.glas.core.prep.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.NumericColumn;

/**
 * The simple preparation used by {@code glas segment} and as the starting point in the UI: chosen (or all
 * numeric) feature columns, optional imputation and scaling of exactly those columns.
 */
public final class SegmentSetup {

    private SegmentSetup() {
    }

    /**
     * Feature columns: the requested ones (checked), or every numeric column, minus identifier-like columns when
     * {@code dropIds} (typed identifier, or whole numbers unique in every row).
     */
    public static List<String> features(Dataset data, List<String> requested, boolean dropIds) throws PrepException {
        List<String> out = new ArrayList<>();
        if (requested != null && !requested.isEmpty()) {
            List<String> missing = requested.stream().filter(c -> !data.types().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new PrepException("segment.prep.error.missing.columns", String.join(", ", missing));
            }
            List<String> bad = requested.stream().filter(c -> !(data.column(c) instanceof NumericColumn<?>)).toList();
            if (!bad.isEmpty()) {
                throw new PrepException("segment.prep.error.not.numeric", String.join(", ", bad));
            }
            out.addAll(requested);
        } else {
            out.addAll(FeatureMatrix.numericColumns(data));
        }
        if (dropIds) {
            out.removeIf(c -> looksLikeId(data, c));
        }
        if (out.isEmpty()) {
            throw new PrepException("segment.prep.error.no.features");
        }
        return List.copyOf(out);
    }

    /** Typed as identifier, or a numeric column of whole numbers that are all different (n > 20). */
    public static boolean looksLikeId(Dataset data, String column) {
        if (data.type(column) == ColumnType.IDENTIFIER) {
            return true;
        }
        if (!(data.column(column) instanceof NumericColumn<?> nc) || nc.size() <= 20) {
            return false;
        }
        Set<Double> seen = new HashSet<>();
        for (int i = 0; i < nc.size(); i++) {
            if (nc.isMissing(i)) {
                return false;
            }
            double v = nc.getDouble(i);
            if (v != Math.rint(v) || !seen.add(v)) {
                return false;
            }
        }
        return true;
    }

    /** Pipeline: keep the features, optionally impute and scale them. {@code impute}/{@code scale} may be null. */
    public static Pipeline pipeline(Dataset data, List<String> features, Impute.Method impute, Scale.Method scale) {
        List<Step> steps = new ArrayList<>();
        List<String> others = data.columnNames().stream().filter(c -> !features.contains(c)).toList();
        if (!others.isEmpty()) {
            steps.add(new dev.glas.core.prep.DropColumns(others));
        }
        if (impute != null) {
            steps.add(new Impute(features, impute, "0", 5, 10, SweepOptions.DEFAULT_SEED));
        }
        if (scale != null) {
            steps.add(new Scale(features, scale));
        }
        return new Pipeline(steps);
    }
}
