package dev.glas.ui.behavior;

import dev.glas.core.behavior.BehaviorOptions;
import dev.glas.core.behavior.EventLogImport;
import dev.glas.core.behavior.TimeFormat;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.project.AnalysisInputs;
import dev.glas.core.project.DataSource;
import dev.glas.core.project.Project;
import dev.glas.core.project.analyses.BehaviorAnalysis;
import dev.glas.core.task.TaskRunner;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.ProjectBridge;
import dev.glas.ui.common.ProjectRestore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The behaviour page in the project: after each analysis the column mapping and options go into the project,
 * with the event log and socdem files as data sources of their own (hashed, import settings kept); opening the
 * project reads those files again (or uses the workbench data when the log was the workbench dataset), restores
 * the mapping and options and re-runs the analysis in the background (it has no randomness).
 */
final class BehaviorProject {

    private static final String TITLE = "behavior.title";
    /** Chart choice holding the funnel's event sequence (steps separated by U+001F, which event names lack). */
    static final String FUNNEL_CHOICE = "behavior.funnel";
    private static final String STEP_SEPARATOR = "\u001f";
    private static final long DAY_MS = 86_400_000L;

    private final BehaviorViewModel vm;
    private final AppState state;
    private final TaskRunner tasks;
    private final DataImporter importer;
    private boolean eventsFromWorkbench;
    private Consumer<String> restoreDone;

    BehaviorProject(BehaviorViewModel vm, AppState state, TaskRunner tasks, DataImporter importer) {
        this.vm = vm;
        this.state = state;
        this.tasks = tasks;
        this.importer = importer;
        state.project().register(BehaviorAnalysis.INSTANCE.id(), ProjectBridge.ORDER_BEHAVIOR, this::restore);
    }

    /** Whether the event log is the workbench dataset (else a file of its own). */
    void eventsFromWorkbench(boolean fromWorkbench) {
        this.eventsFromWorkbench = fromWorkbench;
    }

    /** The page's state (source ids: null = workbench data, else the page's own files). */
    BehaviorAnalysis.State projectState() {
        Dataset socdem = vm.socdemProperty().get();
        boolean withSocdem = socdem != null && !vm.socdemKeyProperty().get().isEmpty();
        LocalDate from = vm.windowStartProperty().get();
        LocalDate to = vm.windowEndProperty().get();
        return new BehaviorAnalysis.State(eventsFromWorkbench ? null : BehaviorAnalysis.EVENTS_SOURCE,
                vm.userProperty().get(), vm.timeProperty().get(), vm.eventProperty().get(),
                blankToNull(vm.sessionProperty().get()), blankToNull(vm.makerProperty().get()),
                blankToNull(vm.modelProperty().get()), blankToNull(vm.osProperty().get()),
                vm.timeFormatProperty().get().name(), vm.zoneProperty().get().trim(), vm.gapMinutesProperty().get(),
                vm.churnInactiveDaysProperty().get() > 0 ? vm.churnInactiveDaysProperty().get() : null,
                vm.churnEventProperty().get().isBlank() ? Set.of() : Set.of(vm.churnEventProperty().get().trim()),
                from == null ? null : from.toEpochDay() * DAY_MS, to == null ? null : (to.toEpochDay() + 1) * DAY_MS - 1,
                BehaviorOptions.DEFAULT_TOP_EVENT_TYPES, withSocdem ? BehaviorAnalysis.SOCDEM_SOURCE : null,
                withSocdem ? vm.socdemKeyProperty().get() : null,
                withSocdem ? blankToNull(vm.genderProperty().get()) : null,
                withSocdem ? blankToNull(vm.ageProperty().get()) : null);
    }

    /** An analysis finished: the state and the page's files (hashed in the background) go into the project. */
    void analyzed() {
        BehaviorAnalysis.State st = projectState();
        Path events = st.sourceId() == null ? null : source(vm.eventsProperty().get());
        Path socdem = st.socdemSourceId() == null ? null : source(vm.socdemProperty().get());
        String time = st.time();
        tasks.submit("project.task.source", (p, c) -> {
            List<DataSource> sources = new ArrayList<>();
            if (events != null) {
                sources.add(DataSource.of(BehaviorAnalysis.EVENTS_SOURCE, events,
                        EventLogImport.settings(importer, events, time)));
            }
            if (socdem != null) {
                sources.add(DataSource.of(BehaviorAnalysis.SOCDEM_SOURCE, socdem, importer.detect(socdem)));
            }
            return sources;
        }, sources -> {
            state.project().publish(pr -> {
                Project next = pr.with(BehaviorAnalysis.INSTANCE, st);
                for (DataSource s : sources) {
                    next = next.withSource(s);
                }
                return next;
            });
            finish(null);
        }, t -> finish(ProjectRestore.failed(TITLE, t)));
    }

    void failed(Throwable t) {
        finish(ProjectRestore.failed(TITLE, t));
    }

    /** The analyst built a funnel: its steps are saved with the next save (a chart choice, like the map's). */
    void funnelBuilt(List<String> steps) {
        if (!state.project().restoring()) {
            state.project().update(pr -> pr.withChartChoice(FUNNEL_CHOICE, String.join(STEP_SEPARATOR, steps)));
        }
    }

    static List<String> funnelSteps(Project project) {
        String v = project.chartChoices().get(FUNNEL_CHOICE);
        return v == null || v.isEmpty() ? List.of() : List.of(v.split(STEP_SEPARATOR, -1));
    }

