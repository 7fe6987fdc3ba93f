package dev.glas.ui.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.Dataset;
import dev.glas.core.data.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeRunTest {

    @Test
    void recognisesTheFlagOnlyInFirstPosition() {
        assertTrue(SmokeRun.requested(List.of("--smoke")));
        assertTrue(SmokeRun.requested(List.of("--smoke", "--smoke-out", "x")));
        assertFalse(SmokeRun.requested(List.of()));
        assertFalse(SmokeRun.requested(List.of("segment", "--smoke")));
    }

    @Test
    void numericMatrixIsCompleteAndStandardised() throws Exception {
        Dataset d = Samples.open(Samples.byId(SmokeRun.TABLE_SAMPLE));
        double[][] x = SmokeRun.numericMatrix(d);
        assertTrue(x.length > 0.9 * d.rowCount(), "most telco rows are complete");
        for (int j = 0; j < x[0].length; j++) {
            double mean = 0;
            double sq = 0;
            for (double[] row : x) {
                assertTrue(Double.isFinite(row[j]));
                mean += row[j] / x.length;
                sq += row[j] * row[j] / x.length;
            }
            assertEquals(0, mean, 1e-9, "column " + j + " mean");
            assertEquals(1, sq - mean * mean, 1e-9, "column " + j + " variance");
        }
    }
}
