package dev.glas.core.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MappingGuessTest {

    @Test
    void guessesGeneratedAppLog() throws Exception {
        EventLogReader.Head h = EventLogReader.head(BehaviorReferenceTest.resource("gen5k_events.csv"), 200);
        MappingGuess.LogGuess g = MappingGuess.guessLog(h.columns(), h.rows());
        assertEquals("user_id", g.user());
        assertEquals("timestamp", g.time());
        assertEquals(TimeFormat.ISO, g.timeFormat());
        assertEquals("event", g.event());
        assertEquals("device_maker", g.deviceMaker());
        assertEquals("device_model", g.deviceModel());
        assertEquals("os", g.os());
        assertNull(g.session());
        EventLogReader.Head s = EventLogReader.head(BehaviorReferenceTest.resource("gen5k_socdem.csv"), 50);
        assertEquals(new MappingGuess.SocdemGuess("user_id", "gender", "age"),
                MappingGuess.guessSocdem(s.columns(), s.rows()));
    }

    @Test
    void guessesOnlineRetailAndRussianNames() throws Exception {
        EventLogReader.Head h = EventLogReader.head(BehaviorReferenceTest.resource("retail_slice.csv"), 200);
        MappingGuess.LogGuess g = MappingGuess.guessLog(h.columns(), h.rows());
        assertEquals("CustomerID", g.user());
        assertEquals("InvoiceDate", g.time());
        assertEquals("Description", g.event());
        MappingGuess.LogGuess ru = MappingGuess.guessLog(
                java.util.List.of("Клиент", "Дата события", "Событие", "Сессия", "Модель"),
                java.util.List.of(java.util.List.of("1", "31.01.2025 10:00", "вход", "s", "A54")));
        assertEquals("Клиент", ru.user());
        assertEquals("Дата события", ru.time());
        assertEquals(TimeFormat.DMY_DOT, ru.timeFormat());
        assertEquals("Событие", ru.event());
        assertEquals("Сессия", ru.session());
        assertEquals("Модель", ru.deviceModel());
        assertEquals(new MappingGuess.SocdemGuess("client_id", "Пол", "Возраст"),
                MappingGuess.guessSocdem(java.util.List.of("client_id", "Пол", "Возраст", "Регион"),
                        java.util.List.of()));
    }
}
