package dev.glas.core.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The {@code .glasmodel} file of a trained text classifier: a zip with {@code manifest.json} (format, kind,
 * labels, training facts, the encoder folder for embedding models) and {@code weights.bin} (big-endian floats).
 */
public final class GlasModelFile {

    public static final String EXTENSION = ".glasmodel";
    private static final String FORMAT = "glas-text-model";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GlasModelFile() {
    }

    /** Facts about training stored beside the weights. */
    public record Info(String textColumn, String labelColumn, int rows, double cvMacroF1, long seed) {
    }

    public static void save(TextModel model, Info info, Path file) throws IOException {
        ObjectNode m = MAPPER.createObjectNode();
        m.put("format", FORMAT);
        m.put("version", 1);
        m.put("kind", model.kind());
        m.putPOJO("labels", model.labels());
        m.put("created", Instant.now().toString());
        m.put("text_column", info.textColumn());
        m.put("label_column", info.labelColumn());
        m.put("rows", info.rows());
        if (Double.isFinite(info.cvMacroF1())) {
            m.put("cv_macro_f1", info.cvMacroF1());
        }
        m.put("seed", info.seed());
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            DataOutputStream out = new DataOutputStream(zip);
            switch (model) {
                case TfidfTextModel t -> {
                    Tfidf.Options o = t.tfidf().options();
                    m.put("bigrams", o.bigrams());
                    m.put("char_min", o.charMin());
                    m.put("char_max", o.charMax());
                    m.put("min_df", o.minDf());
                    m.put("max_features", o.maxFeatures());
                    manifest(zip, m);
                    zip.putNextEntry(new ZipEntry("weights.bin"));
                    String[] terms = t.tfidf().terms();
                    out.writeInt(terms.length);
                    for (String s : terms) {
                        out.writeUTF(s);
                    }
                    floats(out, t.tfidf().idf());
                    head(out, t.head());
                }
                case EmbeddingTextModel e -> {
                    m.put("encoder", e.folder().folder().toAbsolutePath().toString());
                    m.put("batch_size", e.batchSize());
                    manifest(zip, m);
                    zip.putNextEntry(new ZipEntry("weights.bin"));
                    floats(out, e.mean());
                    floats(out, e.scale());
                    head(out, e.head());
                }
                default -> throw new IllegalArgumentException("cannot save a " + model.kind() + " model");
            }
            out.flush();
            zip.closeEntry();
        }
    }

    /** Reads a model; the encoder folder of an embedding model must still exist. */
    public static TextModel load(Path file) throws TextException {
        JsonNode m = null;
        byte[] weights = null;
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("manifest.json")) {
                    m = MAPPER.readTree(zip.readAllBytes());
                } else if (e.getName().equals("weights.bin")) {
                    weights = zip.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new TextException(e, "text.glasmodel.error.read", file, String.valueOf(e.getMessage()));
        }
        if (m == null || weights == null || !FORMAT.equals(m.path("format").asText())) {
            throw new TextException("text.glasmodel.error.read", file, "not a Glas text model");
        }
        List<String> labels = new ArrayList<>();
        m.path("labels").forEach(l -> labels.add(l.asText()));
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(weights))) {
            switch (m.path("kind").asText()) {
                case "tfidf" -> {
                    Tfidf.Options o = new Tfidf.Options(m.path("bigrams").asBoolean(), m.path("char_min").asInt(),
                            m.path("char_max").asInt(), m.path("min_df").asInt(), m.path("max_features").asInt());
                    String[] terms = new String[in.readInt()];
                    for (int i = 0; i < terms.length; i++) {
                        terms[i] = in.readUTF();
                    }
                    float[] idf = floats(in);
                    return new TfidfTextModel(labels, new Tfidf(o, terms, idf), head(in));
                }
                case "embedding" -> {
                    ModelFolder folder = ModelFolder.inspect(Path.of(m.path("encoder").asText()));
                    float[] mean = floats(in);
                    float[] scale = floats(in);
                    return new EmbeddingTextModel(labels, folder, mean, scale, head(in), m.path("batch_size").asInt(32));
                }
                default -> throw new TextException("text.glasmodel.error.read", file, "kind " + m.path("kind").asText());
            }
        } catch (IOException | RuntimeException e) {
            throw new TextException(e, "text.glasmodel.error.read", file, String.valueOf(e.getMessage()));
        }
    }

    /** The manifest alone (for showing what a model file is). */
    public static JsonNode manifest(Path file) throws TextException {
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("manifest.json")) {
                    return MAPPER.readTree(zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new TextException(e, "text.glasmodel.error.read", file, String.valueOf(e.getMessage()));
        }
        throw new TextException("text.glasmodel.error.read", file, "no manifest");
    }

    private static void manifest(ZipOutputStream zip, ObjectNode m) throws IOException {
        zip.putNextEntry(new ZipEntry("manifest.json"));
        zip.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
        zip.closeEntry();
    }

    private static void head(DataOutputStream out, SoftmaxRegression h) throws IOException {
        out.writeInt(h.classes());
        out.writeInt(h.features());
        floats(out, h.weights());
        floats(out, h.bias());
    }

    private static SoftmaxRegression head(DataInputStream in) throws IOException {
        int c = in.readInt();
        int d = in.readInt();
        return new SoftmaxRegression(c, d, floats(in), floats(in));
    }

    private static void floats(DataOutputStream out, float[] v) throws IOException {
        out.writeInt(v.length);
        for (float f : v) {
            out.writeFloat(f);
        }
    }

    private static float[] floats(DataInputStream in) throws IOException {
        float[] v = new float[in.readInt()];
        for (int i = 0; i < v.length; i++) {
            v[i] = in.readFloat();
        }
        return v;
    }

}
