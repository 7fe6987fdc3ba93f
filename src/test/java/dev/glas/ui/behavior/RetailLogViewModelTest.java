package dev.glas.ui.behavior;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glas.core.data.DataImporter;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.SyncTaskRunner;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.FakeDialogService;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * QA: an analyst opens a real purchase log (Online Retail slice, CustomerID with blanks, InvoiceDate
 * {@code yyyy-MM-dd HH:mm:ss}) on the behaviour page without touching the mapping: the guesses pick the
 * right columns and the numbers equal the pandas reference of {@code retail_expected_summary.json}.
 */
class RetailLogViewModelTest {

    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Messages.defaultLocale());
    }

    @Test
    void guessesTheRetailColumnsAndMatchesPandas() throws Exception {
        BehaviorViewModel vm = new BehaviorViewModel(new AppState(), new SyncTaskRunner(), dialogs,
                new DataImporter());
        vm.loadEvents(BehaviorViewModelTest.resource("retail_slice.csv"));
        assertEquals("CustomerID", vm.userProperty().get());
        assertEquals("InvoiceDate", vm.timeProperty().get());
        assertEquals("", vm.sessionProperty().get());
        // the event: a product column (Description or StockCode), never the invoice or the country
        assertTrue(List.of("Description", "StockCode").contains(vm.eventProperty().get()),
                vm.eventProperty().get());
        vm.eventProperty().set("Description");
        vm.analyze();
        assertEquals(List.of(), dialogs.errors());
        JsonNode ref = new ObjectMapper().readTree(
                BehaviorViewModelTest.resource("retail_expected_summary.json").toFile());
        var r = vm.outcomeProperty().get().result();
        assertEquals(ref.get("events").asInt(), r.log().size());
        assertEquals(ref.get("users").asInt(), r.features().users());
        assertEquals(ref.get("sessions").asInt(), r.sessions().count());
        int[] byHour = IntStream.range(0, 24).map(h -> ref.get("by_hour").get(h).asInt()).toArray();
        assertArrayEquals(byHour, r.byHour());
    }
}
