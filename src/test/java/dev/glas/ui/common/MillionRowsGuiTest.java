package dev.glas.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.data.Dataset;
import dev.glas.ui.GuiTestSupport;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A million-row table: scrolling renders only visible cells, and sorting/filtering run in the background
 * while the FX thread stays responsive.
 */
class MillionRowsGuiTest {

    @BeforeAll
    static void gui() {
        GuiTestSupport.assumeGui();
    }

    @AfterEach
    void tearDown() {
        GuiTestSupport.closeAllWindows();
    }

    @Test
    void scrollsSortsAndFiltersAMillionRows() {
        Dataset big = TestData.big(1_000_000);
        FxTaskRunner tasks = new FxTaskRunner();
        try {
            FakeDialogService dialogs = new FakeDialogService();
            DatasetTableViewModel vm = new DatasetTableViewModel(tasks, dialogs);
            DatasetTableView view = GuiTestSupport.callFx(() -> {
                vm.setDataset(big);
                return new DatasetTableView(vm);
            });
            Stage stage = GuiTestSupport.show(view.node(), 900, 600);
            TableView<Integer> table = view.node();
            assertEquals(1_000_000, (int) GuiTestSupport.callFx(() -> table.getItems().size()));

            // CPU time of the FX thread per jump + layout (wall time on a shared CI box measures the box)
            long cpuPerJumpMs = GuiTestSupport.callFx(() -> {
                var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                long a = mx.getCurrentThreadCpuTime();
                for (int i = 0; i <= 20; i++) {
                    table.scrollTo(i * 49_999);
                    table.layout();
                }
                return (mx.getCurrentThreadCpuTime() - a) / 21 / 1_000_000;
            });
            long t0 = System.nanoTime();
            for (int i = 0; i <= 20; i++) {
                int row = i * 49_999;
                GuiTestSupport.runFx(() -> table.scrollTo(row));
            }
            GuiTestSupport.waitForFx();
            long scrollMs = (System.nanoTime() - t0) / 1_000_000;
            GuiTestSupport.screenshot(stage, "common-million-rows-scrolled");
            assertTrue(cpuPerJumpMs < 100, "a jump across 1M rows costs " + cpuPerJumpMs + " ms of FX-thread CPU");

            long s0 = System.nanoTime();
            // as a header click does: the column becomes the sort order, the table's sort policy asks the VM
            GuiTestSupport.runFx(() -> {
                var x = table.getColumns().get(1);
                x.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
                table.getSortOrder().setAll(x);
            });
            assertEquals("x", GuiTestSupport.callFx(() -> vm.sortColumnProperty().get()));
            long maxLatency = 0;
            while (tasks.activeCount() > 0) {
                long p0 = System.nanoTime();
                GuiTestSupport.runFx(() -> { });
                maxLatency = Math.max(maxLatency, (System.nanoTime() - p0) / 1_000_000);
                GuiTestSupport.sleep(20);
            }
            long sortMs = (System.nanoTime() - s0) / 1_000_000;
            int[] rows = GuiTestSupport.callFx(vm::visibleRows);
            assertTrue(dialogs.errors().isEmpty());
            // the header keeps its sort arrow after the new order arrives
            assertEquals(1, (int) GuiTestSupport.callFx(() -> table.getSortOrder().size()));
            assertEquals("x", GuiTestSupport.callFx(() -> vm.sortColumnProperty().get()));
            assertEquals(999.0, big.table().doubleColumn("x").getDouble(rows[0]));
            assertEquals(0.0, big.table().doubleColumn("x").getDouble(rows[rows.length - 1]));
            assertTrue(sortMs < 20_000, "sort took " + sortMs + " ms");
            assertTrue(maxLatency < 500, "FX thread blocked for " + maxLatency + " ms during the sort");

            GuiTestSupport.runFx(() -> vm.filter("row 99999"));
            GuiTestSupport.waitForTasks(tasks);
            // "row 99999", "row 999990".."row 999999": 11 rows
            assertEquals(11, GuiTestSupport.callFx(vm::visibleRows).length);
            GuiTestSupport.screenshot(stage, "common-million-rows-filtered");
            System.out.printf("1M rows: jump+layout %d ms FX CPU (21 jumps %d ms wall), background sort %d ms,"
                    + " max FX latency during sort %d ms%n", cpuPerJumpMs, scrollMs, sortMs, maxLatency);
        } finally {
            tasks.close();
        }
    }
}
