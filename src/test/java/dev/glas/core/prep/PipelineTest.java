package dev.glas.core.prep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glas.core.data.ColumnType;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Preparation steps against sklearn values from src/test/python/prep_reference.py. */
class PipelineTest {

    private static final double EPS = 1e-9;
    private static Dataset data;
    private static JsonNode ref;
    private static final List<String> NUM = List.of("age", "balance", "calls");

    @BeforeAll
    static void load() throws Exception {
        Path dir = Path.of(PipelineTest.class.getResource("prep_fixture.csv").toURI()).getParent();
        data = new DataImporter().read(dir.resolve("prep_fixture.csv")).withType("id", ColumnType.IDENTIFIER);
        ref = new ObjectMapper().readTree(dir.resolve("prep_reference.json").toFile());
    }

    private static double[] col(Dataset d, String c) throws PrepException {
        return Frame.numbers(d.column(c));
    }

    @Test
    void dropSparseUsesSixtyPercentByDefault() throws Exception {
        assertTrue(ref.get("sparse_missing_share").asDouble() > 0.6);
        PrepResult r = Pipeline.of(new DropSparse()).fit(data);
        assertFalse(r.data().columnNames().contains("sparse"));
        assertEquals(List.of("sparse"), r.reports().get(0).removedColumns());
        assertTrue(Pipeline.of(new DropSparse(0.7)).fit(data).data().columnNames().contains("sparse"));
    }

    @Test
    void dedupeRowsAndIdsKeepFirstAndTrackSourceRows() throws Exception {
        PrepResult r = Pipeline.of(new Dedupe(null)).fit(data);
        assertEquals(ref.get("dedupe_rows").asInt(), r.data().rowCount());
        assertEquals(r.sourceRows().length, r.data().rowCount());
        assertEquals(299, r.sourceRows()[299]);
        PrepResult byId = Pipeline.of(new Dedupe("id")).fit(data);
        assertEquals(300, byId.data().rowCount());
        // scoring keeps every row
        assertEquals(data.rowCount(), r.pipeline().transform(data).data().rowCount());
    }

