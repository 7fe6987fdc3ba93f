package dev.glas.cli;

import dev.glas.core.behavior.Behavior;
import dev.glas.core.behavior.BehaviorOptions;
import dev.glas.core.behavior.BehaviorResult;
import dev.glas.core.behavior.ColumnMapping;
import dev.glas.core.behavior.EventLog;
import dev.glas.core.behavior.EventLogReader;
import dev.glas.core.behavior.FeatureTable;
import dev.glas.core.behavior.MappingGuess;
import dev.glas.core.behavior.Socdem;
import dev.glas.core.behavior.TimeFormat;
import dev.glas.core.data.DataFormatException;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.FileFormat;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glas behavior}: sessions, user features and churn labels of an app event log. */
@Command(name = "behavior", mixinStandardHelpOptions = true,
        description = "Sessions, user features and churn labels of an event log (CSV streamed; XLSX/JSON via import).")
public final class BehaviorCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EVENTS", description = "event log file")
    Path events;

    @Option(names = "--user", required = true, description = "user id column")
    String user;

    @Option(names = "--time", required = true, description = "timestamp column")
    String time;

    @Option(names = "--event", required = true, description = "event name column")
    String event;

    @Option(names = "--session", description = "session id column (default: sessionize by inactivity gap)")
    String session;

    @Option(names = "--device-maker", description = "device maker column")
    String deviceMaker;

    @Option(names = "--device-model", description = "device model column")
    String deviceModel;

    @Option(names = "--os", description = "operating system column")
    String os;

    @Option(names = "--time-format", description = "ISO, DMY_DOT, DMY_SLASH, MDY_SLASH, EPOCH_SECONDS, EPOCH_MILLIS "
            + "(default: guessed from the first rows)")
    TimeFormat timeFormat;

    @Option(names = "--zone", defaultValue = "UTC",
            description = "analysis time zone; timestamps without offset are wall time in it (default UTC)")
    String zone;

    @Option(names = "--socdem", description = "socio-demographic table (CSV/XLSX/JSON)")
    Path socdem;

    @Option(names = "--on", description = "user id column of the socdem table (default: guessed)")
    String on;

    @Option(names = "--gender", description = "gender column of the socdem table (default: guessed)")
    String gender;

    @Option(names = "--age", description = "age column of the socdem table (default: guessed)")
    String age;

    @Option(names = "--gap-minutes", defaultValue = "30", description = "inactivity gap in minutes (default 30)")
    double gapMinutes;

    @Option(names = "--churn-inactive-days", description = "churned = no events in the last N days")
    Integer churnInactiveDays;

    @Option(names = "--churn-event", description = "event name that marks churn (repeatable)")
    List<String> churnEvents;

    @Option(names = "--from", description = "observation window start date (yyyy-MM-dd, inclusive)")
    LocalDate from;

    @Option(names = "--to", description = "observation window end date (yyyy-MM-dd, inclusive) = observation end")
    LocalDate to;

    @Option(names = "--features-out", description = "write user features to this CSV")
    Path featuresOut;

    @Option(names = "--json", description = "print one JSON object (the default output)")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        ZoneId z;
        try {
            z = ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            throw new DataFormatException("behavior.error.zone", zone);
        }
        FileFormat format = FileFormat.fromFileName(events);
        Dataset imported = null;
        TimeFormat tf = timeFormat;
        if (format == FileFormat.CSV) {
            if (tf == null) {
                EventLogReader.Head head = EventLogReader.head(events, 500);
                int ci = head.columns().indexOf(time);
                if (ci < 0) {
                    throw new DataFormatException("behavior.error.column", time, String.join(", ", head.columns()));
                }
                tf = TimeFormat.guess(head.rows().stream().map(r -> ci < r.size() ? r.get(ci) : "").toList());
                if (tf == null) {
                    throw new DataFormatException("behavior.error.time.format", time);
                }
            }
        } else {
            dev.glas.core.behavior.EventLogImport imp = dev.glas.core.behavior.EventLogImport.read(
                    new DataImporter(), events, time, Progress.NONE, Cancellation.NEVER);
            imported = imp.dataset();
            if (tf == null) {
                tf = imp.guessTimeFormat(time);
                if (tf == null) {
                    throw new DataFormatException("behavior.error.time.format", time);
                }
            }
        }
        ColumnMapping m = new ColumnMapping(user, time, event, session, deviceMaker, deviceModel, os, tf, z);
        EventLog log = imported == null ? EventLogReader.readCsv(events, m, Progress.NONE, Cancellation.NEVER)
                : EventLogReader.fromDataset(imported, m, Progress.NONE, Cancellation.NEVER);
        long t1 = System.nanoTime();
        BehaviorOptions o = new BehaviorOptions(gapMinutes, churnInactiveDays,
                churnEvents == null ? Set.of() : Set.copyOf(churnEvents),
                from == null ? null : from.toEpochDay() * 86_400_000L,
                to == null ? null : (to.toEpochDay() + 1) * 86_400_000L - 1, BehaviorOptions.DEFAULT_TOP_EVENT_TYPES);
        BehaviorResult r = Behavior.analyze(log, o, Progress.NONE, Cancellation.NEVER);
        long tAnalyzed = System.nanoTime();
        Socdem sd = null;
        if (socdem != null) {
            Dataset table = new DataImporter().read(socdem);
            MappingGuess.SocdemGuess g = MappingGuess.guessSocdem(table.columnNames(), List.of());
            String key = on != null ? on : g.key();
            if (key == null) {
                throw new DataFormatException("behavior.error.socdem.key", String.join(", ", table.columnNames()));
            }
            sd = new Socdem(table, key, gender != null ? gender : g.gender(), age != null ? age : g.age()).checked();
        }
        long tSocdem = System.nanoTime();
        FeatureTable.Result ft = FeatureTable.build(r, sd, "user_features");
        long t2 = System.nanoTime();
        if (featuresOut != null) {
            ft.dataset().table().write().csv(featuresOut.toFile());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("events", r.log().size());
        out.put("users", r.features().users());
        out.put("sessions", r.sessions().count());
        out.put("median_session_seconds", r.medianSessionSeconds());
        out.put("churned_users", r.churn().churned());
        out.put("by_hour", r.byHour());
        out.put("seconds", (t2 - t0) / 1e9);
        out.put("read_seconds", (t1 - t0) / 1e9);
        out.put("analyze_seconds", (t2 - t1) / 1e9);
        out.put("sessionize_featurize_seconds", ((tAnalyzed - t1) + (t2 - tSocdem)) / 1e9);
        out.put("peak_heap_mb", peakHeapMb());
        out.put("skipped_rows", log.skipped());
        out.put("event_types", log.eventTypeCount());
        out.put("gap_minutes", session == null ? gapMinutes : null);
        Map<String, Object> churn = new LinkedHashMap<>();
        churn.put("inactive_days", r.churn().inactiveDays());
        churn.put("inactive", r.churn().inactive());
        churn.put("events", r.churn().events().stream().sorted().toList());
        churn.put("explicit", r.churn().explicit());
        churn.put("both", r.churn().both());
        Map<String, Integer> byDays = new LinkedHashMap<>();
        int[] counts = r.inactiveCounts(BehaviorResult.CANDIDATE_INACTIVE_DAYS);
        for (int k = 0; k < counts.length; k++) {
            byDays.put(Integer.toString(BehaviorResult.CANDIDATE_INACTIVE_DAYS[k]), counts[k]);
        }
        churn.put("inactive_by_days", byDays);
        out.put("churn", churn);
        if (ft.match() != null) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("log_users_without_socdem", ft.match().logOnly());
            mm.put("socdem_users_not_in_log", ft.match().socdemOnly());
            mm.put("socdem_duplicate_keys", ft.match().duplicateKeys());
            mm.put("log_only_examples", ft.match().logOnlyExamples());
            mm.put("socdem_only_examples", ft.match().socdemOnlyExamples());
            out.put("socdem_match", mm);
        }
        out.put("features_columns", ft.dataset().columnCount());
        Json.print(spec.commandLine().getOut(), out);
        return GlasCli.EXIT_OK;
    }

    /** Sum of the peak usages of the heap memory pools (MB) since the JVM started. */
    static double peakHeapMb() {
        long sum = 0;
        for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1024.0 * 1024.0);
    }
}
