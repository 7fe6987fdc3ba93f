package dev.glas.cli;

import dev.glas.core.behavior.EventLogGenerator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code glas generate-events}: the seeded app-log generator (a developer tool for benchmarks and samples). */
@Command(name = "generate-events", hidden = true, mixinStandardHelpOptions = true,
        description = "Writes a seeded synthetic utility-app event log and a socdem table (for benchmarks).")
public final class GenerateEventsCommand implements Callable<Integer> {

    @Option(names = "--events", required = true, description = "number of events")
    long events;

    @Option(names = "--days", defaultValue = "120", description = "period length in days (default 120)")
    int days;

    @Option(names = "--start", defaultValue = "2025-01-06", description = "first day (default 2025-01-06)")
    LocalDate start;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default 42)")
    long seed;

    @Option(names = "--out", required = true, description = "events CSV")
    Path out;

    @Option(names = "--socdem-out", required = true, description = "socdem CSV")
    Path socdemOut;

    @Option(names = "--json", description = "print one JSON object (the default output)")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        EventLogGenerator.Summary s = EventLogGenerator.generate(
                new EventLogGenerator.Options(events, days, start, seed), out, socdemOut);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("events", s.events());
        m.put("users", s.users());
        m.put("socdem_rows", s.socdemRows());
        m.put("seed", s.seed());
        m.put("days", days);
        m.put("start", start.toString());
        m.put("events_file", out.toString());
        m.put("socdem_file", socdemOut.toString());
        m.put("seconds", (System.nanoTime() - t0) / 1e9);
        Json.print(spec.commandLine().getOut(), m);
        return GlasCli.EXIT_OK;
    }
}
