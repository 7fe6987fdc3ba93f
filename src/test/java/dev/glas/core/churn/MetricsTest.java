package dev.glas.core.churn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Metrics equal scikit-learn's on metrics_fixture.csv (values from src/test/python/churn_reference.py). */
class MetricsTest {

    private static final double TOL = 1e-6;

    @ParameterizedTest
    @CsvSource({"p,p,0.5", "p,p_030,0.3", "p_ties,p_ties,0.5"})
    void equalsSklearn(String scoreColumn, String block, double threshold) {
        List<String[]> rows = TestData.rows("metrics_fixture.csv", ",");
        int[] y = Arrays.stream(TestData.column(rows, "y")).mapToInt(v -> (int) v).toArray();
        double[] p = TestData.column(rows, scoreColumn);
        JsonNode e = TestData.json("metrics_expected.json").get(block);

        assertEquals(e.get("roc_auc").asDouble(), Metrics.rocAuc(y, p), TOL);
        assertEquals(e.get("average_precision").asDouble(), Metrics.averagePrecision(y, p), TOL);
        assertEquals(e.get("log_loss").asDouble(), Metrics.logLoss(y, p), TOL);

        Metrics.Confusion c = Metrics.confusion(y, p, threshold);
        assertEquals(e.get("confusion").get("tp").asLong(), c.tp());
        assertEquals(e.get("confusion").get("fp").asLong(), c.fp());
        assertEquals(e.get("confusion").get("tn").asLong(), c.tn());
        assertEquals(e.get("confusion").get("fn").asLong(), c.fn());
        assertEquals(e.get("f1").asDouble(), c.f1(), TOL);
        assertEquals(e.get("precision").asDouble(), c.precision(), TOL);
        assertEquals(e.get("recall").asDouble(), c.recall(), TOL);
        assertEquals(e.get("accuracy").asDouble(), c.accuracy(), TOL);
        assertEquals(c.tp() + c.fn(), Metrics.confusionRows(y, p, threshold, 1, 1).length + c.fn());
        assertEquals(c.fp(), Metrics.confusionRows(y, p, threshold, 0, 1).length);

        List<Metrics.CalibrationBin> cal = Metrics.calibration(y, p, 10);
        assertArrayEquals(doubles(e.get("calibration_prob_true")),
                cal.stream().mapToDouble(Metrics.CalibrationBin::fractionPositive).toArray(), TOL);
        assertArrayEquals(doubles(e.get("calibration_prob_pred")),
                cal.stream().mapToDouble(Metrics.CalibrationBin::meanPredicted).toArray(), TOL);
        assertEquals(y.length, cal.stream().mapToInt(b -> b.rows().length).sum());

        List<Metrics.LiftBin> lift = Metrics.liftGain(y, p, 10);
        for (int d = 0; d < 10; d++) {
            JsonNode ed = e.get("deciles").get(d);
            assertEquals(ed.get("rows").asInt(), lift.get(d).rows().length);
            assertEquals(ed.get("positives").asInt(), lift.get(d).positives());
            assertEquals(ed.get("lift").asDouble(), lift.get(d).lift(), TOL);
            assertEquals(ed.get("cumulative_gain").asDouble(), lift.get(d).cumulativeGain(), TOL);
        }
    }

    @org.junit.jupiter.api.Test
    void rocCurveAreaEqualsAuc() {
        List<String[]> rows = TestData.rows("metrics_fixture.csv", ",");
        int[] y = Arrays.stream(TestData.column(rows, "y")).mapToInt(v -> (int) v).toArray();
        double[] p = TestData.column(rows, "p_ties");
        Metrics.Curve roc = Metrics.rocCurve(y, p);
        double area = 0;
        for (int i = 1; i < roc.x().length; i++) {
            area += (roc.x()[i] - roc.x()[i - 1]) * (roc.y()[i] + roc.y()[i - 1]) / 2;
        }
        assertEquals(Metrics.rocAuc(y, p), area, 1e-12);
        assertEquals(1.0, roc.x()[roc.x().length - 1], 0);
        Metrics.Curve pr = Metrics.prCurve(y, p);
        assertEquals(1.0, pr.x()[pr.x().length - 1], 0);
    }

    static double[] doubles(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asDouble();
        }
        return v;
    }
}
