package dev.glas.core.prep;

import dev.glas.core.data.Dataset;
import java.util.List;

/**
 * Prepared data: the fitted pipeline, the resulting dataset, for each of its rows the index of the input row
 * it came from, and a report per step.
 */
public record PrepResult(FittedPipeline pipeline, Dataset data, int[] sourceRows, List<StepReport> reports) {

    public PrepResult {
        reports = List.copyOf(reports);
    }

    /** All numeric columns of the result as features. */
    public FeatureMatrix features() throws PrepException {
        return FeatureMatrix.of(data);
    }

    public FeatureMatrix features(List<String> names) throws PrepException {
        return FeatureMatrix.of(data, names);
    }
}
