package dev.glas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glas.core.segment.ClusterMetrics;
import dev.glas.core.segment.Points;
import dev.glas.core.task.Cancellation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glas segment} on the committed blobs fixture: JSON shape, labels file, figures reproducible. */
class SegmentCommandTest {

    @TempDir
    Path tmp;

    private static Path fixture(String name) throws Exception {
        return Path.of(SegmentCommandTest.class.getResource("/dev/glas/core/segment/" + name).toURI());
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GlasCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void sweepJsonAndLabelsOut() throws Exception {
        Path labels = tmp.resolve("labels.csv");
        String[] r = run("segment", fixture("metrics_points.csv").toString(), "--features", "a,b,c,d", "--k", "2..6",
                "--seed", "42", "--labels-out", labels.toString(), "--json");
        assertEquals("0", r[0], r[2]);
        JsonNode j = new ObjectMapper().readTree(r[1]);
        assertEquals(600, j.get("rows").asInt());
        assertEquals(List.of("a", "b", "c", "d"), List.of(j.get("features").get(0).asText(),
                j.get("features").get(1).asText(), j.get("features").get(2).asText(), j.get("features").get(3).asText()));
        assertEquals(5, j.get("sweep").size());
        for (String key : List.of("k", "inertia", "silhouette", "calinski_harabasz", "davies_bouldin", "stability")) {
            assertTrue(j.get("sweep").get(0).has(key), key);
        }
        assertEquals(4, j.get("recommended_k").asInt());
        assertTrue(j.get("reason").asText().length() > 10);
        assertTrue(j.get("seconds").asDouble() >= 0);

        List<String> lines = Files.readAllLines(labels);
        assertEquals("a,b,c,d,km,rnd,cluster", lines.get(0));
        assertEquals(601, lines.size());
        double[][] x = new double[600][4];
        int[] lab = new int[600];
        for (int i = 0; i < 600; i++) {
            String[] f = lines.get(i + 1).split(",");
            for (int c = 0; c < 4; c++) {
                x[i][c] = Double.parseDouble(f[c]);
            }
            lab[i] = Integer.parseInt(f[6]);
        }
        JsonNode k4 = j.get("sweep").get(2);
        assertEquals(4, k4.get("k").asInt());
        Points p = Points.of(x);
        assertEquals(k4.get("silhouette").asDouble(), ClusterMetrics.silhouette(p, lab, Cancellation.NEVER), 1e-12);
        assertEquals(k4.get("davies_bouldin").asDouble(), ClusterMetrics.daviesBouldin(p, lab), 1e-12);
    }

    @Test
    void badInputExitsWithTwoAndALocalizedMessage() throws Exception {
        String[] r = run("segment", fixture("metrics_points.csv").toString(), "--features", "a,nope", "--json");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("nope"), r[2]);
        String[] k = run("segment", fixture("metrics_points.csv").toString(), "--k", "1..x");
        assertEquals("2", k[0]);
    }

    @Test
    void rfmWritesScoresAndCrosstab() throws Exception {
        Path out = tmp.resolve("rfm.csv");
        String[] r = run("rfm", fixture("online_retail_slice.csv").toString(), "--customer", "CustomerID", "--date",
                "InvoiceDate", "--amount", "Quantity*UnitPrice", "--invoice", "InvoiceNo", "--k", "3", "--out",
                out.toString(), "--json");
        assertEquals("0", r[0], r[2]);
        JsonNode j = new ObjectMapper().readTree(r[1]);
        assertEquals(150, j.get("customers").asInt());
        int total = 0;
        for (JsonNode s : j.get("segments")) {
            total += s.get("customers").asInt();
        }
        assertEquals(150, total);
        int cells = 0;
        for (JsonNode row : j.get("crosstab")) {
            for (JsonNode c : row) {
                cells += c.asInt();
            }
        }
        assertEquals(150, cells);
        List<String> lines = Files.readAllLines(out);
        assertEquals(151, lines.size());
        assertEquals("customer,recency,frequency,monetary,r,f,m,rfm,segment,cluster", lines.get(0));
        // same scores as the pandas reference
        List<String> ref = Files.readAllLines(fixture("rfm_reference.csv"));
        String[] a = lines.get(1).split(",");
        String[] b = ref.get(1).split(",");
        assertEquals(b[0], a[0]);
        assertEquals(b[4] + b[5] + b[6], a[7]);
    }

    @Test
    void savedModelScoresANewFile() throws Exception {
        Path model = tmp.resolve("m.json");
        Path labels = tmp.resolve("labels.csv");
        Path scored = tmp.resolve("scored.csv");
        String[] r = run("segment", fixture("metrics_points.csv").toString(), "--features", "a,b,c,d", "--scale",
                "zscore", "--k", "3..5", "--labels-out", labels.toString(), "--model-out", model.toString(), "--json");
        assertEquals("0", r[0], r[2]);
        String[] s = run("segment-score", model.toString(), fixture("metrics_points.csv").toString(), "--out",
                scored.toString(), "--json");
        assertEquals("0", s[0], s[2]);
        JsonNode j = new ObjectMapper().readTree(s[1]);
        assertEquals(600, j.get("rows").asInt());
        assertEquals(Files.readAllLines(labels), Files.readAllLines(scored));
    }
}
