package dev.glas.core.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.prep.ClipOutliers;
import dev.glas.core.prep.DropSparse;
import dev.glas.core.prep.Encode;
import dev.glas.core.prep.FittedStep;
import dev.glas.core.prep.Impute;
import dev.glas.core.prep.Pipeline;
import dev.glas.core.prep.Scale;
import dev.glas.core.prep.Step;
import dev.glas.core.task.Cancellation;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The analyst's preparation steps in the churn lab: made concrete per feature set, fitted on training folds only. */
class ChurnStepsTest {

    static Dataset telco() throws Exception {
        return new DataImporter().read(Path.of(ChurnStepsTest.class.getResource("telco_slice.csv").toURI()));
    }

    @Test
    void defaultStepsGiveTheDefaultPipeline() throws Exception {
        Dataset d = telco();
        ChurnSetup def = ChurnSetup.defaults(d, "Churn", "true");
        assertEquals(def.pipeline(), ChurnSetup.pipeline(d, def.features(), ChurnSetup.defaultSteps()));
        List<String> few = List.of("tenure", "Contract", "MonthlyCharges");
        assertEquals(ChurnSetup.defaultPipeline(d, few), ChurnSetup.pipeline(d, few, ChurnSetup.defaultSteps()));
    }

    @Test
    void explicitColumnsKeepOnlyChosenFeaturesAndEmptyStepsGo() throws Exception {
        Dataset d = telco();
        List<String> few = List.of("tenure", "Contract", "MonthlyCharges");
        List<Step> steps = List.of(new DropSparse(0.5),
                ClipOutliers.iqr(List.of("tenure", "TotalCharges")),
                Impute.of(Impute.Method.MEAN),
                new Scale(List.of("TotalCharges"), Scale.Method.ROBUST), // not a chosen feature: the step goes
                new Encode(List.of(), Encode.Method.ORDINAL));
        Pipeline p = ChurnSetup.pipeline(d, few, steps);
        assertEquals(List.of(new DropSparse(0.5), ClipOutliers.iqr(List.of("tenure")),
                Impute.of(Impute.Method.MEAN, "tenure", "MonthlyCharges"),
                new Encode(List.of("Contract"), Encode.Method.ORDINAL)), p.steps());
    }

    /**
     * Leak-free: an edited step (mean imputation, then min-max scaling) learns its mean and range from the
     * training rows of the fold only; the validation rows are transformed with those numbers.
     */
    @Test
    void editedStepsAreFittedOnTheTrainingRowsOnly() throws Exception {
        int n = 40;
        double[] v = new double[n];
        String[] y = new String[n];
        for (int i = 0; i < n; i++) {
            v[i] = i % 7 == 3 ? Double.NaN : i * (i < 30 ? 1.0 : 10.0); // validation rows (30..39) are much larger
            y[i] = i % 2 == 0 ? "yes" : "no";
        }
        Map<String, ColumnType> types = new LinkedHashMap<>();
        types.put("x", ColumnType.NUMERIC);
        types.put("y", ColumnType.CATEGORICAL);
        Dataset d = new Dataset("t", Table.create("t", DoubleColumn.create("x", v), StringColumn.create("y", y)),
                types, null);
        List<Step> steps = List.of(Impute.of(Impute.Method.MEAN), new Scale(List.of(), Scale.Method.MINMAX));
        ChurnSetup setup = ChurnSetup.defaults(d, "y", "yes").withSteps(d, List.of("x"), steps);
        int[] train = java.util.stream.IntStream.range(0, 30).toArray();
        ChurnLab.Prepared prep = ChurnLab.prepare(d.rows(java.util.stream.IntStream.range(0, n).toArray(), "x"),
                setup, train, Cancellation.NEVER);
        double trainMean = Arrays.stream(train).mapToDouble(i -> v[i]).filter(x -> !Double.isNaN(x)).average()
                .orElseThrow();
        double max = Arrays.stream(train).mapToDouble(i -> v[i]).filter(x -> !Double.isNaN(x)).max().orElseThrow();
        FittedStep imp = prep.pipeline().steps().get(0);
        assertEquals(trainMean, ((Impute.Fitted) imp).numberFill().get(0), 1e-12);
        Scale.Fitted sc = (Scale.Fitted) prep.pipeline().steps().get(1);
        double[] x = prep.matrix().columns()[0];
        assertEquals(0, x[0], 1e-12);
        assertEquals(29.0 / max, x[29], 1e-12);
        assertEquals(trainMean / max, x[3], 1e-12); // a missing training value: the training mean, scaled
        assertEquals(390.0 / max, x[39], 1e-12); // a validation row beyond the training range stays outside [0, 1]
        assertTrue(x[39] > 1);
        assertEquals(trainMean / max, x[38], 1e-12); // a missing validation value: the training mean, scaled
        double allMean = Arrays.stream(v).filter(z -> !Double.isNaN(z)).average().orElseThrow();
        assertNotEquals(allMean, trainMean, 1);
        assertEquals(0, sc.centers().get(0), 1e-12);
        assertEquals(max, sc.scales().get(0), 1e-12);
    }
}
