package dev.glas.ui.report;

import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.task.TaskHandle;
import dev.glas.core.task.TaskRunner;
import dev.glas.core.task.Work;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.FakeDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures how long each page's reaction to a new workbench dataset keeps the calling (FX) thread busy: the
 * synchronous part of {@code currentDataset.set(...)}, background tasks only recorded, not run. Not a unit
 * test: runs only with {@code -Dglas.bench.data=../shared/data/online_retail.csv} and prints the timings.
 */
class OpenDatasetTimings {

    /** Records submitted work without running it (what the FX thread does is what is timed). */
    static final class Deferred implements TaskRunner {
        final List<String> titles = new ArrayList<>();

        @Override
        public <T> TaskHandle submit(String titleKey, Work<T> work, Consumer<? super T> onSuccess,
                                     Consumer<? super Throwable> onFailure) {
            titles.add(titleKey);
            return new TaskHandle() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }
    }

    @Test
    void fxThreadTimePerPage() throws Exception {
        String file = System.getProperty("glas.bench.data");
        Assumptions.assumeTrue(file != null && Files.isRegularFile(Path.of(file)), "-Dglas.bench.data=FILE");
        long t0 = System.nanoTime();
        Dataset d = new DataImporter().read(Path.of(file));
        System.err.printf("read %s: %d rows in %.1f s%n", file, d.rowCount(), (System.nanoTime() - t0) / 1e9);
        Map<String, Function<AppState, Object>> pages = new LinkedHashMap<>();
        FakeDialogService dialogs = new FakeDialogService();
        Deferred tasks = new Deferred();
        DataImporter importer = new DataImporter();
        pages.put("data", s -> new dev.glas.ui.data.DataViewModel(s, tasks, dialogs, importer));
        pages.put("main", s -> new dev.glas.ui.shell.MainViewModel(s, dialogs,
                new dev.glas.ui.shell.AppSettings(Path.of(System.getProperty("java.io.tmpdir"), "glas-bench"))));
        pages.put("segments", s -> new dev.glas.ui.segment.SegmentViewModel(s, tasks, dialogs));
        pages.put("rfm", s -> new dev.glas.ui.segment.RfmViewModel(s, tasks, dialogs));
        pages.put("churn", s -> new dev.glas.ui.churn.ChurnViewModel(s, tasks, dialogs));
        pages.put("behavior", s -> new dev.glas.ui.behavior.BehaviorViewModel(s, tasks, dialogs, importer));
        pages.put("text", s -> new dev.glas.ui.text.TextViewModel(s, tasks, dialogs));
        pages.put("report", s -> new ReportViewModel(s, tasks, dialogs, importer));
        double total = 0;
        for (var e : pages.entrySet()) {
            AppState s = new AppState();
            e.getValue().apply(s);
            s.currentDatasetProperty().set(d); // warm-up (JIT), as the analyst opened data before
            s.currentDatasetProperty().set(null);
            long t = System.nanoTime();
            s.currentDatasetProperty().set(d);
            double sec = (System.nanoTime() - t) / 1e9;
            total += sec;
            System.err.printf("  %-9s %7.3f s on the calling thread%n", e.getKey(), sec);
        }
        System.err.printf("  all pages %7.3f s; background tasks submitted: %s%n", total, tasks.titles);
    }
}
