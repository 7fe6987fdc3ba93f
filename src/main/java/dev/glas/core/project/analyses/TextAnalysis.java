package dev.glas.core.project.analyses;

import dev.glas.core.data.Dataset;
import dev.glas.core.project.AnalysisInputs;
import dev.glas.core.project.ProjectAnalysis;
import dev.glas.core.report.ReportItem;
import dev.glas.core.report.sections.TextSection;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import dev.glas.core.text.FolderTextModel;
import dev.glas.core.text.GlasModelFile;
import dev.glas.core.text.TextException;
import dev.glas.core.text.TextModel;
import dev.glas.core.text.ModelFolder;
import dev.glas.core.text.TextClassification;
import dev.glas.core.text.TextClustering;
import dev.glas.core.text.TextTrainer;
import dev.glas.core.text.Tfidf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Russian text analytics as a project analysis: a classifier trained on a label column (TF-IDF, or a BERT
 * model folder) that labels every row, and/or themes found by clustering. The trained model is stored in
 * the project as an attachment.
 */
public final class TextAnalysis implements ProjectAnalysis<TextAnalysis.State, TextSection.Result> {

    public static final String MODEL_ENTRY = "models/text/classifier.glasmodel";

    /**
     * @param sourceId    source (null = first)
     * @param textColumn  the text column
     * @param labelColumn label column to train a classifier on, or null
     * @param folds       cross-validation folds of the classifier (0 = none)
     * @param themesKMin  smallest number of themes (0 = no theme clustering)
     * @param themesKMax  largest number of themes
     * @param seed        the seed
     * @param encoder     BERT model folder, or null for TF-IDF
     * @param classifier  (schema 2) what labels the rows: {@link #TRAINED} (trained on {@code labelColumn}, the
     *                    v1 meaning, also when null), {@link #FOLDER} (the classifier model folder
     *                    {@code classifierFolder}, {@code labelColumn} = truth for the evaluation) or
     *                    {@link #ATTACHED} (the model stored in the project under {@link #MODEL_ENTRY})
     * @param classifierFolder (schema 2) classifier model folder for {@link #FOLDER}
     * @param classified  (schema 2) whether the Texts page labelled the rows (else it only trained)
     * @param themesEncoder (schema 2) encoder folder of the themes (null = {@code encoder})
     * @param themeNames  (schema 2) theme index → name given by the analyst
     * @param dashboardLabel (schema 2) the Texts page's dashboard choices: label column, breakdown column and
     * @param breakdown   the two columns of the heat map
     */
    public record State(String sourceId, String textColumn, String labelColumn, int folds, int themesKMin,
                        int themesKMax, long seed, String encoder, String classifier, String classifierFolder,
                        boolean classified, String themesEncoder, Map<Integer, String> themeNames,
                        String dashboardLabel, String breakdown, String heatRows, String heatColumns) {

        public static final String TRAINED = "trained";
        public static final String FOLDER = "folder";
        public static final String ATTACHED = "attached";

        public State {
            themeNames = themeNames == null ? Map.of() : Map.copyOf(themeNames);
        }

        /** A v1-shaped state: train on {@code labelColumn} and label the rows, and/or find themes. */
        public State(String sourceId, String textColumn, String labelColumn, int folds, int themesKMin,
                     int themesKMax, long seed, String encoder) {
            this(sourceId, textColumn, labelColumn, folds, themesKMin, themesKMax, seed, encoder, null, null,
                    labelColumn != null, null, Map.of(), null, null, null, null);
        }
    }

    public static final TextAnalysis INSTANCE = new TextAnalysis();

    @Override
    public String id() {
        return "text";
    }

    @Override
    public int schemaVersion() {
        return 2;
    }

    /** Version 1 trained on the label column and labelled the rows whenever it had one. */
    @Override
    public com.fasterxml.jackson.databind.JsonNode upgrade(com.fasterxml.jackson.databind.JsonNode stored,
                                                           int storedVersion) {
        if (stored instanceof com.fasterxml.jackson.databind.node.ObjectNode o && storedVersion < 2) {
            var copy = o.deepCopy();
            copy.put("classified", o.hasNonNull("label_column"));
            return copy;
        }
        return stored;
    }

    @Override
    public Class<State> stateType() {
        return State.class;
    }

    @Override
    public String titleKey() {
        return "project.analysis.text";
    }

