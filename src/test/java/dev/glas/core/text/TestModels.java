package dev.glas.core.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The committed tiny random-weight BERT (src/test/python/make_test_bert.py) and its Python reference outputs. */
public final class TestModels {

    private TestModels() {
    }

    public static Path tinyBert() {
        try {
            return Path.of(TestModels.class.getResource("tiny-bert/config.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode reference() {
        try {
            return new ObjectMapper().readTree(tinyBert().resolve("reference.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> sentences() {
        List<String> out = new ArrayList<>();
        reference().path("sentences").forEach(n -> out.add(n.asText()));
        return out;
    }

    /** A copy of the tiny model with only the given files (plus config.json and tokenizer.json). */
    public static Path copyWith(Path dir, String... files) throws IOException {
        Files.createDirectories(dir);
        for (String f : List.of("config.json", "tokenizer.json")) {
            Files.copy(tinyBert().resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        for (String f : files) {
            Files.copy(tinyBert().resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    public static float[][] matrix(JsonNode node) {
        float[][] m = new float[node.size()][];
        for (int i = 0; i < m.length; i++) {
            JsonNode row = node.get(i);
            m[i] = new float[row.size()];
            for (int j = 0; j < m[i].length; j++) {
                m[i][j] = (float) row.get(j).asDouble();
            }
        }
        return m;
    }
}
