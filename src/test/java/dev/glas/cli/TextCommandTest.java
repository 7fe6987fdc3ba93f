package dev.glas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glas.core.text.TestModels;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GlasCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void trainClassifyCluster(@TempDir Path dir) throws Exception {
        Path csv = Path.of(getClass().getResource("/dev/glas/core/text/cedr_slice.csv").toURI());
        Path model = dir.resolve("m.glasmodel");
        Run t = run("text", "train", csv.toString(), "--column", "text", "--label", "label", "--folds", "3",
                "--seed", "42", "--model-out", model.toString(), "--json");
        assertEquals(0, t.code(), t.err());
        JsonNode tj = new ObjectMapper().readTree(t.out());
        assertEquals(600, tj.path("rows").asInt());
        assertEquals(6, tj.path("classes").size());
        assertTrue(tj.path("cv_macro_f1").asDouble() > 0.3);
        assertTrue(tj.path("seconds").isNumber());
        assertTrue(Files.exists(model));

        Path out = dir.resolve("out.csv");
        Run c = run("text", "classify", csv.toString(), "--column", "text", "--model", model.toString(),
                "--label", "label", "--out", out.toString(), "--json");
        assertEquals(0, c.code(), c.err());
        JsonNode cj = new ObjectMapper().readTree(c.out());
        assertEquals(600, cj.path("rows").asInt());
        assertTrue(cj.path("macro_f1").asDouble() > 0.8);
        assertTrue(cj.path("texts_per_second").asDouble() > 0);
        List<String> lines = Files.readAllLines(out);
        assertEquals("text,label,source,text_label,text_probability", lines.get(0));

        Run b = run("text", "classify", csv.toString(), "--column", "text", "--model",
                TestModels.tinyBert().toString(), "--out", dir.resolve("b.csv").toString(), "--json");
        assertEquals(0, b.code(), b.err());
        JsonNode bj = new ObjectMapper().readTree(b.out());
        assertTrue(bj.path("macro_f1").isNull());
        assertEquals(3, bj.path("labels").size());

        Run k = run("text", "cluster", csv.toString(), "--column", "text", "--k", "3..5", "--json");
        assertEquals(0, k.code(), k.err());
        JsonNode kj = new ObjectMapper().readTree(k.out());
        int sum = 0;
        for (JsonNode cl : kj.path("clusters")) {
            sum += cl.path("size").asInt();
            assertTrue(cl.path("keywords").size() > 0);
            assertEquals(5, cl.path("examples").size());
        }
        assertEquals(600, sum);
    }

    @Test
    void badInputExitsWithTwo(@TempDir Path dir) throws Exception {
        Path csv = Path.of(getClass().getResource("/dev/glas/core/text/cedr_slice.csv").toURI());
        Run r = run("text", "train", csv.toString(), "--column", "nope", "--label", "label", "--model-out",
                dir.resolve("m").toString(), "--json");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nope"), r.err());
        Run m = run("text", "classify", csv.toString(), "--column", "text", "--model", dir.toString(), "--out",
                dir.resolve("o.csv").toString());
        assertEquals(2, m.code());
        Run k = run("text", "cluster", csv.toString(), "--column", "text", "--k", "1..99");
        assertEquals(2, k.code());
    }
}
