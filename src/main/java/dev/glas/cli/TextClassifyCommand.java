package dev.glas.cli;

import dev.glas.core.data.Dataset;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import dev.glas.core.text.Evaluation;
import dev.glas.core.text.TextClassification;
import dev.glas.core.text.TextModel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tech.tablesaw.io.csv.CsvWriteOptions;

/** {@code glas text classify FILE --column C --model (DIR|M.glasmodel) [--label L] --out F.csv}. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify a text column with a model folder or a .glasmodel; writes the input plus label and probability.")
public final class TextClassifyCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", description = "Data file.")
    Path file;

    @Option(names = "--column", required = true, description = "Text column.")
    String column;

    @Option(names = "--model", required = true, description = "Model folder or .glasmodel file.")
    Path model;

    @Option(names = "--label", description = "Column with true labels, for evaluation.")
    String label;

    @Option(names = "--batch-size", defaultValue = "32", description = "Texts per model pass.")
    int batchSize;

    @Option(names = "--out", required = true, description = "Output CSV.")
    Path out;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Dataset data = TextCommand.read(file);
        TextModel m = TextCommand.model(model, batchSize);
        TextClassification.Result r = TextClassification.run(data, column, m, label, Progress.NONE, Cancellation.NEVER);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            java.nio.file.Files.createDirectories(parent);
        }
        r.dataset().table().write().csv(CsvWriteOptions.builder(out.toFile()).build());
        Evaluation e = r.evaluation();
        Map<String, Object> res = new LinkedHashMap<>();
        res.put("rows", r.dataset().rowCount());
        res.put("classified", r.classified());
        res.put("labels", r.labelCounts());
        res.put("macro_f1", e == null ? null : e.macroF1());
        if (e != null) {
            Map<String, Double> perClass = new LinkedHashMap<>();
            for (int i = 0; i < e.labels().size(); i++) {
                perClass.put(e.labels().get(i), e.f1()[i]);
            }
            res.put("f1", perClass);
            res.put("confusion_labels", e.labels());
            res.put("confusion", e.confusion());
        }
        res.put("truncated", r.truncated());
        res.put("texts_per_second", r.textsPerSecond());
        res.put("seconds", r.seconds());
        if (json) {
            Json.print(spec.commandLine().getOut(), res);
        } else {
            spec.commandLine().getOut().println(res);
        }
        return 0;
    }
}