    @Test
    void simpleImputationsEqualSklearn() throws Exception {
        for (var e : Map.of(Impute.Method.MEAN, "impute_mean", Impute.Method.MEDIAN, "impute_median",
                Impute.Method.MODE, "impute_most_frequent").entrySet()) {
            PrepResult r = Pipeline.of(new Impute(NUM, e.getKey(), null, 5, 10, 1)).fit(data);
            for (String c : NUM) {
                double expected = ref.get(e.getValue()).get(c).asDouble();
                double[] before = col(data, c);
                double[] after = col(r.data(), c);
                for (int i = 0; i < before.length; i++) {
                    assertEquals(Double.isNaN(before[i]) ? expected : before[i], after[i], EPS, c + " row " + i);
                }
            }
        }
        PrepResult mode = Pipeline.of(Impute.of(Impute.Method.MODE, "city")).fit(data);
        assertEquals(0, mode.data().column("city").countMissing());
        String[] before = Frame.of(data).texts("city");
        String[] after = mode.pipeline().transform(data).data().column("city").asStringColumn().asObjectArray();
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i] == null ? ref.get("impute_mode_city").asText() : before[i], after[i]);
        }
    }

    @Test
    void noInformationCategoryAndSeededRandomDraw() throws Exception {
        PrepResult r = Pipeline.of(Impute.of(Impute.Method.NO_INFORMATION)).fit(data);
        assertTrue(r.data().column("city").asStringColumn().asSet().contains(Impute.NO_INFORMATION));
        assertThrows(PrepException.class, () -> Pipeline.of(Impute.of(Impute.Method.NO_INFORMATION, "age")).fit(data));

        Impute rnd = new Impute(List.of("age", "city"), Impute.Method.RANDOM, null, 5, 10, 99);
        PrepResult a = Pipeline.of(rnd).fit(data);
        PrepResult b = Pipeline.of(rnd).fit(data);
        assertArrayEquals(col(a.data(), "age"), col(b.data(), "age"));
        var observed = java.util.Arrays.stream(col(data, "age")).boxed().collect(java.util.stream.Collectors.toSet());
        for (double v : col(a.data(), "age")) {
            assertTrue(observed.contains(v), "drawn value must be an observed one: " + v);
        }
        assertEquals(0, a.data().column("city").countMissing());
    }

    @Test
    void scalersEqualSklearnAfterMedianImputation() throws Exception {
        Impute median = new Impute(NUM, Impute.Method.MEDIAN, null, 5, 10, 1);
        String[][] cases = {{"ZSCORE", "zscore_first_row"}, {"MINMAX", "minmax_first_row"}, {"ROBUST", "robust_first_row"}};
        for (String[] c : cases) {
            PrepResult r = Pipeline.of(median, new Scale(NUM, Scale.Method.valueOf(c[0]))).fit(data);
            for (int j = 0; j < NUM.size(); j++) {
                assertEquals(ref.get(c[1]).get(j).asDouble(), col(r.data(), NUM.get(j))[0], 1e-9, c[0] + " " + NUM.get(j));
            }
        }
        Scale.Fitted z = (Scale.Fitted) Pipeline.of(median, new Scale(NUM, Scale.Method.ZSCORE)).fit(data)
                .pipeline().steps().get(1);
        for (int j = 0; j < NUM.size(); j++) {
            assertEquals(ref.get("zscore_mean").get(j).asDouble(), z.centers().get(j), 1e-9);
            assertEquals(ref.get("zscore_scale").get(j).asDouble(), z.scales().get(j), 1e-9);
        }
    }

    @Test
    void clipBoundsEqualNumpyPercentiles() throws Exception {
        Impute median = new Impute(NUM, Impute.Method.MEDIAN, null, 5, 10, 1);
        var iqr = (ClipOutliers.Fitted) Pipeline.of(median, ClipOutliers.iqr(List.of("balance"))).fit(data)
                .pipeline().steps().get(1);
        assertEquals(ref.get("iqr_bounds_balance").get(0).asDouble(), iqr.lower().get(0), 1e-9);
        assertEquals(ref.get("iqr_bounds_balance").get(1).asDouble(), iqr.upper().get(0), 1e-9);
        PrepResult q = Pipeline.of(median, ClipOutliers.quantiles(List.of("balance"), 0.01, 0.99)).fit(data);
        double hi = ref.get("quantile_bounds_balance").get(1).asDouble();
        double max = java.util.Arrays.stream(col(q.data(), "balance")).max().orElseThrow();
        assertEquals(hi, max, 1e-9);
    }

    @Test
    void oneHotAndOrdinalHandleUnseenCategoriesOnReplay() throws Exception {
        PrepResult r = Pipeline.of(new Encode(List.of("plan"), Encode.Method.ONE_HOT)).fit(data);
        List<String> expected = new java.util.ArrayList<>();
        ref.get("onehot_plan").forEach(n -> expected.add("plan=" + n.asText()));
        assertTrue(r.data().columnNames().containsAll(expected));
        assertFalse(r.data().columnNames().contains("plan"));

        Dataset fresh = small(new String[] {"basic", "platinum", null});
        PrepResult replay = r.pipeline().transform(fresh, true, List.of("id", "age", "balance", "calls", "city", "sparse"),
                dev.glas.core.task.Progress.NONE, dev.glas.core.task.Cancellation.NEVER);
        assertArrayEquals(new double[] {1, 0, 0}, col(replay.data(), "plan=basic"));
        assertArrayEquals(new double[] {0, 0, 0}, col(replay.data(), "plan=pro"));

        PrepResult ord = Pipeline.of(new Encode(List.of("plan"), Encode.Method.ORDINAL)).fit(data);
        PrepResult ordReplay = ord.pipeline().transform(fresh, true,
                List.of("id", "age", "balance", "calls", "city", "sparse"),
                dev.glas.core.task.Progress.NONE, dev.glas.core.task.Cancellation.NEVER);
        assertArrayEquals(new double[] {0, -1, -1}, col(ordReplay.data(), "plan"));
    }

    private static Dataset small(String[] plans) {
        StringColumn plan = StringColumn.create("plan", plans.length);
        for (int i = 0; i < plans.length; i++) {
            if (plans[i] != null) {
                plan.set(i, plans[i]);
            }
        }
        return new Dataset("new", Table.create("new", plan), Map.of("plan", ColumnType.CATEGORICAL), null);
    }

    @Test
    void replayNamesMissingColumnsInTheUiLanguage() throws Exception {
        PrepResult r = Pipeline.of(new Impute(NUM, Impute.Method.MEDIAN, null, 5, 10, 1)).fit(data);
        Dataset noAge = new Dataset("x", data.table().rejectColumns("age", "calls"),
                Map.of("id", ColumnType.IDENTIFIER, "balance", ColumnType.NUMERIC, "city", ColumnType.CATEGORICAL,
                        "plan", ColumnType.CATEGORICAL, "sparse", ColumnType.NUMERIC), null);
        Locale before = Messages.locale();
        try {
            Messages.setLocale(Locale.ENGLISH);
            PrepException e = assertThrows(PrepException.class, () -> r.pipeline().transform(noAge));
            assertEquals("The data has no columns named: age, calls", e.getLocalizedMessage());
            Messages.setLocale(Messages.RUSSIAN);
            assertEquals("В данных нет столбцов: age, calls", e.getLocalizedMessage());
        } finally {
            Messages.setLocale(before);
        }
    }

    @Test
    void fittedPipelineSurvivesJsonAndReplaysIdentically() throws Exception {
        Pipeline p = Pipeline.of(new DropSparse(), new Dedupe(null),
                new Impute(List.of("age"), Impute.Method.KNN, null, 3, 10, 5),
                new Impute(List.of("balance"), Impute.Method.ITERATIVE, null, 5, 4, 5),
                Impute.of(Impute.Method.NO_INFORMATION, "city"),
                ClipOutliers.iqr(List.of("balance")), new Log1p(List.of("calls")),
                new Scale(List.of(), Scale.Method.ROBUST), new Encode(List.of(), Encode.Method.ONE_HOT));
        PrepResult fit = p.fit(data);
        String json = PipelineJson.write(fit.pipeline());
        FittedPipeline back = PipelineJson.readFitted(json);
        assertEquals(fit.pipeline().outputColumns(), back.outputColumns());
        PrepResult again = back.transform(data, false, List.of(), dev.glas.core.task.Progress.NONE,
                dev.glas.core.task.Cancellation.NEVER);
        assertEquals(fit.data().columnNames(), again.data().columnNames());
        for (String c : FeatureMatrix.numericColumns(fit.data())) {
            assertArrayEquals(col(fit.data(), c), col(again.data(), c), 1e-12, c);
        }
        FeatureMatrix fm = again.features();
        assertEquals(fit.data().rowCount(), fm.rows());
        assertTrue(fm.names().contains("city=" + Impute.NO_INFORMATION));
        assertEquals(p, PipelineJson.readPipeline(PipelineJson.write(p)));
    }

    @Test
    void knnAndIterativeImputationRecoverStructure() throws Exception {
        int n = 200;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i % 10 == 0 ? Double.NaN : 2 * i + 1;
        }
        Dataset d = new Dataset("lin", Table.create("lin", DoubleColumn.create("x", x), DoubleColumn.create("y", y)),
                Map.of("x", ColumnType.NUMERIC, "y", ColumnType.NUMERIC), null);
        PrepResult mice = Pipeline.of(new Impute(List.of("y"), Impute.Method.ITERATIVE, null, 5, 3, 1)).fit(d);
        double[] yi = col(mice.data(), "y");
        for (int i = 0; i < n; i += 10) {
            assertEquals(2 * i + 1, yi[i], 1e-4, "row " + i);
        }
        PrepResult knn = Pipeline.of(new Impute(List.of("y"), Impute.Method.KNN, null, 2, 10, 1)).fit(d);
        double[] yk = col(knn.data(), "y");
        for (int i = 10; i < n - 1; i += 10) {
            assertEquals(2 * i + 1, yk[i], 1e-9, "two nearest neighbours are i-1 and i+1: row " + i);
        }
    }

    @Test
    void joinEnrichesAndReportsUnmatchedKeysBothWays() throws Exception {
        StringColumn city = StringColumn.create("city", "Moscow", "Kazan", "Perm");
        DoubleColumn income = DoubleColumn.create("region_income", 100.0, 60.0, 50.0);
        Dataset regions = new Dataset("regions.csv", Table.create("regions", city, income),
                Map.of("city", ColumnType.CATEGORICAL, "region_income", ColumnType.NUMERIC), null);
        Join join = new Join("city", "city", LookupTable.of(regions), null);
        PrepResult r = Pipeline.of(join).fit(data);
        JoinReport rep = r.reports().get(0).join();
        assertEquals(List.of("region_income"), r.reports().get(0).addedColumns());
        assertEquals(3, rep.unmatchedLeftKeys()); // Omsk, Tver, missing
        assertEquals(List.of("Perm"), rep.unmatchedRightExamples());
        String[] cities = Frame.of(data).texts("city");
        double[] inc = col(r.data(), "region_income");
        for (int i = 0; i < cities.length; i++) {
            double expected = "Moscow".equals(cities[i]) ? 100 : "Kazan".equals(cities[i]) ? 60 : Double.NaN;
            assertEquals(expected, inc[i], 0, "row " + i);
        }
        assertEquals(rep.matchedRows(), (int) java.util.Arrays.stream(inc).filter(v -> !Double.isNaN(v)).count());
        assertEquals("17850", Join.normalizeKey("17850.0"));
    }
}
