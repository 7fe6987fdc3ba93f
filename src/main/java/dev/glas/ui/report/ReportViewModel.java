package dev.glas.ui.report;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.NamedSegment;
import dev.glas.core.i18n.Messages;
import dev.glas.core.project.DataSource;
import dev.glas.core.project.Project;
import dev.glas.core.project.ProjectAnalyses;
import dev.glas.core.project.ProjectFile;
import dev.glas.core.project.ProjectReport;
import dev.glas.core.project.ProjectRunner;
import dev.glas.core.project.ProjectSaver;
import dev.glas.core.project.SavedSegment;
import dev.glas.core.project.SourceCheck;
import dev.glas.core.project.analyses.ChurnAnalysis;
import dev.glas.core.project.analyses.ProfileAnalysis;
import dev.glas.core.project.analyses.RfmAnalysis;
import dev.glas.core.project.analyses.SegmentAnalysis;
import dev.glas.core.report.ExcelReport;
import dev.glas.core.report.ReportText;
import dev.glas.core.task.TaskRunner;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.DialogService;
import dev.glas.ui.common.FileType;
import dev.glas.ui.common.ProjectBridge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Project and report: the current project (data source, stored analyses, named segments), saving and
 * opening {@code .glas} files with autosave, and the Excel report built by re-running the stored analyses.
 */
public final class ReportViewModel {

    public static final FileType PROJECT = new FileType("project.filetype", List.of("glas"));

    /** A stored analysis listed on the page; {@code include} chooses whether it goes into the report. */
    public record AnalysisItem(String id, String title, BooleanProperty include) {
    }

    private final AppState state;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final DataImporter importer;
    private final ProjectSaver saver = new ProjectSaver(ProjectFile.SaveOptions.DEFAULT);
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>(this, "project");
    private final ObjectProperty<Path> projectFile = new SimpleObjectProperty<>(this, "projectFile");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty embedData = new SimpleBooleanProperty(this, "embedData", false);
    private final IntegerProperty autosaveMinutes = new SimpleIntegerProperty(this, "autosaveMinutes", 5);
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language", Messages.locale());
    private final BooleanProperty includeData = new SimpleBooleanProperty(this, "includeData", true);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final BooleanProperty restoring = new SimpleBooleanProperty(this, "restoring", false);
    private final ObservableList<AnalysisItem> analyses = FXCollections.observableArrayList();
    private final ObservableList<String> sourceMessages = FXCollections.observableArrayList();

    public ReportViewModel(AppState state, TaskRunner tasks, DialogService dialogs, DataImporter importer) {
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.importer = importer;
        project.addListener((o, a, p) -> {
            state.project().setCurrent(p);
            refreshAnalyses();
        });
        project.set(Project.create(Messages.get("project.untitled")));
        state.project().connect(this::apply);
        embedData.addListener((o, a, e) -> saver.setOptions(new ProjectFile.SaveOptions(e, true)));
        state.currentDatasetProperty().addListener((o, a, d) -> onDataset(d));
        if (state.currentDataset() != null) {
            onDataset(state.currentDataset());
        }
    }

    /** A dataset opened in the workbench becomes the project's data source (hashed in the background). */
    private void onDataset(Dataset d) {
        // which table the workbench shows (a derived one, e.g. behaviour user features, is restored as such)
        String origin = state.project().origin(d);
        if (origin != null || project.get().chartChoices().containsKey(ProjectBridge.WORKBENCH_CHOICE)) {
            String now = origin != null ? origin : "source-1";
            if (!now.equals(project.get().chartChoices().get(ProjectBridge.WORKBENCH_CHOICE))) {
                project.set(project.get().withChartChoice(ProjectBridge.WORKBENCH_CHOICE, now));
            }
        }
        if (d == null || d.source() == null) {
            return;
        }
        Path src = d.source();
        if (project.get().source("source-1").map(s -> s.path().equals(src.toAbsolutePath().normalize()))
                .orElse(false)) {
            return;
        }
        tasks.submit("project.task.source", (p, c) -> DataSource.of("source-1", src, importer.detect(src)),
                source -> {
                    Project next = project.get().withSource(source).withName(source.name());
                    if (next.sections().isEmpty()) {
                        next = next.with(ProfileAnalysis.INSTANCE, new ProfileAnalysis.State(null));
                    }
                    project.set(next);
                    sourceMessages.setAll(Messages.get("project.source.added", source.name(), source.originalPath(),
                            source.size(), source.sha256().substring(0, 16)));
                }, e -> dialogs.showError(Messages.get("project.title"), e));
    }

