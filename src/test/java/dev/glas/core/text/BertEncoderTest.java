package dev.glas.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.CancelledException;
import dev.glas.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both model paths (TorchScript and safetensors + NDArray BERT) against the Python references. */
class BertEncoderTest {

    private static final float TOL = 1e-4f;

    @Test
    void inspectsTheTestFolder() throws Exception {
        ModelFolder f = ModelFolder.inspect(TestModels.tinyBert());
        assertEquals(ModelFolder.Task.CLASSIFICATION, f.task());
        assertEquals(List.of("neutral", "emotional", "aggression"), f.labels());
        assertEquals(512, f.maxLength());
        assertEquals(16, f.hiddenSize());
        assertEquals(2, f.layers());
        assertEquals("bert", f.modelType());
        assertTrue(f.torchScript().getFileName().toString().endsWith(".pt"));
        assertTrue(f.sizeBytes() > 4_000_000 && f.sizeBytes() < 10_000_000, "size " + f.sizeBytes());
        assertEquals(ModelFolder.Backend.TORCHSCRIPT, f.resolve(ModelFolder.Backend.AUTO));
    }

    @Test
    void tokenizerMatchesPythonWordPiece() throws Exception {
        JsonNode ref = TestModels.reference();
        try (BertEncoder enc = BertEncoder.open(ModelFolder.inspect(TestModels.tinyBert()), ModelFolder.Backend.SAFETENSORS)) {
            long[][] ids = enc.tokenize(TestModels.sentences());
            for (int i = 0; i < ids.length; i++) {
                JsonNode row = ref.path("input_ids").get(i);
                long[] expected = new long[row.size()];
                for (int j = 0; j < expected.length; j++) {
                    expected[j] = row.get(j).asLong();
                }
                assertArrayEquals(expected, ids[i], "sentence " + i);
            }
        }
    }

    @Test
    void torchScriptEqualsPythonReference() throws Exception {
        check(ModelFolder.Backend.TORCHSCRIPT, 3);
    }

    @Test
    void safetensorsForwardPassEqualsPythonReference() throws Exception {
        check(ModelFolder.Backend.SAFETENSORS, 2);
    }

    @Test
    void bothPathsGiveTheSameOutputs() throws Exception {
        ModelFolder f = ModelFolder.inspect(TestModels.tinyBert());
        List<String> texts = new ArrayList<>(TestModels.sentences());
        texts.add("");
        texts.add("Очень длинный текст ".repeat(400)); // longer than 512 tokens: truncated
        BertEncoder.Output a;
        BertEncoder.Output b;
        try (BertEncoder e = BertEncoder.open(f, ModelFolder.Backend.TORCHSCRIPT)) {
            a = e.encode(texts, 4, true, Progress.NONE, Cancellation.NEVER);
        }
        try (BertEncoder e = BertEncoder.open(f, ModelFolder.Backend.SAFETENSORS)) {
            b = e.encode(texts, 3, true, Progress.NONE, Cancellation.NEVER);
        }
        assertEquals(1, a.truncated());
        assertEquals(1, b.truncated());
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(a.logits()[i], b.logits()[i], TOL, "logits " + i);
            assertArrayEquals(a.embeddings()[i], b.embeddings()[i], TOL, "embedding " + i);
        }
    }

    @Test
    void safetensorsOnlyFolderIsAHubFolder(@TempDir Path dir) throws Exception {
        Path hub = TestModels.copyWith(dir.resolve("hub"), "model.safetensors");
        ModelFolder f = ModelFolder.inspect(hub);
        assertNull(f.torchScript());
        assertEquals(ModelFolder.Backend.SAFETENSORS, f.resolve(ModelFolder.Backend.AUTO));
        TextException e = assertThrows(TextException.class, () -> f.resolve(ModelFolder.Backend.TORCHSCRIPT));
        assertEquals("text.model.error.no.torchscript", e.key());
    }

    @Test
    void explainsWhatIsWrongWithAFolder(@TempDir Path dir) throws Exception {
        assertEquals("text.model.error.not.folder",
                assertThrows(TextException.class, () -> ModelFolder.inspect(dir.resolve("missing"))).key());
        Path noWeights = TestModels.copyWith(dir.resolve("a"));
        assertEquals("text.model.error.no.weights",
                assertThrows(TextException.class, () -> ModelFolder.inspect(noWeights)).key());
        Files.writeString(noWeights.resolve("pytorch_model.bin"), "x");
        assertEquals("text.model.error.bin.only",
                assertThrows(TextException.class, () -> ModelFolder.inspect(noWeights)).key());
        Path noTok = TestModels.copyWith(dir.resolve("b"), "model.safetensors");
        Files.delete(noTok.resolve("tokenizer.json"));
        assertEquals("text.model.error.no.tokenizer",
                assertThrows(TextException.class, () -> ModelFolder.inspect(noTok)).key());
        Path badCfg = TestModels.copyWith(dir.resolve("c"), "model.safetensors");
        Files.writeString(badCfg.resolve("config.json"), "{not json");
        assertEquals("text.model.error.bad.config",
                assertThrows(TextException.class, () -> ModelFolder.inspect(badCfg)).key());
        Path gpt = TestModels.copyWith(dir.resolve("d"), "model.safetensors");
        Files.writeString(gpt.resolve("config.json"), "{\"model_type\":\"gpt2\",\"hidden_size\":16}");
        TextException t = assertThrows(TextException.class, () -> ModelFolder.inspect(gpt));
        assertEquals("text.model.error.type", t.key());
        assertTrue(t.getLocalizedMessage().contains("gpt2"));
    }

    @Test
    void cancels() throws Exception {
        Cancellation c = new Cancellation();
        c.cancel();
        try (BertEncoder e = BertEncoder.open(ModelFolder.inspect(TestModels.tinyBert()), ModelFolder.Backend.AUTO)) {
            assertThrows(CancelledException.class, () -> e.encode(TestModels.sentences(), 2, false, Progress.NONE, c));
        }
    }

    private static void check(ModelFolder.Backend backend, int batchSize) throws Exception {
        JsonNode ref = TestModels.reference();
        float[][] logits = TestModels.matrix(ref.path("logits"));
        float[][] pooled = TestModels.matrix(ref.path("mean_pooled"));
        List<Double> fractions = new ArrayList<>();
        try (BertEncoder enc = BertEncoder.open(ModelFolder.inspect(TestModels.tinyBert()), backend)) {
            assertEquals(backend, enc.backend());
            BertEncoder.Output out = enc.encode(TestModels.sentences(), batchSize, true,
                    (f, k, a) -> fractions.add(f), Cancellation.NEVER);
            assertEquals(0, out.truncated());
            for (int i = 0; i < logits.length; i++) {
                assertArrayEquals(logits[i], out.logits()[i], TOL, backend + " logits " + i);
                assertArrayEquals(pooled[i], out.embeddings()[i], TOL, backend + " pooled " + i);
            }
        }
        assertEquals(1.0, fractions.getLast(), 1e-9);
    }
}
