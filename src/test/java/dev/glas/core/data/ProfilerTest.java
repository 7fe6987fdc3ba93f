package dev.glas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Column statistics against pandas (src/test/python/profile_reference.py on the bundled samples). */
class ProfilerTest {

    private static JsonNode reference() throws Exception {
        try (InputStream in = ProfilerTest.class.getResourceAsStream("profile_reference.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static void assertClose(double expected, Double actual, String what) {
        assertNotNull(actual, what);
        assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void matchesPandasOnTelcoAndBankSamples() throws Exception {
        JsonNode ref = reference();
        for (String id : new String[] {"telco_churn", "bank_marketing"}) {
            DatasetProfile p = Profiler.profile(Samples.open(Samples.byId(id)));
            JsonNode cols = ref.get(id);
            assertEquals(cols.size(), p.columns().size());
            for (Iterator<Map.Entry<String, JsonNode>> it = cols.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                ColumnProfile c = p.column(e.getKey());
                JsonNode r = e.getValue();
                String w = id + "." + e.getKey();
                assertEquals(r.get("count").asInt(), c.count(), w + " count");
                assertEquals(r.get("missing").asInt(), c.missing(), w + " missing");
                assertEquals(r.get("distinct").asInt(), c.distinct(), w + " distinct");
                if (r.has("mean")) {
                    assertClose(r.get("mean").asDouble(), c.mean(), w + " mean");
                    assertClose(r.get("std").asDouble(), c.std(), w + " std");
                    assertClose(r.get("min").asDouble(), c.min(), w + " min");
                    assertClose(r.get("max").asDouble(), c.max(), w + " max");
                    assertClose(r.get("median").asDouble(), c.median(), w + " median");
                } else if (c.type() != ColumnType.BOOLEAN) {
                    assertEquals(r.get("top_count").asInt(), c.topValues().get(0).count(), w + " top count");
                    boolean tie = c.topValues().size() > 1
                            && c.topValues().get(1).count() == c.topValues().get(0).count();
                    if (!tie) {
                        assertEquals(r.get("top").asText(), c.topValues().get(0).value(), w + " top");
                    }
                } else {
                    assertEquals(r.get("top_count").asInt(), c.topValues().get(0).count(), w + " top count");
                }
            }
        }
    }

    @Test
    void selectionMedianAndHashDistinctEqualSorting() {
        java.util.Random rnd = new java.util.Random(3);
        for (int n : new int[] {1, 2, 3, 10, 1001, 50_000}) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = rnd.nextInt(4) == 0 ? rnd.nextInt(20) : rnd.nextGaussian() * 100;
            }
            v[0] = -0.0;
            double[] sorted = v.clone();
            java.util.Arrays.sort(sorted);
            long distinct = java.util.Arrays.stream(sorted).map(x -> x == 0 ? 0 : x).distinct().count();
            assertEquals(distinct, Profiler.distinct(v, n));
            for (int k : new int[] {0, n / 2, n - 1}) {
                assertEquals(sorted[k], Profiler.select(v.clone(), n, k), 0.0);
            }
        }
    }

    @Test
    void telcoBlankTotalChargesAreMissingNumbers() throws Exception {
        DatasetProfile p = Profiler.profile(Samples.open(Samples.byId("telco_churn")));
        ColumnProfile tc = p.column("TotalCharges");
        assertEquals(ColumnType.NUMERIC, tc.type());
        assertEquals(reference().get("telco_churn").get("TotalCharges").get("missing").asInt(), tc.missing());
        assertTrue(tc.missing() > 0);
    }

    @Test
    void histogramsTopValuesAndDates(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("d.csv");
        Files.writeString(f, "x;d;c\n1;01.01.2024;a\n2;03.01.2024;b\n2;;a\n10;10.01.2024;a\n;05.01.2024;\n");
        DatasetProfile p = Profiler.profile(new DataImporter().read(f));
        ColumnProfile x = p.column("x");
        assertEquals(ColumnType.INTEGER, x.type());
        assertEquals(4, x.count());
        assertEquals(1, x.missing());
        assertEquals(20.0, x.missingPercent(), 1e-12);
        assertEquals(3, x.distinct());
        assertEquals(2.0, x.median());
        Histogram h = x.histogram();
        assertEquals(10, h.bins(), "one bin per integer value for a small range");
        assertEquals(1, h.counts()[0]);
        assertEquals(2, h.counts()[1]);
        assertEquals(1, h.counts()[9]);
        assertEquals(4, java.util.Arrays.stream(h.counts()).sum());

        ColumnProfile d = p.column("d");
        assertEquals(ColumnType.DATE, d.type());
        assertEquals("2024-01-01", d.minText());
        assertEquals("2024-01-10", d.maxText());
        assertEquals(4, java.util.Arrays.stream(d.histogram().counts()).sum());
        assertNull(d.mean());

        ColumnProfile c = p.column("c");
        assertEquals(ColumnType.CATEGORICAL, c.type());
        assertEquals(new ValueCount("a", 3), c.topValues().get(0));
        assertEquals(1, c.missing());
        assertNull(c.histogram());
    }

    @Test
    void dateTimeProfileOnRetailSample() throws Exception {
        DatasetProfile p = Profiler.profile(Samples.open(Samples.byId("online_retail")));
        ColumnProfile t = p.column("InvoiceDate");
        assertEquals(ColumnType.DATETIME, t.type());
        assertTrue(t.minText().startsWith("2010-12"), t.minText());
        assertTrue(t.maxText().startsWith("2011-12"), t.maxText());
        assertEquals(ColumnType.IDENTIFIER, p.column("CustomerID").type());
        assertEquals(40, p.column("CustomerID").distinct());
    }
}