    /**
     * A page published its analysis state: merged into the project, then autosaved (when the project has a
     * file). While a project is being restored the pages re-publish what they restored; nothing is saved then.
     */
    private void apply(java.util.function.UnaryOperator<Project> change, boolean save) {
        Project next = change.apply(project.get());
        if (next != null && !next.equals(project.get())) {
            project.set(next);
            if (save && !state.project().restoring()) {
                autosave();
            }
        }
    }

    private void refreshAnalyses() {
        analyses.clear();
        for (String id : project.get().sections().keySet()) {
            String title = ProjectAnalyses.byId(id).map(a -> Messages.get(a.titleKey())).orElse(id);
            analyses.add(new AnalysisItem(id, title, new SimpleBooleanProperty(true)));
        }
    }

    public void newProject() {
        project.set(Project.create(Messages.get("project.untitled")));
        projectFile.set(null);
        sourceMessages.clear();
        status.set(Messages.get("project.status.new"));
        if (state.currentDataset() != null) {
            onDataset(state.currentDataset());
        }
    }

    public void openProject() {
        dialogs.chooseOpenFile(Messages.get("project.open"), List.of(PROJECT)).ifPresent(this::open);
    }

    /**
     * Opens a project: verifies its sources, loads the first one (all in the background), restores the named
     * segments, then hands the project to the analysis pages, which restore their views one after another
     * (see {@link dev.glas.ui.common.ProjectBridge}).
     */
    public void open(Path file) {
        busy.set(true);
        tasks.submit("project.task.open", (p, c) -> Opened.load(file, importer), o -> {
            project.set(o.project());
            projectFile.set(o.file());
            sourceMessages.setAll(o.checks().stream().map(SourceCheck::message).toList());
            // the project replaces the workbench: its data (none when it cannot be read, rather than the data
            // that was open before, which the pages would otherwise restore onto) and its named segments
            state.currentDatasetProperty().set(o.data());
            state.segments().setAll(o.segments());
            status.set(Messages.get("project.status.opened", o.file().getFileName()));
            if (o.checks().stream().anyMatch(ch -> !ch.ok())) {
                dialogs.showInfo(Messages.get("project.sources.title"), String.join("\n\n", sourceMessages));
            }
            restoring.set(true);
            state.project().restore(o.project(), o.file(), messages -> {
                busy.set(false);
                restoring.set(false);
                sourceMessages.addAll(messages);
                status.set(Messages.get(messages.isEmpty() ? "project.status.restored" : "project.status.restored.partly",
                        o.file().getFileName(), messages.size()));
            });
        }, e -> {
            busy.set(false);
            dialogs.showError(Messages.get("project.open"), e);
        });
    }

    /** Points a data source of the project at another file (after it was moved or changed). */
    public void relocate() {
        if (project.get().sources().isEmpty()) {
            return;
        }
        DataSource s = project.get().sources().getFirst();
        dialogs.chooseOpenFile(Messages.get("project.relocate"), List.of(FileType.DATA)).ifPresent(f ->
                tasks.submit("project.task.source", (p, c) -> s.relocatedTo(f), moved -> {
                    project.set(project.get().withSource(moved));
                    sourceMessages.setAll(Messages.get("project.source.ok", moved.name()));
                }, e -> dialogs.showError(Messages.get("project.relocate"), e)));
    }

