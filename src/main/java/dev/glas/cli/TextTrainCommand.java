package dev.glas.cli;

import dev.glas.core.data.Dataset;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import dev.glas.core.text.GlasModelFile;
import dev.glas.core.text.ModelFolder;
import dev.glas.core.text.TextClassification;
import dev.glas.core.text.TextTrainer;
import dev.glas.core.text.Tfidf;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code glas text train FILE --column C --label L [--encoder tfidf|DIR] [--folds 5] [--seed 42] --model-out M}. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a text classifier from a labelled column (TF-IDF or embeddings of a model folder).")
public final class TextTrainCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", description = "Data file (CSV, XLSX, ...).")
    Path file;

    @Option(names = "--column", required = true, description = "Text column.")
    String column;

    @Option(names = "--label", required = true, description = "Column with the known labels.")
    String label;

    @Option(names = "--encoder", defaultValue = "tfidf", description = "tfidf (default) or a model folder for embeddings.")
    String encoder;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (0 = none).")
    int folds;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed.")
    long seed;

    @Option(names = "--batch-size", defaultValue = "32", description = "Texts per model pass (embeddings).")
    int batchSize;

    @Option(names = "--model-out", required = true, description = "Where to save the model (.glasmodel).")
    Path modelOut;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Dataset data = TextCommand.read(file);
        ModelFolder enc = "tfidf".equalsIgnoreCase(encoder) ? null : ModelFolder.inspect(Path.of(encoder));
        TextTrainer.Options o = new TextTrainer.Options(enc, folds, seed, batchSize, Tfidf.Options.defaults());
        TextTrainer.Result r = TextTrainer.train(TextClassification.texts(data, column),
                TextClassification.texts(data, label), o, Progress.NONE, Cancellation.NEVER);
        Path out = modelOut.toString().endsWith(GlasModelFile.EXTENSION) ? modelOut
                : Path.of(modelOut + GlasModelFile.EXTENSION);
        GlasModelFile.save(r.model(), new GlasModelFile.Info(column, label, r.rows(), r.cvMacroF1(), seed), out);
        Map<String, Object> res = new LinkedHashMap<>();
        res.put("rows", r.rows());
        res.put("classes", r.classCounts());
        res.put("cv_macro_f1", r.cvMacroF1());
        res.put("fold_macro_f1", r.foldMacroF1());
        res.put("encoder", enc == null ? "tfidf" : enc.folder().toString());
        res.put("model", out.toString());
        res.put("seconds", r.seconds());
        if (json) {
            Json.print(spec.commandLine().getOut(), res);
        } else {
            spec.commandLine().getOut().println(res);
        }
        return 0;
    }
}
