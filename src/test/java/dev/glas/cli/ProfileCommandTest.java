package dev.glas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glas.core.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private int run(String... args) {
        return GlasCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void printsExactlyTheProfileJson() throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "name;amount;when;ok\nA;1,5;01.02.2024;yes\nB; ;02.02.2024;no\nA;3,5;;yes\n");
        assertEquals(0, run("profile", f.toString(), "--json"), err.toString());
        JsonNode j = new ObjectMapper().readTree(out.toString());
        List<String> keys = new ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("file", "rows", "columns", "delimiter", "encoding", "seconds"), keys);
        assertEquals(3, j.get("rows").asInt());
        assertEquals(";", j.get("delimiter").asText());
        assertEquals("UTF-8", j.get("encoding").asText());
        assertTrue(j.get("seconds").isNumber());
        JsonNode amount = j.get("columns").get(1);
        List<String> colKeys = new ArrayList<>();
        amount.fieldNames().forEachRemaining(colKeys::add);
        assertEquals(List.of("name", "type", "missing", "distinct", "mean", "min", "max"), colKeys);
        assertEquals("numeric", amount.get("type").asText());
        assertEquals(1, amount.get("missing").asInt());
        assertEquals(2.5, amount.get("mean").asDouble(), 1e-12);
        assertEquals(1.5, amount.get("min").asDouble(), 1e-12);
        JsonNode name = j.get("columns").get(0);
        assertEquals("categorical", name.get("type").asText());
        assertTrue(name.get("mean").isNull());
        JsonNode when = j.get("columns").get(2);
        assertEquals("date", when.get("type").asText());
        assertEquals("2024-02-01", when.get("min").asText());
        assertEquals("boolean", j.get("columns").get(3).get("type").asText());
    }

    @Test
    void fastPathPrintsTheSameJsonAndExitCodes() throws Exception {
        Path f = dir.resolve("q.csv");
        Files.writeString(f, "name,text,x,d\nA,\"say \"\"hi\"\"\nnext\",1.5,2024-01-01 10:00:00\nB,\\back\ttab,,2024-01-02 11:00:00\n");
        for (String[] args : new String[][] {{"profile", f.toString(), "--json"},
            {"profile", "--delimiter", ",", f.toString(), "--encoding", "UTF-8", "--json"}}) {
            out.getBuffer().setLength(0);
            assertEquals(0, run(args), err.toString());
            java.io.ByteArrayOutputStream fast = new java.io.ByteArrayOutputStream();
            java.io.ByteArrayOutputStream fastErr = new java.io.ByteArrayOutputStream();
            assertEquals(0, ProfileCommand.runFast(new java.io.PrintStream(fast, true, "UTF-8"),
                    new java.io.PrintStream(fastErr, true, "UTF-8"), args));
            com.fasterxml.jackson.databind.node.ObjectNode a =
                    (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(out.toString());
            com.fasterxml.jackson.databind.node.ObjectNode b =
                    (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(fast.toString("UTF-8"));
            a.remove("seconds");
            b.remove("seconds");
            assertEquals(a, b);
        }
        java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
        assertEquals(2, ProfileCommand.runFast(System.out, new java.io.PrintStream(e, true, "UTF-8"),
                "profile", dir.resolve("nope.csv").toString(), "--json"));
        assertTrue(e.toString("UTF-8").contains("nope.csv"));
        assertEquals(null, ProfileCommand.runFast(System.out, System.err, "profile", "--help"));
        assertEquals(null, ProfileCommand.runFast(System.out, System.err, "profile", "--sheet=x", f.toString()));
    }

    @Test
    void delimiterAndEncodingOptions() throws Exception {
        Path f = dir.resolve("w.txt");
        Files.write(f, "a|b\nпривет|1\nмир|2\n".getBytes(Charset.forName("windows-1251")));
        assertEquals(0, run("profile", f.toString(), "--delimiter", "|", "--encoding", "windows-1251", "--json"),
                err.toString());
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertEquals("windows-1251", j.get("encoding").asText());
        assertEquals(2, j.get("rows").asInt());
    }

    @Test
    void badInputExitsWithTwoAndAMessage() throws Exception {
        Path ragged = dir.resolve("r.csv");
        Files.writeString(ragged, "a,b\n1,2\n3,4,5\n");
        assertEquals(2, run("profile", ragged.toString(), "--json"));
        assertTrue(err.toString().contains("Line 3"), err.toString());
        assertEquals("", out.toString());

        assertEquals(2, run("profile", dir.resolve("missing.csv").toString(), "--json"));
        assertEquals(2, run("profile", ragged.toString(), "--encoding", "no-such-charset", "--json"));
        assertTrue(err.toString().contains("no-such-charset"));
        assertEquals(2, run("profile", ragged.toString(), "--delimiter", "ab", "--json"));
        assertEquals(2, run("profile", dir.toString(), "--json"));
        Path empty = dir.resolve("e.csv");
        Files.writeString(empty, "");
        assertEquals(2, run("profile", empty.toString(), "--json"));
        assertEquals(2, run("profile"));
    }
}