    public void save() {
        if (projectFile.get() == null) {
            saveAs();
            return;
        }
        Path target = projectFile.get();
        Project snapshot = snapshot();
        tasks.submit("project.task.save", (p, c) -> saver.save(snapshot, target),
                s -> status.set(Messages.get("project.status.saved", s.file().getFileName(), s.at().toString())),
                e -> dialogs.showError(Messages.get("project.save"), e));
    }

    public void saveAs() {
        String name = project.get().name().replaceAll("[\\\\/:*?\"<>|]", "_") + ProjectFile.EXTENSION;
        dialogs.chooseSaveFile(Messages.get("project.save.as"), name, List.of(PROJECT)).ifPresent(f -> {
            projectFile.set(f);
            save();
        });
    }

    /** Saves to the project file when something changed since the last save; called by the autosave timer. */
    public void autosave() {
        Path target = projectFile.get();
        if (target == null || autosaveMinutes.get() <= 0) {
            return;
        }
        if (autosaving) { // one autosave at a time; a request meanwhile saves once more when it ends
            autosaveAgain = true;
            return;
        }
        autosaving = true;
        Project snapshot = snapshot();
        tasks.submit("project.task.autosave", (p, c) -> saver.saveIfChanged(snapshot, target), s -> {
            autosaveDone();
            s.ifPresent(x -> status.set(Messages.get("project.status.autosaved", x.at().toString())));
        }, e -> {
            autosaveDone();
            status.set(Messages.get("project.status.autosave.failed", String.valueOf(e.getMessage())));
        });
    }

    private boolean autosaving;
    private boolean autosaveAgain;

    private void autosaveDone() {
        autosaving = false;
        if (autosaveAgain) {
            autosaveAgain = false;
            autosave();
        }
    }

    /** The project with the workbench's named segments (stable row keys when the data has an identifier). */
    Project snapshot() {
        Project p = project.get();
        Dataset d = state.currentDataset();
        List<SavedSegment> segs = new ArrayList<>();
        String key = d == null ? null : d.columnNames().stream().filter(c -> d.type(c) == ColumnType.IDENTIFIER)
                .findFirst().orElse(null);
        for (NamedSegment s : state.segments()) {
            segs.add(SavedSegment.of(s.name(), "source-1", s.selection(), key));
        }
        return p.withSegments(segs);
    }

    public void addSegmentation() {
        project.set(project.get().with(SegmentAnalysis.INSTANCE, SegmentAnalysis.State.defaults()));
    }

    public void addChurn() {
        Optional<String> target = dialogs.askText(Messages.get("project.add.churn"),
                Messages.get("project.add.churn.target"), "Churn");
        if (target.isEmpty()) {
            return;
        }
        Optional<String> positive = dialogs.askText(Messages.get("project.add.churn"),
                Messages.get("project.add.churn.positive"), "Yes");
        positive.ifPresent(pos -> project.set(project.get().with(ChurnAnalysis.INSTANCE,
                ChurnAnalysis.State.of(target.get().strip(), pos.strip(), 42))));
    }

    public void addRfm() {
        dialogs.askText(Messages.get("project.add.rfm"), Messages.get("project.add.rfm.columns"),
                "CustomerID, InvoiceDate, Quantity*UnitPrice, InvoiceNo").ifPresent(text -> {
                    String[] f = text.split(",");
                    if (f.length < 3) {
                        dialogs.showInfo(Messages.get("project.add.rfm"), Messages.get("project.add.rfm.columns"));
                        return;
                    }
                    project.set(project.get().with(RfmAnalysis.INSTANCE, new RfmAnalysis.State(null, f[0].strip(),
                            f[1].strip(), f[2].strip(), f.length > 3 ? f[3].strip() : null, null)));
                });
    }

    public void removeAnalysis(AnalysisItem item) {
        project.set(project.get().withoutSection(item.id()));
    }

