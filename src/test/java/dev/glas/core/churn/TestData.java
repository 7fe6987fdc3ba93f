package dev.glas.core.churn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the committed churn fixtures (see src/test/resources/dev/glas/core/churn/README.md). */
final class TestData {

    private TestData() {
    }

    static String text(String name) {
        try (InputStream in = TestData.class.getResourceAsStream("/dev/glas/core/churn/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String name) {
        try {
            return new ObjectMapper().readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Simple delimited file without quoted delimiters: header + rows. */
    static List<String[]> rows(String name, String delimiter) {
        List<String[]> out = new ArrayList<>();
        for (String line : text(name).split("\n")) {
            if (!line.isEmpty()) {
                out.add(line.split(delimiter, -1));
            }
        }
        return out;
    }

    static double[] column(List<String[]> rows, String name) {
        int c = Arrays.asList(rows.get(0)).indexOf(name);
        double[] v = new double[rows.size() - 1];
        for (int i = 1; i < rows.size(); i++) {
            v[i - 1] = Double.parseDouble(rows.get(i)[c].replace("\"", ""));
        }
        return v;
    }
}
