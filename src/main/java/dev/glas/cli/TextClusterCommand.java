package dev.glas.cli;

import dev.glas.core.data.Dataset;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import dev.glas.core.text.ModelFolder;
import dev.glas.core.text.TextClassification;
import dev.glas.core.text.TextClustering;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code glas text cluster FILE --column C [--model DIR] [--k 2..15]}. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Group open answers into themes with keywords and representative answers.")
public final class TextClusterCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", description = "Data file.")
    Path file;

    @Option(names = "--column", required = true, description = "Text column.")
    String column;

    @Option(names = "--model", description = "Model folder for embeddings (default: TF-IDF + SVD).")
    Path model;

    @Option(names = "--k", defaultValue = "2..15", description = "Number of themes, or a range chosen by silhouette (e.g. 2..15).")
    String k;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed.")
    long seed;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        int kMin;
        int kMax;
        try {
            String[] parts = k.split("\\.\\.");
            kMin = Integer.parseInt(parts[0].trim());
            kMax = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : kMin;
        } catch (NumberFormatException e) {
            throw new dev.glas.core.text.TextException("text.cluster.error.k", k);
        }
        if (kMin < 2 || kMax < kMin || kMax > 50) {
            throw new dev.glas.core.text.TextException("text.cluster.error.k", k);
        }
        Dataset data = TextCommand.read(file);
        ModelFolder enc = model == null ? null : ModelFolder.inspect(model);
        TextClustering.Result r = TextClustering.run(TextClassification.texts(data, column),
                TextClustering.Options.defaults(enc, kMin, kMax, seed), Progress.NONE, Cancellation.NEVER);
        List<Map<String, Object>> clusters = new ArrayList<>();
        for (TextClustering.Cluster c : r.clusters()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("size", c.size());
            m.put("keywords", c.keywords());
            m.put("examples", c.examples());
            clusters.add(m);
        }
        Map<String, Object> res = new LinkedHashMap<>();
        res.put("k", r.k());
        res.put("clusters", clusters);
        Map<String, Double> sil = new LinkedHashMap<>();
        r.silhouette().forEach((kk, v) -> sil.put(String.valueOf(kk), v));
        res.put("silhouette", sil);
        res.put("duplicate_groups", r.duplicates().size());
        res.put("duplicate_rows", r.duplicates().stream().mapToInt(g -> g.rows().length).sum());
        res.put("encoder", r.encoder());
        res.put("seconds", r.seconds());
        if (json) {
            Json.print(spec.commandLine().getOut(), res);
        } else {
            spec.commandLine().getOut().println(res);
        }
        return 0;
    }
}
