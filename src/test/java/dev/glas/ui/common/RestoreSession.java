package dev.glas.ui.common;

import dev.glas.core.data.DataImporter;
import dev.glas.core.project.Project;
import dev.glas.core.project.ProjectFile;
import dev.glas.core.task.SyncTaskRunner;
import dev.glas.ui.report.ReportViewModel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One "window" for project round-trip tests: shared state, synchronous tasks, fake dialogs and the project
 * page. Build the analysis pages on {@link #state} before {@link #open}, so they take part in the restore.
 */
public final class RestoreSession {

    public final AppState state = new AppState();
    public final SyncTaskRunner tasks = new SyncTaskRunner();
    public final FakeDialogService dialogs = new FakeDialogService();
    public final DataImporter importer = new DataImporter();
    public final ReportViewModel project = new ReportViewModel(state, tasks, dialogs, importer);

    /** Copies a bundled sample (e.g. "telco_churn.csv") into {@code dir}. */
    public static Path sample(Path dir, String name) throws Exception {
        Path out = dir.resolve(name);
        try (InputStream in = RestoreSession.class.getResourceAsStream("/dev/glas/samples/" + name)) {
            Files.copy(in, out);
        }
        return out;
    }

    /** Opens a data file as the workbench dataset (it becomes the project's source). */
    public RestoreSession openData(Path file) throws Exception {
        state.currentDatasetProperty().set(importer.read(file));
        return this;
    }

    /** Saves the project to {@code file} through the Save as dialog and returns it as stored on disk. */
    public Project saveAs(Path file) throws Exception {
        dialogs.answerSaveFile(file);
        project.saveAs();
        if (!dialogs.errors().isEmpty()) {
            throw new AssertionError(dialogs.errors().toString());
        }
        return ProjectFile.open(file).project();
    }

    /** Opens a project (data, segments, then every page's restore). */
    public RestoreSession open(Path file) {
        project.open(file);
        if (!dialogs.errors().isEmpty()) {
            throw new AssertionError(dialogs.errors().toString());
        }
        return this;
    }
}
