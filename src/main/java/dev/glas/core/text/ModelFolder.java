package dev.glas.core.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a local model folder is, as found by {@link #inspect(Path)}: which weights it has (a TorchScript file
 * and/or Hugging Face {@code model.safetensors}), the task (classification with labels from {@code id2label},
 * or an encoder that gives embeddings), the maximum input length in tokens and the folder size.
 *
 * @param folder      the folder
 * @param modelType   {@code model_type} from config.json (e.g. "bert")
 * @param task        classification or embedding
 * @param labels      class labels in id order (empty for an encoder)
 * @param maxLength   longest input in tokens, including [CLS]/[SEP]
 * @param hiddenSize  size of the embeddings
 * @param layers      number of transformer layers (0 when unknown)
 * @param torchScript TorchScript file, or {@code null}
 * @param safetensors {@code model.safetensors}, or {@code null}
 * @param sizeBytes   total size of the files in the folder
 */
public record ModelFolder(Path folder, String modelType, Task task, List<String> labels, int maxLength,
                          int hiddenSize, int layers, Path torchScript, Path safetensors, long sizeBytes) {

    /** What the model computes. */
    public enum Task { CLASSIFICATION, EMBEDDING }

    /** Which weights to run. */
    public enum Backend {
        /** TorchScript when present, otherwise safetensors. */
        AUTO,
        /** The traced/scripted module, run by the PyTorch engine. */
        TORCHSCRIPT,
        /** {@code model.safetensors} in a BERT forward pass made of DJL NDArray operations. */
        SAFETENSORS
    }

    public static final String CONFIG = "config.json";
    public static final String TOKENIZER = "tokenizer.json";
    public static final String SAFETENSORS = "model.safetensors";
    /** BERT-family model types whose safetensors weights the NDArray forward pass understands. */
    public static final List<String> BERT_TYPES = List.of("bert");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public ModelFolder {
        Objects.requireNonNull(folder, "folder");
        labels = List.copyOf(labels);
    }

    public Path config() {
        return folder.resolve(CONFIG);
    }

    public Path tokenizer() {
        return folder.resolve(TOKENIZER);
    }

    public String name() {
        return folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    }

    /** The weights the given backend choice runs; throws when that kind of weights is absent. */
    public Backend resolve(Backend wanted) throws TextException {
        return switch (wanted) {
            case AUTO -> torchScript != null ? Backend.TORCHSCRIPT : Backend.SAFETENSORS;
            case TORCHSCRIPT -> {
                if (torchScript == null) {
                    throw new TextException("text.model.error.no.torchscript", folder);
                }
                yield Backend.TORCHSCRIPT;
            }
            case SAFETENSORS -> {
                if (safetensors == null) {
                    throw new TextException("text.model.error.no.safetensors", folder);
                }
                yield Backend.SAFETENSORS;
            }
        };
    }

    /** Checks a folder and says what it is; throws with a localized reason when Glas cannot use it. */
    public static ModelFolder inspect(Path folder) throws TextException {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new TextException("text.model.error.not.folder", String.valueOf(folder));
        }
        Path config = folder.resolve(CONFIG);
        if (!Files.isRegularFile(config)) {
            throw new TextException("text.model.error.no.config", folder);
        }
        if (!Files.isRegularFile(folder.resolve(TOKENIZER))) {
            throw new TextException("text.model.error.no.tokenizer", folder);
        }
        JsonNode cfg;
        try {
            cfg = MAPPER.readTree(config.toFile());
        } catch (IOException e) {
            throw new TextException(e, "text.model.error.bad.config", config, String.valueOf(e.getMessage()));
        }
        if (cfg == null || !cfg.isObject()) {
            throw new TextException("text.model.error.bad.config", config, "not a JSON object");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new TextException(e, "text.model.error.not.folder", folder);
        }
        Path torchScript = files.stream().filter(ModelFolder::isTorchScript).findFirst().orElse(null);
        Path safetensors = Files.isRegularFile(folder.resolve(SAFETENSORS)) ? folder.resolve(SAFETENSORS) : null;
        String modelType = cfg.path("model_type").asText("").toLowerCase(Locale.ROOT);
        if (torchScript == null && safetensors == null) {
            boolean bin = files.stream().anyMatch(p -> p.getFileName().toString().equals("pytorch_model.bin"));
            throw new TextException(bin ? "text.model.error.bin.only" : "text.model.error.no.weights", folder);
        }
        if (torchScript == null && !BERT_TYPES.contains(modelType)) {
            throw new TextException("text.model.error.type", folder, modelType.isEmpty() ? "?" : modelType);
        }
        List<String> labels = labels(cfg);
        boolean classifier = false;
        for (JsonNode a : cfg.path("architectures")) {
            classifier |= a.asText().endsWith("ForSequenceClassification");
        }
        Task task = classifier && labels.size() >= 2 ? Task.CLASSIFICATION : Task.EMBEDDING;
        if (classifier && labels.size() < 2) {
            throw new TextException("text.model.error.labels", folder);
        }
        int hidden = cfg.path("hidden_size").asInt(0);
        if (hidden <= 0) {
            throw new TextException("text.model.error.bad.config", config, "hidden_size");
        }
        int maxLength = maxLength(cfg, folder.resolve(TOKENIZER));
        long size = 0;
        for (Path p : files) {
            try {
                size += Files.size(p);
            } catch (IOException e) {
                // unreadable file: size stays a lower bound
            }
        }
        return new ModelFolder(folder, modelType, task, task == Task.CLASSIFICATION ? labels : List.of(), maxLength,
                hidden, cfg.path("num_hidden_layers").asInt(0), torchScript, safetensors, size);
    }

    private static boolean isTorchScript(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".pt") || n.endsWith(".torchscript");
    }

    private static List<String> labels(JsonNode cfg) {
        JsonNode id2label = cfg.path("id2label");
        if (!id2label.isObject()) {
            return List.of();
        }
        Map<Integer, String> byId = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : id2label.properties()) {
            try {
                byId.put(Integer.parseInt(e.getKey().trim()), e.getValue().asText());
            } catch (NumberFormatException ex) {
                return List.of();
            }
        }
        List<String> out = new ArrayList<>();
        int expected = 0;
        for (Map.Entry<Integer, String> e : byId.entrySet()) {
            if (e.getKey() != expected++) {
                return List.of();
            }
            out.add(e.getValue());
        }
        return out;
    }

    private static int maxLength(JsonNode cfg, Path tokenizerJson) {
        int positions = cfg.path("max_position_embeddings").asInt(512);
        int limit = Math.min(positions, 512);
        try {
            JsonNode trunc = MAPPER.readTree(tokenizerJson.toFile()).path("truncation");
            if (trunc.has("max_length")) {
                limit = Math.min(limit, trunc.path("max_length").asInt(limit));
            }
        } catch (IOException e) {
            // the tokenizer is validated when loaded
        }
        return Math.max(8, limit);
    }
}
