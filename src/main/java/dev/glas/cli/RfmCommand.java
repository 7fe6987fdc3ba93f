package dev.glas.cli;

import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.i18n.Messages;
import dev.glas.core.segment.KMeans;
import dev.glas.core.segment.KMeansOptions;
import dev.glas.core.segment.KMeansResult;
import dev.glas.core.segment.Points;
import dev.glas.core.segment.Rfm;
import dev.glas.core.segment.RfmOptions;
import dev.glas.core.segment.RfmResult;
import dev.glas.core.segment.RfmSegment;
import dev.glas.core.task.Cancellation;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glas rfm}: recency, frequency, monetary, quintile scores and named segments per customer. */
@Command(name = "rfm", mixinStandardHelpOptions = true,
        description = "RFM analysis of a transactions table: per-segment counts, per-customer scores with --out.")
public final class RfmCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "transactions file")
    Path file;

    @Option(names = "--customer", required = true, description = "customer id column")
    String customer;

    @Option(names = "--date", required = true, description = "purchase date column")
    String date;

    @Option(names = "--amount", required = true,
            description = "amount column, or a product of two columns such as Quantity*UnitPrice")
    String amount;

    @Option(names = "--invoice", description = "invoice column (frequency = distinct invoices; default: distinct "
            + "purchase timestamps)")
    String invoice;

    @Option(names = "--as-of", description = "reference date yyyy-MM-dd (default: the day after the last purchase)")
    LocalDate asOf;

    @Option(names = "--k", description = "also cluster customers (k-means on log R, F, M, z-scored) and print the "
            + "RFM segment x cluster crosstab")
    Integer k;

    @Option(names = "--seed", defaultValue = "42", description = "seed for --k (default 42)")
    long seed;

    @Option(names = "--out", description = "write per-customer scores to this CSV")
    Path out;

    @Option(names = "--json", description = "print one JSON object (the default output)")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Dataset data = new DataImporter().read(file);
        long t0 = System.nanoTime();
        RfmResult r = Rfm.compute(data, new RfmOptions(customer, date, amount, invoice, asOf), Cancellation.NEVER);
        int[] clusters = null;
        if (k != null) {
            if (k < 2 || k >= r.size()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        Messages.get("segment.cli.error.option", "--k", k));
            }
            clusters = clusterCustomers(r, k, seed);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("customers", r.size());
        o.put("rows_used", r.rowsUsed());
        o.put("rows_skipped", r.rowsSkipped());
        o.put("as_of", r.asOf().toString());
        List<Map<String, Object>> segs = new ArrayList<>();
        int[] counts = r.segmentCounts();
        for (RfmSegment s : RfmSegment.values()) {
            double rec = 0;
            double freq = 0;
            double mon = 0;
            for (int i = 0; i < r.size(); i++) {
                if (r.segments().get(i) == s) {
                    rec += r.recency()[i];
                    freq += r.frequency()[i];
                    mon += r.monetary()[i];
                }
            }
            int c = counts[s.ordinal()];
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("segment", s.name().toLowerCase(Locale.ROOT));
            m.put("name", Messages.get(s.messageKey()));
            m.put("customers", c);
            m.put("share", (double) c / r.size());
            m.put("recency_mean", c == 0 ? Double.NaN : rec / c);
            m.put("frequency_mean", c == 0 ? Double.NaN : freq / c);
            m.put("monetary_mean", c == 0 ? Double.NaN : mon / c);
            m.put("monetary_total", mon);
            segs.add(m);
        }
        o.put("segments", segs);
        if (clusters != null) {
            int[][] t = Rfm.crosstab(r, clusters, k);
            Map<String, Object> ct = new LinkedHashMap<>();
            for (RfmSegment s : RfmSegment.values()) {
                List<Integer> row = new ArrayList<>();
                for (int v : t[s.ordinal()]) {
                    row.add(v);
                }
                ct.put(s.name().toLowerCase(Locale.ROOT), row);
            }
            o.put("k", k);
            o.put("crosstab", ct);
        }
        o.put("seconds", seconds);
        if (out != null) {
            write(r, clusters, out);
        }
        Json.print(spec.commandLine().getOut(), o);
        return GlasCli.EXIT_OK;
    }

    static int[] clusterCustomers(RfmResult r, int k, long seed) {
        double[][] x = Rfm.logFeatures(r);
        for (int j = 0; j < 3; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j];
            }
            mean /= x.length;
            double var = 0;
            for (double[] row : x) {
                var += (row[j] - mean) * (row[j] - mean);
            }
            double sd = Math.sqrt(var / x.length);
            for (double[] row : x) {
                row[j] = sd > 0 ? (row[j] - mean) / sd : 0;
            }
        }
        KMeansResult km = KMeans.fit(Points.of(x), new KMeansOptions(k, 3, 300, 1e-4, seed), Cancellation.NEVER);
        return km.labels();
    }

    private static void write(RfmResult r, int[] clusters, Path file) throws java.io.IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("customer,recency,frequency,monetary,r,f,m,rfm,segment" + (clusters != null ? ",cluster" : "")
                    + "\n");
            for (int i = 0; i < r.size(); i++) {
                String id = r.customers().get(i);
                if (id.contains(",") || id.contains("\"")) {
                    id = '"' + id.replace("\"", "\"\"") + '"';
                }
                w.write(id + "," + (long) r.recency()[i] + "," + (long) r.frequency()[i] + "," + r.monetary()[i] + ","
                        + r.r()[i] + "," + r.f()[i] + "," + r.m()[i] + "," + r.score(i) + ","
                        + r.segments().get(i).name().toLowerCase(Locale.ROOT)
                        + (clusters != null ? "," + (clusters[i] + 1) : "") + "\n");
            }
        }
    }
}
