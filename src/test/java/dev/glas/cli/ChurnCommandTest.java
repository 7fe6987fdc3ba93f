package dev.glas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glas churn} and {@code glas score} on the committed telco slice. */
class ChurnCommandTest {

    @Test
    void churnThenScore(@TempDir Path dir) throws Exception {
        Path data = Path.of(getClass().getResource("/dev/glas/core/churn/telco_slice.csv").toURI());
        Path model = dir.resolve("m.glasmodel");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GlasCli.run(new PrintWriter(out), new PrintWriter(err), "churn", data.toString(), "--target", "Churn",
                "--positive", "Yes", "--models", "lr,gbm", "--folds", "3", "--seed", "7", "--model-out", model.toString(),
                "--folds-out", dir.resolve("folds.csv").toString(), "--json");
        assertEquals(0, code, err.toString());
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertEquals(1500, j.get("rows").asInt());
        assertEquals(2, j.get("models").size());
        for (String k : new String[] {"name", "cv_roc_auc", "cv_roc_auc_sd", "cv_pr_auc", "cv_f1", "seconds"}) {
            assertTrue(j.get("models").get(0).has(k), k);
        }
        assertEquals(j.get("models").get(0).get("name").asText(), j.get("best").asText());
        assertTrue(j.get("vif").size() >= 4);
        assertTrue(j.get("vif").get(0).has("feature") && j.get("vif").get(0).has("vif"));
        assertTrue(j.get("seconds").asDouble() > 0);
        assertTrue(Files.size(model) > 100);
        assertEquals(1501, Files.readAllLines(dir.resolve("folds.csv")).size());

        StringWriter out2 = new StringWriter();
        Path scores = dir.resolve("scores.csv");
        code = GlasCli.run(new PrintWriter(out2), new PrintWriter(err), "score", model.toString(), data.toString(),
                "--out", scores.toString(), "--json");
        assertEquals(0, code, err.toString());
        JsonNode s = new ObjectMapper().readTree(out2.toString());
        assertEquals(1500, s.get("rows").asInt());
        assertTrue(s.get("ms_per_client").asDouble() > 0);
        assertEquals(1501, Files.readAllLines(scores).size());
    }

    @Test
    void badInputExitsWithTwo(@TempDir Path dir) throws Exception {
        Path data = Path.of(getClass().getResource("/dev/glas/core/churn/telco_slice.csv").toURI());
        StringWriter err = new StringWriter();
        int code = GlasCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "churn", data.toString(),
                "--target", "Nope", "--positive", "Yes", "--json");
        assertEquals(2, code);
        assertTrue(err.toString().contains("Nope"));
        Path notModel = dir.resolve("x.glasmodel");
        Files.writeString(notModel, "hello");
        code = GlasCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "score", notModel.toString(),
                data.toString(), "--out", dir.resolve("o.csv").toString(), "--json");
        assertEquals(2, code);
    }
}
