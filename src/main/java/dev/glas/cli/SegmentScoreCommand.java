package dev.glas.cli;

import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.segment.SegmentModel;
import dev.glas.core.task.Cancellation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glas segment-score}: assigns the clusters of a saved segmentation model to a new file. */
@Command(name = "segment-score", mixinStandardHelpOptions = true,
        description = "Assign clusters of a saved segmentation model (glas segment --model-out) to a new file.")
public final class SegmentScoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "model file")
    Path model;

    @Parameters(index = "1", paramLabel = "FILE", description = "data file with the model's input columns")
    Path file;

    @Option(names = "--out", description = "write the rows with a cluster column (1-based) to this CSV")
    Path out;

    @Option(names = "--json", description = "print one JSON object (the default output)")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SegmentModel m = SegmentModel.load(model);
        Dataset data = new DataImporter().read(file);
        long t0 = System.nanoTime();
        int[] labels = m.score(data, Cancellation.NEVER);
        double seconds = (System.nanoTime() - t0) / 1e9;
        int[] counts = new int[m.k()];
        for (int l : labels) {
            counts[l]++;
        }
        if (out != null) {
            int[] rows = java.util.stream.IntStream.range(0, data.rowCount()).toArray();
            SegmentCommand.writeLabels(data, rows, labels, out);
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("rows", labels.length);
        o.put("k", m.k());
        o.put("clusters", java.util.stream.IntStream.range(0, m.k()).mapToObj(c -> Map.of(
                "cluster", c + 1, "name", m.names().get(c), "rows", counts[c])).toList());
        o.put("features", List.copyOf(m.features()));
        o.put("seconds", seconds);
        o.put("ms_per_row", labels.length == 0 ? 0 : seconds * 1000 / labels.length);
        Json.print(spec.commandLine().getOut(), o);
        return GlasCli.EXIT_OK;
    }
}