    /** Re-runs the stored analyses and writes the Excel report in the chosen language (background task). */
    public void exportReport() {
        Optional<Path> out = dialogs.chooseSaveFile(Messages.get("report.export"),
                project.get().name().replaceAll("[\\\\/:*?\"<>|]", "_") + ".xlsx", List.of(FileType.XLSX));
        out.ifPresent(this::exportReport);
    }

    public void exportReport(Path out) {
        Project snapshot = snapshot();
        List<String> excluded = analyses.stream().filter(a -> !a.include().get()).map(AnalysisItem::id).toList();
        for (String id : excluded) {
            snapshot = snapshot.withoutSection(id);
        }
        Project toRun = snapshot;
        Path file = projectFile.get();
        ReportText text = ReportText.of(language.get());
        boolean data = includeData.get();
        busy.set(true);
        tasks.submit("report.task.export", (p, c) -> {
            ProjectRunner.Result r = ProjectRunner.run(toRun, file, importer, p.slice(0, 0.6), c);
            ExcelReport.write(ProjectReport.content(toRun, r, new ProjectReport.Options(data, Set.of()), text, c), text,
                    out, p.slice(0.6, 1), c);
            return r;
        }, r -> {
            busy.set(false);
            List<String> failed = r.runs().stream().filter(x -> !x.ok())
                    .map(x -> Messages.get(x.titleKey()) + ": " + x.error()).toList();
            sourceMessages.addAll(failed);
            if (!failed.isEmpty()) {
                dialogs.showInfo(Messages.get("report.export"), String.join("\n\n", failed));
            }
            status.set(Messages.get("report.status.written", out.getFileName(), r.runs().size()));
            Project updated = project.get();
            for (var e : r.updated().attachments().entrySet()) {
                updated = updated.withAttachment(e.getKey(), e.getValue());
            }
            project.set(updated);
            autosave();
        }, e -> {
            busy.set(false);
            dialogs.showError(Messages.get("report.export"), e);
        });
    }

    /** What opening a project produced (computed in the background). */
    record Opened(Project project, Path file, List<SourceCheck> checks, Dataset data, List<NamedSegment> segments) {
        static Opened load(Path file, DataImporter importer) throws Exception {
            ProjectFile.Opened o = ProjectFile.open(file);
            List<SourceCheck> checks = ProjectFile.checkSources(o.project());
            Dataset data = null;
            // the workbench data: "source-1" (pages add their own files, e.g. the behaviour event log, after it)
            SourceCheck main = checks.stream().filter(ch -> ch.source().id().equals("source-1")).findFirst()
                    .orElse(checks.stream().filter(ch -> !ch.source().id().startsWith("behavior-")).findFirst()
                            .orElse(null));
            if (main != null && (main.status() != SourceCheck.Status.MISSING || main.source().embeddedEntry() != null)) {
                // the original file, or the copy embedded in the project when the original is gone
                data = new dev.glas.core.project.AnalysisInputs(o.project(), o.file(), importer)
                        .raw(main.source().id());
            }
            List<NamedSegment> segments = new ArrayList<>();
            if (data != null) {
                for (SavedSegment s : o.project().segments()) {
                    segments.add(new NamedSegment(s.name(), s.resolve(data)));
                }
            }
            return new Opened(o.project(), o.file(), checks, data, List.copyOf(segments));
        }
    }

    public ObjectProperty<Project> projectProperty() {
        return project;
    }

    public ObjectProperty<Path> projectFileProperty() {
        return projectFile;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty embedDataProperty() {
        return embedData;
    }

    public IntegerProperty autosaveMinutesProperty() {
        return autosaveMinutes;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public BooleanProperty includeDataProperty() {
        return includeData;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True while the pages restore their views from an opened project. */
    public BooleanProperty restoringProperty() {
        return restoring;
    }

    public ObservableList<AnalysisItem> analyses() {
        return analyses;
    }

    public ObservableList<String> sourceMessages() {
        return sourceMessages;
    }
}
