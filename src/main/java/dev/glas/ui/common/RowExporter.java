package dev.glas.ui.common;

import dev.glas.core.data.Dataset;
import dev.glas.core.data.DatasetExport;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.CancelledException;
import dev.glas.core.task.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Asks for a file and writes rows of a dataset to CSV or XLSX in the background (used by drill-downs and segments). */
public final class RowExporter {

    public enum Format { CSV, XLSX }

    private final TaskRunner tasks;
    private final DialogService dialogs;

    public RowExporter(TaskRunner tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /**
     * Exports {@code rows} of {@code data}; {@code onDone} receives the written file (FX thread).
     * Does nothing when the user cancels the file dialog.
     */
    public void export(Dataset data, int[] rows, String suggestedName, Format format, Consumer<Path> onDone) {
        FileType type = format == Format.CSV ? FileType.CSV : FileType.XLSX;
        String title = Messages.get(format == Format.CSV ? "export.csv.title" : "export.xlsx.title");
        String base = suggestedName.replaceAll("[\\\\/:*?\"<>|]", "_").strip();
        dialogs.chooseSaveFile(title, (base.isEmpty() ? "export" : base) + "." + type.defaultExtension(), List.of(type))
                .ifPresent(file -> tasks.submit("task.export", (progress, cancel) -> {
                    Dataset subset = data.rows(rows, suggestedName);
                    if (format == Format.CSV) {
                        DatasetExport.writeCsv(subset, file, ';', progress, cancel);
                    } else {
                        DatasetExport.writeXlsx(subset, file, progress, cancel);
                    }
                    return file;
                }, onDone, error -> {
                    if (!(error instanceof CancelledException)) {
                        dialogs.showError(title, error);
                    }
                }));
    }
}
