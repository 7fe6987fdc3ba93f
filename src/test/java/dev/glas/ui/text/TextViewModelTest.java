package dev.glas.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.RowSelection;
import dev.glas.core.task.SyncTaskRunner;
import dev.glas.core.text.TestModels;
import dev.glas.core.text.TextDashboard;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.FakeDialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Texts page without the toolkit: models, training, classification, themes, dashboard, drill-down. */
class TextViewModelTest {

    static Dataset cedr() throws Exception {
        Dataset d = new DataImporter().read(Path.of(TextViewModelTest.class.getResource("/dev/glas/core/text/cedr_slice.csv").toURI()));
        return d.withType("text", ColumnType.TEXT).withType("label", ColumnType.CATEGORICAL)
                .withType("source", ColumnType.CATEGORICAL);
    }

    @Test
    void trainClassifyDashboardAndDrillDown(@TempDir Path dir) throws Exception {
        AppState state = new AppState();
        List<RowSelection> opened = new ArrayList<>();
        state.setSelectionOpener(opened::add);
        FakeDialogService dialogs = new FakeDialogService();
        TextViewModel vm = new TextViewModel(state, new SyncTaskRunner(), dialogs);
        state.currentDatasetProperty().set(cedr());
        assertEquals("text", vm.textColumnProperty().get());
        assertTrue(vm.categoryColumns().contains("source"));

        vm.labelColumnProperty().set("label");
        vm.trainTfidf();
        assertEquals(1, vm.models().size(), dialogs.shown().toString());
        assertTrue(vm.messageProperty().get().contains("600"), vm.messageProperty().get());

        vm.classify();
        assertNotNull(vm.lastClassificationProperty().get());
        assertTrue(state.currentDataset().columnNames().contains("text_label"));
        assertTrue(vm.lastClassificationProperty().get().evaluation().macroF1() > 0.8);
        assertEquals("text_label", vm.dashboardLabelProperty().get());
        int total = vm.distribution().stream().mapToInt(TextDashboard.Cell::count).sum();
        assertEquals(600, total);

        vm.heatColumnsProperty().set("label");
        TextDashboard.Crosstab heat = vm.heatmapProperty().get();
        assertNotNull(heat);
        assertEquals("text_label", heat.rowColumn());
        vm.breakdownColumnProperty().set("source");
        assertEquals(3, vm.breakdownProperty().get().rowLabels().size(), "lj, lenta, twitter");
        assertNull(vm.trendProperty().get(), "no date column");

        TextDashboard.Cell cell = vm.distribution().getFirst();
        vm.openCell(cell);
        assertEquals(1, opened.size());
        assertEquals(cell.count(), opened.getFirst().size());
        for (int r : opened.getFirst().rows()) {
            assertEquals(cell.row(), state.currentDataset().table().stringColumn("text_label").get(r));
        }

        vm.kMinProperty().set(3);
        vm.kMaxProperty().set(4);
        vm.cluster();
        assertNotNull(vm.clusteringProperty().get());
        assertFalse(vm.themes().isEmpty());
        vm.renameTheme(0, "Радость");
        assertEquals("Радость", vm.themes().getFirst().nameProperty().get());
        vm.openTheme(0);
        assertEquals(2, opened.size());
        assertTrue(opened.get(1).description().contains("Радость"));
    }

    @Test
    void modelFoldersAreValidated(@TempDir Path dir) throws Exception {
        FakeDialogService dialogs = new FakeDialogService();
        TextViewModel vm = new TextViewModel(new AppState(), new SyncTaskRunner(), dialogs);
        assertTrue(vm.addModelFolder(TestModels.tinyBert()));
        assertTrue(vm.messageProperty().get().contains("neutral, emotional, aggression"), vm.messageProperty().get());
        assertFalse(vm.addModelFolder(dir));
        assertEquals(1, vm.models().size());
        assertEquals(1, dialogs.shown().size());
        assertTrue(vm.messageProperty().get().contains("config.json"), vm.messageProperty().get());
    }
}