    private static Path source(Dataset d) {
        return d == null ? null : d.source();
    }

    private void finish(String message) {
        Consumer<String> d = restoreDone;
        restoreDone = null;
        if (d != null) {
            d.accept(message);
        }
    }

    private record Tables(Dataset events, Dataset socdem, List<String> warnings) {
    }

    private void restore(Project project, Path file, Consumer<String> done) {
        Optional<BehaviorAnalysis.State> stored = ProjectRestore.stored(project, BehaviorAnalysis.INSTANCE, TITLE, done);
        if (stored.isEmpty()) {
            return;
        }
        BehaviorAnalysis.State st = stored.get();
        // the workbench data, unless it now shows a table derived from it (the user features): then its file
        Dataset workbench = state.project().origin(state.currentDataset()) == null ? state.currentDataset() : null;
        boolean fromFile = st.sourceId() == null && workbench == null && !project.sources().isEmpty();
        if (st.sourceId() == null && workbench == null && !fromFile) {
            done.accept(ProjectRestore.noData(TITLE));
            return;
        }
        tasks.submit("project.task.restore", (p, c) -> {
            AnalysisInputs in = new AnalysisInputs(project, file, importer);
            Dataset events = st.sourceId() != null ? in.raw(st.sourceId())
                    : workbench != null ? workbench
                    : in.raw(project.source("source-1").isPresent() ? "source-1" : in.primarySourceId());
            Dataset socdem = st.socdemSourceId() == null ? null : in.raw(st.socdemSourceId());
            return new Tables(events, socdem, in.warnings());
        }, t -> apply(project, st, t, done), e -> done.accept(ProjectRestore.failed(TITLE, e)));
    }

    private void apply(Project project, BehaviorAnalysis.State st, Tables t, Consumer<String> done) {
        List<String> missing = new ArrayList<>();
        for (String c : new String[] {st.user(), st.time(), st.event(), st.session(), st.deviceMaker(),
            st.deviceModel(), st.os()}) {
            if (c != null && !t.events().columnNames().contains(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            done.accept(ProjectRestore.missingColumns(TITLE, missing));
            return;
        }
        eventsFromWorkbench = st.sourceId() == null;
        vm.eventsProperty().set(t.events());
        vm.eventColumns().setAll(t.events().columnNames());
        vm.userProperty().set(st.user());
        vm.timeProperty().set(st.time());
        vm.eventProperty().set(st.event());
        vm.sessionProperty().set(orEmpty(st.session()));
        vm.makerProperty().set(orEmpty(st.deviceMaker()));
        vm.modelProperty().set(orEmpty(st.deviceModel()));
        vm.osProperty().set(orEmpty(st.os()));
        if (st.timeFormat() != null) {
            vm.timeFormatProperty().set(TimeFormat.valueOf(st.timeFormat()));
        }
        vm.zoneProperty().set(st.zone() == null ? "UTC" : st.zone());
        vm.gapMinutesProperty().set(st.gapMinutes() == null ? BehaviorOptions.DEFAULT_GAP_MINUTES : st.gapMinutes());
        vm.churnInactiveDaysProperty().set(st.churnInactiveDays() == null ? 0 : st.churnInactiveDays());
        vm.churnEventProperty().set(st.churnEvents() == null || st.churnEvents().isEmpty() ? ""
                : st.churnEvents().iterator().next());
        vm.windowStartProperty().set(st.windowStart() == null ? null : LocalDate.ofEpochDay(st.windowStart() / DAY_MS));
        vm.windowEndProperty().set(st.windowEnd() == null ? null
                : LocalDate.ofEpochDay((st.windowEnd() + 1) / DAY_MS - 1));
        if (t.socdem() != null) {
            vm.socdemProperty().set(t.socdem());
            vm.socdemColumns().setAll(t.socdem().columnNames());
            vm.socdemKeyProperty().set(orEmpty(st.socdemKey()));
            vm.genderProperty().set(orEmpty(st.gender()));
            vm.ageProperty().set(orEmpty(st.age()));
        } else {
            vm.clearSocdem();
        }
        String warnings = String.join("\n", t.warnings());
        boolean featuresInWorkbench = BehaviorAnalysis.FEATURES_SOURCE.equals(
                project.chartChoices().get(ProjectBridge.WORKBENCH_CHOICE));
        restoreDone = msg -> {
            BehaviorViewModel.Outcome out = vm.outcomeProperty().get();
            if (msg == null && featuresInWorkbench && out != null
                    && !BehaviorAnalysis.FEATURES_SOURCE.equals(state.project().origin(state.currentDataset()))) {
                // the analyst had opened the user features in Churn or Segments: they are the workbench data again
                state.project().markOrigin(out.features().dataset(), BehaviorAnalysis.FEATURES_SOURCE);
                state.currentDatasetProperty().set(out.features().dataset());
            }
            List<String> funnel = funnelSteps(project);
            if (msg == null && out != null && !funnel.isEmpty()) {
                vm.buildFunnel(funnel); // the funnel the analyst had built, on the re-run analysis
            }
            done.accept(msg != null ? msg : warnings.isEmpty() ? null : warnings);
        };
        vm.analyze(); // calls analyzed() or failed()
        if (restoreDone != null && !vm.busyProperty().get()) { // the mapping was refused before anything started
            finish(ProjectRestore.noData(TITLE));
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
