package dev.glas.core.churn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glas.core.prep.PipelineJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A model file ({@code .glasmodel}): a zip with {@code manifest.json} (format, model name, target, metrics,
 * seed, versions — readable without Glas) and {@code model.json} (the whole {@link ChurnModel}: schema, fitted
 * pipeline, model, threshold).
 */
public final class ModelFile {

    public static final String FORMAT = "glas-churn-model/1";

    private ModelFile() {
    }

    public static void save(ChurnModel model, Path file) throws IOException {
        ObjectMapper mapper = PipelineJson.mapper();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("model", model.modelName());
        manifest.put("target", model.target());
        manifest.put("positive", model.positive());
        manifest.put("features", model.features());
        manifest.put("threshold", model.threshold());
        manifest.put("metrics", model.metrics());
        manifest.put("seed", model.seed());
        manifest.put("versions", model.versions());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("model.json"));
            zip.write(mapper.writeValueAsBytes(model));
            zip.closeEntry();
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    public static ChurnModel load(Path file) throws IOException, ChurnException {
        byte[] json = null;
        String format = null;
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals("model.json")) {
                    json = zip.readAllBytes();
                } else if (e.getName().equals("manifest.json")) {
                    format = PipelineJson.mapper().readTree(zip.readAllBytes()).path("format").asText();
                }
            }
        } catch (java.util.zip.ZipException | JsonProcessingException ex) {
            throw new ChurnException("churn.error.model.file", file.getFileName().toString());
        }
        if (json == null || !FORMAT.equals(format)) {
            throw new ChurnException("churn.error.model.file", file.getFileName().toString());
        }
        try {
            return PipelineJson.mapper().readValue(json, ChurnModel.class);
        } catch (JsonProcessingException ex) {
            throw new ChurnException("churn.error.model.file", file.getFileName().toString());
        }
    }
}
