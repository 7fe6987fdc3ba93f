package dev.glas.ui.common;

import dev.glas.core.data.Dataset;
import dev.glas.core.data.NamedSegment;
import dev.glas.core.data.RowSelection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State shared by all areas of the workbench: the dataset the analyst works on and the named segments saved
 * from drill-downs. Changed on the FX thread only (task callbacks arrive there). Toolkit-free, so ViewModels
 * that take it stay testable without JavaFX running.
 */
public final class AppState {

    private final ObjectProperty<Dataset> currentDataset = new SimpleObjectProperty<>(this, "currentDataset");
    private final ObservableList<NamedSegment> segments = FXCollections.observableArrayList();
    private Consumer<RowSelection> selectionOpener = s -> { };
    private final ProjectBridge project = new ProjectBridge();

    /** The dataset currently open in the workbench, or {@code null} before anything was opened. */
    public ObjectProperty<Dataset> currentDatasetProperty() {
        return currentDataset;
    }

    public Dataset currentDataset() {
        return currentDataset.get();
    }

    /** How pages publish their analysis state into the project and restore it when a project is opened. */
    public ProjectBridge project() {
        return project;
    }

    /** Named segments, in the order they were saved. Views may observe and edit this list. */
    public ObservableList<NamedSegment> segments() {
        return segments;
    }

    /**
     * Opens a drill-down: shows the rows in a rows view where they can be saved as a named segment and
     * exported to CSV/XLSX. Any view calls this when the analyst clicks a chart element or a table cell.
     */
    public void openSelection(RowSelection selection) {
        selectionOpener.accept(Objects.requireNonNull(selection, "selection"));
    }

    /** Set once by the wiring: how a selection is shown (tests install a recorder). */
    public void setSelectionOpener(Consumer<RowSelection> opener) {
        this.selectionOpener = Objects.requireNonNull(opener, "opener");
    }

    public Optional<NamedSegment> segment(String name) {
        String n = name.strip();
        return segments.stream().filter(s -> s.name().equalsIgnoreCase(n)).findFirst();
    }

    /** Adds a segment, replacing an existing one of the same name (case-insensitive). */
    public NamedSegment putSegment(NamedSegment segment) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).name().equalsIgnoreCase(segment.name())) {
                segments.set(i, segment);
                return segment;
            }
        }
        segments.add(segment);
        return segment;
    }
}
