package dev.glas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glas.core.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
        assertEquals("all", s.get("reasons").asText());
        assertEquals(1500, s.get("explained").asInt());

        // reasons only for the clients at or above the threshold: the others have empty reason cells
        StringWriter out3 = new StringWriter();
        Path positive = dir.resolve("positive.csv");
        code = GlasCli.run(new PrintWriter(out3), new PrintWriter(err), "score", model.toString(), data.toString(),
                "--out", positive.toString(), "--reasons", "positive", "--json");
        assertEquals(0, code, err.toString());
        JsonNode p = new ObjectMapper().readTree(out3.toString());
        assertEquals("positive", p.get("reasons").asText());
        assertEquals(p.get("positives").asInt(), p.get("explained").asInt());
        assertTrue(p.get("positives").asInt() > 0);
        List<String> all = Files.readAllLines(scores);
        List<String> pos = Files.readAllLines(positive);
        int empty = 0;
        for (int i = 1; i < all.size(); i++) {
            if (pos.get(i).endsWith(",,,")) {
                empty++;
                assertTrue(pos.get(i).contains("," + "No,,,"), pos.get(i)); // label below the threshold
            } else {
                assertEquals(all.get(i), pos.get(i));
            }
        }
        assertEquals(1500 - p.get("positives").asInt(), empty);
    }

    @Test
    void unknownReasonsChoiceIsBadInputWithALocalizedMessage(@TempDir Path dir) throws Exception {
        Path data = Path.of(getClass().getResource("/dev/glas/core/churn/telco_slice.csv").toURI());
        try {
            for (String lang : List.of("en", "ru")) {
                Messages.setLocale(Locale.of(lang));
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                // the choice is checked before the model file is read
                int code = GlasCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "score",
                        dir.resolve("missing.glasmodel").toString(), data.toString(), "--out",
                        dir.resolve("o.csv").toString(), "--reasons", "some", "--json");
                assertEquals(GlasCli.EXIT_BAD_INPUT, code, err.toString());
                assertEquals("", out.toString());
                assertTrue(err.toString().contains(lang.equals("ru") ? "Неизвестный выбор причин «some»"
                        : "Unknown reasons choice \"some\""), err.toString());
                assertFalse(Files.exists(dir.resolve("o.csv")));
            }
        } finally {
            Messages.setLocale(Locale.ENGLISH);
        }
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
