package dev.glas.ui.common;

import dev.glas.core.data.NamedSegment;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.TaskRunner;
import javafx.collections.ObservableList;

/** The saved (named) segments: list, re-open, rename, delete, export. Backed by {@link AppState#segments()}. */
public final class SegmentListViewModel {

    private final AppState state;
    private final DialogService dialogs;
    private final RowExporter exporter;

    public SegmentListViewModel(AppState state, TaskRunner tasks, DialogService dialogs) {
        this.state = state;
        this.dialogs = dialogs;
        this.exporter = new RowExporter(tasks, dialogs);
    }

    public ObservableList<NamedSegment> segments() {
        return state.segments();
    }

    public String label(NamedSegment s) {
        return Messages.get("segments.item", s.name(), s.size());
    }

    public void open(NamedSegment s) {
        state.openSelection(s.selection());
    }

    public void rename(NamedSegment s) {
        dialogs.askText(Messages.get("segments.rename.title"), Messages.get("segments.rename.prompt"), s.name())
                .filter(name -> !name.equals(s.name()))
                .ifPresent(name -> {
                    if (state.segment(name).filter(other -> other != s).isPresent()) {
                        dialogs.showInfo(Messages.get("segments.rename.title"),
                                Messages.get("segments.rename.exists", name));
                        return;
                    }
                    int i = state.segments().indexOf(s);
                    if (i >= 0) {
                        state.segments().set(i, s.withName(name));
                    }
                });
    }

    public void delete(NamedSegment s) {
        if (dialogs.confirm(Messages.get("segments.delete.title"), Messages.get("segments.delete.confirm", s.name()))) {
            state.segments().remove(s);
        }
    }

    public void exportCsv(NamedSegment s) {
        exporter.export(s.selection().dataset(), s.selection().rows(), s.name(), RowExporter.Format.CSV, f -> { });
    }

    public void exportXlsx(NamedSegment s) {
        exporter.export(s.selection().dataset(), s.selection().rows(), s.name(), RowExporter.Format.XLSX, f -> { });
    }
}
