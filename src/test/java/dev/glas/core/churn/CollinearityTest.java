package dev.glas.core.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** VIF equals statsmodels' and correlations equal pandas' (values from src/test/python/churn_reference.py). */
class CollinearityTest {

    private static final double TOL = 1e-6;

    @Test
    void bankSliceEqualsStatsmodels() {
        JsonNode e = TestData.json("vif_expected.json");
        List<String[]> rows = TestData.rows("bank_slice.csv", ";");
        check(e.get("columns"), e.get("vif"), e.get("corr"), rows);
    }

    @Test
    void telcoSliceEqualsStatsmodels() {
        JsonNode e = TestData.json("vif_expected.json");
        List<String[]> all = TestData.rows("telco_slice.csv", ",");
        int tc = List.of(all.get(0)).indexOf("TotalCharges");
        List<String[]> rows = new ArrayList<>();
        for (String[] r : all) {
            if (!r[tc].isBlank()) {
                rows.add(r);
            }
        }
        assertEquals(e.get("telco_rows").asInt(), rows.size() - 1);
        check(e.get("telco_columns"), e.get("telco_vif"), e.get("telco_corr"), rows);
        List<Collinearity.Vif> v = vif(e.get("telco_columns"), rows);
        assertEquals(2, v.get(3).level()); // TotalCharges ≈ tenure × MonthlyCharges: VIF > 10
        assertEquals(1, v.get(1).level());
    }

    @Test
    void exactDependencyIsInfinite() {
        double[] a = {1, 2, 3, 4, 5, 7};
        double[] b = {2, 1, 4, 3, 6, 5};
        double[] c = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            c[i] = 2 * a[i] - b[i];
        }
        List<Collinearity.Vif> v = Collinearity.vif(List.of("a", "b", "c"), new double[][] {a, b, c});
        assertTrue(v.stream().allMatch(x -> Double.isInfinite(x.vif())), v.toString());
    }

    private static List<Collinearity.Vif> vif(JsonNode columns, List<String[]> rows) {
        List<String> names = new ArrayList<>();
        double[][] cols = new double[columns.size()][];
        for (int j = 0; j < columns.size(); j++) {
            names.add(columns.get(j).asText());
            cols[j] = TestData.column(rows, names.get(j));
        }
        return Collinearity.vif(names, cols);
    }

    private static void check(JsonNode columns, JsonNode vifs, JsonNode corr, List<String[]> rows) {
        List<Collinearity.Vif> v = vif(columns, rows);
        double[][] cols = new double[columns.size()][];
        for (int j = 0; j < columns.size(); j++) {
            assertEquals(vifs.get(columns.get(j).asText()).asDouble(), v.get(j).vif(), TOL, columns.get(j).asText());
            cols[j] = TestData.column(rows, columns.get(j).asText());
        }
        double[][] r = Collinearity.correlation(cols);
        for (int a = 0; a < cols.length; a++) {
            for (int b = 0; b < cols.length; b++) {
                assertEquals(corr.get(a).get(b).asDouble(), r[a][b], TOL);
            }
        }
    }
}
