package dev.glas.ui.behavior;

import dev.glas.core.behavior.Behavior;
import dev.glas.core.behavior.BehaviorOptions;
import dev.glas.core.behavior.BehaviorResult;
import dev.glas.core.behavior.ColumnMapping;
import dev.glas.core.behavior.Dashboard;
import dev.glas.core.behavior.EventLog;
import dev.glas.core.behavior.EventLogImport;
import dev.glas.core.behavior.EventLogReader;
import dev.glas.core.behavior.FeatureTable;
import dev.glas.core.behavior.MappingGuess;
import dev.glas.core.behavior.Socdem;
import dev.glas.core.behavior.TimeFormat;
import dev.glas.core.data.DataFormatException;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.TaskRunner;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.DialogService;
import dev.glas.ui.common.FileType;
import dev.glas.ui.shell.Area;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Behaviour page: load an event log and (optionally) a socdem table, confirm the guessed column mapping, run
 * sessions + user features + churn labels, and show the dashboard. Drill-downs live in {@link BehaviorDrill}.
 * Optional mapping roles use the empty string for "none".
 */
public final class BehaviorViewModel {

    /** Everything the dashboard shows, computed in the background (the FX thread only renders). */
    public record Outcome(Dataset events, BehaviorResult result, FeatureTable.Result features, Socdem socdem,
                          Dashboard dashboard, Charts charts) {
    }

    /** Chart-ready aggregates; null members for charts whose columns are not mapped. */
    public record Charts(Dashboard.Bars churn, int[] byHour, Dashboard.Grid hourByGender, Dashboard.Grid hourByOs,
                         Dashboard.Grid ageByGender, Dashboard.LengthStats lengthByAge,
                         Dashboard.LengthStats lengthByOs, Dashboard.Bars makers, Dashboard.Bars models,
                         Dashboard.Grid eventByHour, Dashboard.Grid eventByWeekday, Dashboard.Correlation correlation,
                         Dashboard.Cohorts cohorts, List<String> eventNames) {

        static Charts of(Dashboard d, EventLog log) {
            String[] names = log.eventNames();
            return new Charts(d.churnDistribution(), d.byHour(), d.hasGender() ? d.hourByGender() : null,
                    d.hasOs() ? d.hourByOs() : null, d.hasAge() ? d.ageByGender() : null,
                    d.hasAge() ? d.sessionLengthByAgeGroup() : null, d.hasOs() ? d.sessionLengthByOs() : null,
                    d.byMaker(10), d.byModel(10), d.eventByHour(15), d.eventByWeekday(15), d.correlation(),
                    d.cohorts(), Arrays.stream(d.eventTypesByCount()).mapToObj(t -> names[t]).toList());
        }
    }

    private record Loaded(Dataset dataset, List<String> columns, List<List<String>> sample) {
    }

    private final AppState state;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final DataImporter importer;
    private Consumer<Area> navigator = a -> { };