    @Override
    public TextSection.Result run(State s, AnalysisInputs inputs, Progress progress, Cancellation cancellation)
            throws Exception {
        Dataset data = inputs.datasetOrPrimary(s.sourceId());
        ModelFolder enc = s.encoder() == null ? null : ModelFolder.inspect(Path.of(s.encoder()));
        List<String> texts = TextClassification.texts(data, s.textColumn());
        TextTrainer.Result training = null;
        TextClassification.Result classification = null;
        String how = s.classifier() == null ? State.TRAINED : s.classifier();
        if (how.equals(State.TRAINED) && s.labelColumn() != null) {
            training = TextTrainer.train(texts, TextClassification.texts(data, s.labelColumn()),
                    new TextTrainer.Options(enc, s.folds(), s.seed(), 32, Tfidf.Options.defaults()),
                    progress.slice(0, 0.5), cancellation);
            if (s.classified()) {
                classification = TextClassification.run(data, s.textColumn(), training.model(), s.labelColumn(),
                        progress.slice(0.5, 0.7), cancellation);
            }
        } else if (s.classified() && (how.equals(State.FOLDER) || how.equals(State.ATTACHED))) {
            TextModel model = how.equals(State.FOLDER)
                    ? new FolderTextModel(ModelFolder.inspect(Path.of(s.classifierFolder())), ModelFolder.Backend.AUTO,
                            32)
                    : storedModel(inputs.project().attachment(MODEL_ENTRY).orElseThrow(
                            () -> new dev.glas.core.project.ProjectFormatException("project.error.entry.missing",
                                    inputs.project().name(), MODEL_ENTRY)));
            classification = TextClassification.run(data, s.textColumn(), model, s.labelColumn(),
                    progress.slice(0, 0.7), cancellation);
        }
        TextClustering.Result themes = null;
        if (s.themesKMin() >= 2) {
            ModelFolder themesEnc = s.themesEncoder() == null ? enc : ModelFolder.inspect(Path.of(s.themesEncoder()));
            themes = TextClustering.run(texts, TextClustering.Options.defaults(themesEnc, s.themesKMin(),
                    Math.max(s.themesKMin(), s.themesKMax()), s.seed()), progress.slice(0.7, 1), cancellation);
        }
        return new TextSection.Result(s.textColumn(), training, classification, themes);
    }

    /** A model stored in the project ({@link GlasModelFile} bytes). */
    public static TextModel storedModel(byte[] glasModel) throws java.io.IOException, TextException {
        Path tmp = Files.createTempFile("glas-text", GlasModelFile.EXTENSION);
        try {
            Files.write(tmp, glasModel);
            return GlasModelFile.load(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A model as {@link GlasModelFile} bytes, for {@link #MODEL_ENTRY}. */
    public static byte[] modelBytes(TextModel model, GlasModelFile.Info info) throws java.io.IOException {
        Path tmp = Files.createTempFile("glas-text", GlasModelFile.EXTENSION);
        try {
            GlasModelFile.save(model, info, tmp);
            return Files.readAllBytes(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public List<ReportItem<?>> report(State state, TextSection.Result result) {
        return List.of(ReportItem.of(TextSection.INSTANCE, result));
    }

    @Override
    public Map<String, byte[]> attachments(State s, TextSection.Result r) throws Exception {
        if (r.training() == null) {
            return Map.of();
        }
        Path tmp = Files.createTempFile("glas-text", GlasModelFile.EXTENSION);
        try {
            GlasModelFile.save(r.training().model(), new GlasModelFile.Info(s.textColumn(), s.labelColumn(),
                    r.training().rows(), r.training().cvMacroF1(), s.seed()), tmp);
            return Map.of(MODEL_ENTRY, Files.readAllBytes(tmp));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public Map<String, Object> summary(State s, TextSection.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (r.training() != null) {
            m.put("rows", r.training().rows());
            m.put("classes", r.training().classCounts());
            m.put("cv_macro_f1", r.training().cvMacroF1());
        }
        if (r.classification() != null) {
            m.put("classified", r.classification().classified());
            m.put("label_counts", r.classification().labelCounts());
        }
        if (r.themes() != null) {
            m.put("themes", r.themes().k());
            m.put("theme_sizes", r.themes().clusters().stream().map(TextClustering.Cluster::size).toList());
        }
        m.put("seed", s.seed());
        return m;
    }
}
