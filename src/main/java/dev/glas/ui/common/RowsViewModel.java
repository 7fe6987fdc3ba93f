package dev.glas.ui.common;

import dev.glas.core.data.NamedSegment;
import dev.glas.core.data.RowSelection;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A drill-down: the rows behind a chart element or filter, shown with their original values. The analyst
 * can narrow them with the quick filter, save them as a named segment or export them to CSV/XLSX.
 */
public final class RowsViewModel {

    private final RowSelection selection;
    private final AppState state;
    private final DialogService dialogs;
    private final RowExporter exporter;
    private final DatasetTableViewModel table;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public RowsViewModel(RowSelection selection, AppState state, TaskRunner tasks, DialogService dialogs) {
        this.selection = selection;
        this.state = state;
        this.dialogs = dialogs;
        this.exporter = new RowExporter(tasks, dialogs);
        this.table = new DatasetTableViewModel(tasks, dialogs);
        table.setRows(selection.dataset(), selection.rows());
    }

    public RowSelection selection() {
        return selection;
    }

    public DatasetTableViewModel table() {
        return table;
    }

    public String title() {
        return Messages.get("rows.title", selection.description());
    }

    public String subtitle() {
        return Messages.get("rows.subtitle", selection.size(), selection.dataset().rowCount(),
                selection.dataset().name());
    }

    /** Asks for a name and saves the rows (all of them, not just the filtered ones) as a named segment. */
    public void saveAsSegment() {
        dialogs.askText(Messages.get("rows.save.segment.title"), Messages.get("rows.save.segment.prompt"),
                selection.description()).ifPresent(name -> {
                    if (state.segment(name).isPresent() && !dialogs.confirm(Messages.get("rows.save.segment.title"),
                            Messages.get("rows.save.segment.replace", name))) {
                        return;
                    }
                    NamedSegment saved = state.putSegment(new NamedSegment(name, selection));
                    status.set(Messages.get("rows.saved.segment", saved.name(), saved.size()));
                });
    }

    public void exportCsv() {
        export(RowExporter.Format.CSV);
    }

    public void exportXlsx() {
        export(RowExporter.Format.XLSX);
    }

    private void export(RowExporter.Format format) {
        exporter.export(selection.dataset(), table.visibleRows(), selection.description(), format,
                file -> status.set(Messages.get("rows.exported", table.visibleRows().length, file.getFileName())));
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
