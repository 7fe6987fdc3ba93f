package dev.glas.cli;

import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.DatasetExport;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glas export FILE --out OUT.csv|OUT.xlsx}: converts data to CSV (Excel-friendly) or XLSX. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Convert a data file to CSV (UTF-8 with BOM) or XLSX; formula-like text is neutralized.")
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "data file (CSV/TSV/XLSX/XLS/JSON)")
    Path file;

    @Option(names = "--out", required = true, description = "output .csv or .xlsx")
    Path out;

    @Option(names = "--delimiter", defaultValue = ";", description = "CSV delimiter (default ;)")
    char delimiter;

    @Option(names = "--json", description = "print one JSON object (the default output)")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Dataset data = new DataImporter().read(file);
        long t0 = System.nanoTime();
        boolean xlsx = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (xlsx) {
            DatasetExport.writeXlsx(data, out, Progress.NONE, Cancellation.NEVER);
        } else {
            DatasetExport.writeCsv(data, out, delimiter, Progress.NONE, Cancellation.NEVER);
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", file.toString());
        o.put("out", out.toAbsolutePath().toString());
        o.put("format", xlsx ? "xlsx" : "csv");
        o.put("rows", data.rowCount());
        o.put("columns", data.columnCount());
        o.put("bytes", Files.size(out));
        o.put("seconds", (System.nanoTime() - t0) / 1e9);
        Json.print(spec.commandLine().getOut(), o);
        return GlasCli.EXIT_OK;
    }
}
