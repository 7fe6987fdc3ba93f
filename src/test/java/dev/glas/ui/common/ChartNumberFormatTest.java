package dev.glas.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;

/** Axis and tooltip numbers in the UI language. */
class ChartNumberFormatTest {

    @Test
    void russianUsesNoBreakSpaceGroupingAndDecimalComma() {
        StringConverter<Number> ru = ChartSupport.numberConverter(Locale.forLanguageTag("ru"));
        assertEquals("14\u00a0000", ru.toString(14_000));
        assertEquals("1\u00a0234\u00a0567,5", ru.toString(1_234_567.5));
        assertEquals("0,25", ru.toString(0.25));
        assertEquals("0,3", ru.toString(0.1 + 0.2));
        assertEquals("-2,5", ru.toString(-2.5));
        assertEquals("0", ru.toString(0));
        assertEquals(14_000.0, ru.fromString("14 000").doubleValue(), 0);
    }

    @Test
    void englishUsesCommaGroupingAndDecimalPoint() {
        StringConverter<Number> en = ChartSupport.numberConverter(Locale.ENGLISH);
        assertEquals("14,000", en.toString(14_000));
        assertEquals("0.25", en.toString(0.25));
        assertEquals("1.5E-5", en.toString(0.000015));
        assertEquals("", en.toString(null));
    }
}
