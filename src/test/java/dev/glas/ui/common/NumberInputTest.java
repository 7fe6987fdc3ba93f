package dev.glas.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.i18n.Messages;
import java.util.Locale;
import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Numbers typed in the UI language: both decimal separators, a localized inline error, never an exception. */
class NumberInputTest {

    @AfterEach
    void locale() {
        Messages.setLocale(Messages.defaultLocale());
    }

    @Test
    void parsesCommaAndPointDecimalsAndGroups() {
        assertEquals(1.5, NumberInput.parse("1,5"));
        assertEquals(1.5, NumberInput.parse("1.5"));
        assertEquals(1.5, NumberInput.parse(" 1,5 "));
        assertEquals(1500.0, NumberInput.parse("1 500"));
        assertEquals(1500.25, NumberInput.parse("1\u00a0500,25"));
        assertEquals(1000.5, NumberInput.parse("1.000,5"));
        assertEquals(1000.5, NumberInput.parse("1,000.5"));
        assertEquals(-2.0, NumberInput.parse("−2"));
        assertEquals(2e3, NumberInput.parse("2e3"));
        for (String bad : new String[] {"", "abc", "1,2,3", "1.2.3", "--1", "1-", "NaN", "Infinity", "1e999"}) {
            assertNull(NumberInput.parse(bad), bad);
        }
        assertNull(NumberInput.parse(null));
    }

    @Test
    void formatsInTheUiLanguage() {
        Messages.setLocale(Locale.of("ru"));
        assertEquals("1,5", NumberInput.format(1.5));
        assertEquals("1500", NumberInput.format(1500));
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("1.5", NumberInput.format(1.5));
        assertEquals("1500", NumberInput.format(1500));
    }

    @Test
    void badTextKeepsTheValueAndSaysWhyInRussian() {
        Messages.setLocale(Locale.of("ru"));
        SimpleDoubleProperty cost = new SimpleDoubleProperty(500);
        NumberInput in = new NumberInput(cost, "churn.ui.cost.missed", 0, "churn.ui.cost.invalid");
        assertEquals("500", in.textProperty().get());
        in.textProperty().set("1,5");
        assertEquals(1.5, cost.get());
        assertEquals("", in.errorProperty().get());
        in.textProperty().set("1.5e");
        assertEquals(1.5, cost.get());
        String err = in.errorProperty().get();
        assertTrue(err.contains("«1.5e»") && err.contains(Messages.get("churn.ui.cost.missed")) && err.contains("1,5"),
                err);
        in.textProperty().set("-3");
        assertEquals(1.5, cost.get());
        assertTrue(in.errorProperty().get().contains("не меньше 0"), in.errorProperty().get());
        in.textProperty().set("2 000,75");
        assertEquals(2000.75, cost.get());
        assertEquals("", in.errorProperty().get());
        assertEquals("2 000,75", in.textProperty().get()); // the analyst's text is kept as typed
        cost.set(12.5); // e.g. restored from a project
        assertEquals("12,5", in.textProperty().get());
        assertEquals("", in.errorProperty().get());
    }
}