    private final ObjectProperty<Dataset> events = new SimpleObjectProperty<>(this, "events");
    private final ObjectProperty<Dataset> socdemTable = new SimpleObjectProperty<>(this, "socdem");
    private final ObservableList<String> eventColumns = FXCollections.observableArrayList();
    private final ObservableList<String> socdemColumns = FXCollections.observableArrayList();
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty time = new SimpleStringProperty(this, "time", "");
    private final StringProperty event = new SimpleStringProperty(this, "event", "");
    private final StringProperty session = new SimpleStringProperty(this, "session", "");
    private final StringProperty maker = new SimpleStringProperty(this, "maker", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final StringProperty os = new SimpleStringProperty(this, "os", "");
    private final ObjectProperty<TimeFormat> timeFormat = new SimpleObjectProperty<>(this, "timeFormat",
            TimeFormat.ISO);
    private final StringProperty zone = new SimpleStringProperty(this, "zone", "UTC");
    private final StringProperty socdemKey = new SimpleStringProperty(this, "socdemKey", "");
    private final StringProperty gender = new SimpleStringProperty(this, "gender", "");
    private final StringProperty age = new SimpleStringProperty(this, "age", "");
    private final DoubleProperty gapMinutes = new SimpleDoubleProperty(this, "gapMinutes",
            BehaviorOptions.DEFAULT_GAP_MINUTES);
    private final IntegerProperty churnInactiveDays = new SimpleIntegerProperty(this, "churnInactiveDays", 30);
    private final StringProperty churnEvent = new SimpleStringProperty(this, "churnEvent", "");
    private final ObjectProperty<LocalDate> windowStart = new SimpleObjectProperty<>(this, "windowStart");
    private final ObjectProperty<LocalDate> windowEnd = new SimpleObjectProperty<>(this, "windowEnd");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<Dashboard.Funnel> funnel = new ReadOnlyObjectWrapper<>(this, "funnel");
    private final ReadOnlyStringWrapper matchReport = new ReadOnlyStringWrapper(this, "matchReport", "");
    private final BehaviorProject project;

    public BehaviorViewModel(AppState state, TaskRunner tasks, DialogService dialogs, DataImporter importer) {
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.importer = importer;
        this.project = new BehaviorProject(this, state, tasks, importer);
    }

    /** How "open in churn / segments" switches the page (set by the wiring). */
    public void setNavigator(Consumer<Area> navigator) {
        this.navigator = navigator;
    }

    public void chooseEvents() {
        dialogs.chooseOpenFile(Messages.get("behavior.open.events"), List.of(FileType.DATA, FileType.ALL))
                .ifPresent(this::loadEvents);
    }

    public void chooseSocdem() {
        dialogs.chooseOpenFile(Messages.get("behavior.open.socdem"), List.of(FileType.DATA, FileType.ALL))
                .ifPresent(this::loadSocdem);
    }

    /** Imports the event log (time column kept as text, see {@link EventLogImport}) and guesses the mapping. */
    public void loadEvents(Path file) {
        busy.set(true);
        tasks.submit("behavior.task.load", (p, c) -> EventLogImport.read(importer, file, null, p, c), l -> {
            busy.set(false);
            useEvents(l.dataset(), false, l.guess(), file.getFileName());
        }, this::fail);
    }

    /** Uses the dataset open in the workbench as the event log (date-time columns are taken as wall time). */
    public void useCurrentDataset() {
        Dataset ds = state.currentDataset();
        if (ds == null) {
            dialogs.showInfo(Messages.get("behavior.title"), Messages.get("behavior.need.current"));
            return;
        }
        List<List<String>> sample = new ArrayList<>();
        for (int r = 0; r < Math.min(200, ds.rowCount()); r++) {
            List<String> row = new ArrayList<>();
            for (String c : ds.columnNames()) {
                row.add(ds.column(c).isMissing(r) ? "" : ds.column(c).getString(r));
            }
            sample.add(row);
        }
        MappingGuess.LogGuess g = MappingGuess.guessLog(ds.columnNames(), sample);
        if (g.time() == null) {
            for (String c : ds.columnNames()) {
                if (ds.type(c).isTemporal()) {
                    g = new MappingGuess.LogGuess(g.user(), c, g.event(), g.session(), g.deviceMaker(),
                            g.deviceModel(), g.os(), TimeFormat.ISO);
                    break;
                }
            }
        }
        useEvents(ds, true, g, ds.name());
    }

    /** A new event log: its columns, the guessed mapping, no result yet. */
    private void useEvents(Dataset ds, boolean fromWorkbench, MappingGuess.LogGuess g, Object name) {
        events.set(ds);
        project.eventsFromWorkbench(fromWorkbench);
        eventColumns.setAll(ds.columnNames());
        user.set(orEmpty(g.user()));
        time.set(orEmpty(g.time()));
        event.set(orEmpty(g.event()));
        session.set(orEmpty(g.session()));
        maker.set(orEmpty(g.deviceMaker()));
        model.set(orEmpty(g.deviceModel()));
        os.set(orEmpty(g.os()));
        timeFormat.set(g.timeFormat() != null ? g.timeFormat() : TimeFormat.ISO);
        outcome.set(null);
        summary.set(Messages.get("behavior.loaded.events", ds.rowCount(), name));
    }

    /** Imports the socdem table and guesses its key, gender and age columns. */
    public void loadSocdem(Path file) {
        busy.set(true);
        tasks.submit("behavior.task.load", (p, c) -> load(file), l -> {
            busy.set(false);
            socdemTable.set(l.dataset());
            socdemColumns.setAll(l.columns());
            MappingGuess.SocdemGuess g = MappingGuess.guessSocdem(l.columns(), l.sample());
            socdemKey.set(orEmpty(g.key()));
            gender.set(orEmpty(g.gender()));
            age.set(orEmpty(g.age()));
        }, this::fail);
    }

    public void clearSocdem() {
        socdemTable.set(null);
        socdemColumns.clear();
        socdemKey.set("");
        gender.set("");
        age.set("");
    }

    private Loaded load(Path file) throws Exception {
        Dataset ds = importer.read(file);
        List<List<String>> sample = new ArrayList<>();
        int n = Math.min(200, ds.rowCount());
        for (int r = 0; r < n; r++) {
            List<String> row = new ArrayList<>();
            for (String c : ds.columnNames()) {
                row.add(ds.column(c).isMissing(r) ? "" : ds.column(c).getString(r));
            }
            sample.add(row);
        }
        return new Loaded(ds, ds.columnNames(), sample);
    }

    /** Runs the analysis with the current mapping and options. */
    public void analyze() {
        Dataset ds = events.get();
        if (ds == null) {
            dialogs.showInfo(Messages.get("behavior.title"), Messages.get("behavior.need.events"));
            return;
        }
        ColumnMapping m;
        BehaviorOptions o;
        Socdem sd;
        try {
            if (user.get().isEmpty() || time.get().isEmpty() || event.get().isEmpty()) {
                throw new DataFormatException("behavior.error.mapping.required");
            }
            ZoneId z;
            try {
                z = ZoneId.of(zone.get().trim());
            } catch (java.time.DateTimeException e) {
                throw new DataFormatException("behavior.error.zone", zone.get());
            }
            m = new ColumnMapping(user.get(), time.get(), event.get(), blankToNull(session.get()),
                    blankToNull(maker.get()), blankToNull(model.get()), blankToNull(os.get()), timeFormat.get(), z);
            o = new BehaviorOptions(gapMinutes.get(), churnInactiveDays.get() > 0 ? churnInactiveDays.get() : null,
                    churnEvent.get().isBlank() ? Set.of() : Set.of(churnEvent.get().trim()),
                    windowStart.get() == null ? null : windowStart.get().toEpochDay() * 86_400_000L,
                    windowEnd.get() == null ? null : (windowEnd.get().toEpochDay() + 1) * 86_400_000L - 1,
                    BehaviorOptions.DEFAULT_TOP_EVENT_TYPES);
            sd = socdemTable.get() == null || socdemKey.get().isEmpty() ? null
                    : new Socdem(socdemTable.get(), socdemKey.get(), blankToNull(gender.get()),
                            blankToNull(age.get())).checked();
        } catch (DataFormatException | IllegalArgumentException e) {
            dialogs.showError(Messages.get("behavior.title"), e);
            return;
        }
        busy.set(true);
        tasks.submit("behavior.task.analyze", (p, c) -> {
            EventLog log = EventLogReader.fromDataset(ds, m, p.slice(0, 0.3), c);
            BehaviorResult r = Behavior.analyze(log, o, p.slice(0.3, 0.9), c);
            if (r.log().size() == 0) {
                throw new DataFormatException("behavior.error.window.empty");
            }
            FeatureTable.Result ft = FeatureTable.build(r, sd,
                    Messages.get("behavior.features.name", ds.name()));
            Dashboard dash = new Dashboard(r, sd, ft.match());
            return new Outcome(ds, r, ft, sd, dash, Charts.of(dash, r.log()));
        }, out -> {
            busy.set(false);
            funnel.set(null);
            outcome.set(out);
            describe(out);
            project.analyzed();
        }, t -> {
            fail(t);
            project.failed(t);
        });
    }

    /** The summary and socdem match texts of an analysis, in the UI language. */
    private void describe(Outcome out) {
        BehaviorResult r = out.result();
        summary.set(Messages.get("behavior.summary", r.log().size(), r.features().users(),
                r.sessions().count(), r.medianSessionSeconds(), r.churn().churned(), r.log().skipped()));
        Socdem.Match mm = out.features().match();
        matchReport.set(mm == null ? "" : Messages.get("behavior.match", mm.logOnly(), mm.socdemOnly(),
                String.join(", ", mm.logOnlyExamples().subList(0, Math.min(5, mm.logOnlyExamples().size()))),
                String.join(", ", mm.socdemOnlyExamples().subList(0,
                        Math.min(5, mm.socdemOnlyExamples().size())))));
    }

    /** After a language change (the page ViewModel outlives its view): the result texts again, in the new language. */
    public void relocalize() {
        if (outcome.get() != null) {
            describe(outcome.get());
        }
    }

    /** Text of the churn definitions and how many users each marks. */
    public String churnCountsText() {
        Outcome out = outcome.get();
        if (out == null) {
            return "";
        }
        BehaviorResult.ChurnCounts c = out.result().churn();
        int[] days = BehaviorResult.CANDIDATE_INACTIVE_DAYS;
        int[] counts = out.result().inactiveCounts(days);
        StringBuilder alt = new StringBuilder();
        for (int k = 0; k < days.length; k++) {
            alt.append(k == 0 ? "" : "; ").append(Messages.get("behavior.churn.candidate", days[k], counts[k]));
        }
        return Messages.get("behavior.churn.counts", c.users(), c.inactiveDays() == null ? "—" : c.inactiveDays(),
                c.inactive(), c.events().isEmpty() ? "—" : String.join(", ", c.events()), c.explicit(), c.both(),
                c.churned()) + "\n" + Messages.get("behavior.churn.candidates", alt);
    }

    /** Puts the user features into the workbench and opens the churn lab. */
    public void openInChurn() {
        openFeatures(Area.CHURN);
    }

    /** Puts the user features into the workbench and opens the segmentation studio. */
    public void openInSegments() {
        openFeatures(Area.SEGMENTS);
    }

    private void openFeatures(Area area) {
        Outcome out = outcome.get();
        if (out != null) {
            state.project().markOrigin(out.features().dataset(),
                    dev.glas.core.project.analyses.BehaviorAnalysis.FEATURES_SOURCE);
            state.currentDatasetProperty().set(out.features().dataset());
            navigator.accept(area);
        }
    }

    public void saveFeatures() {
        Outcome out = outcome.get();
        if (out == null) {
            return;
        }
        dialogs.chooseSaveFile(Messages.get("behavior.save.features"), "user_features.csv", List.of(FileType.CSV))
                .ifPresent(file -> tasks.submit("behavior.task.save", (p, c) -> {
                    out.features().dataset().table().write().csv(file.toFile());
                    return file;
                }, f -> summary.set(Messages.get("behavior.saved", f.getFileName())), this::fail));
    }

    /** Event names by frequency (for the churn-event and funnel pickers). */
    public List<String> eventNames() {
        Outcome out = outcome.get();
        if (out == null) {
            return List.of();
        }
        return out.charts().eventNames();
    }

    /** Computes the funnel of an event sequence in the background. */
    public void buildFunnel(List<String> steps) {
        Outcome out = outcome.get();
        if (out == null || steps.isEmpty()) {
            funnel.set(null);
            return;
        }
        List<String> copy = List.copyOf(steps);
        tasks.submit("behavior.task.funnel", (p, c) -> out.dashboard().funnel(copy), f -> {
            funnel.set(f);
            project.funnelBuilt(copy);
        }, this::fail);
    }

    /** The funnel shown (null before one was built). */
    public ReadOnlyObjectProperty<Dashboard.Funnel> funnelProperty() {
        return funnel.getReadOnlyProperty();
    }

    TaskRunner tasks() {
        return tasks;
    }

    void showError(Throwable t) {
        fail(t);
    }

    private void fail(Throwable t) {
        busy.set(false);
        if (!(t instanceof dev.glas.core.task.CancelledException)) {
            dialogs.showError(Messages.get("behavior.title"), t);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public AppState state() {
        return state;
    }

    public ObjectProperty<Dataset> eventsProperty() {
        return events;
    }

    public ObjectProperty<Dataset> socdemProperty() {
        return socdemTable;
    }

    public ObservableList<String> eventColumns() {
        return eventColumns;
    }

    public ObservableList<String> socdemColumns() {
        return socdemColumns;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty eventProperty() {
        return event;
    }

    public StringProperty sessionProperty() {
        return session;
    }

    public StringProperty makerProperty() {
        return maker;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty osProperty() {
        return os;
    }

    public ObjectProperty<TimeFormat> timeFormatProperty() {
        return timeFormat;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public StringProperty socdemKeyProperty() {
        return socdemKey;
    }

    public StringProperty genderProperty() {
        return gender;
    }

    public StringProperty ageProperty() {
        return age;
    }

    public DoubleProperty gapMinutesProperty() {
        return gapMinutes;
    }

    public IntegerProperty churnInactiveDaysProperty() {
        return churnInactiveDays;
    }

    public StringProperty churnEventProperty() {
        return churnEvent;
    }

    public ObjectProperty<LocalDate> windowStartProperty() {
        return windowStart;
    }

    public ObjectProperty<LocalDate> windowEndProperty() {
        return windowEnd;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty matchReportProperty() {
        return matchReport.getReadOnlyProperty();
    }
}
