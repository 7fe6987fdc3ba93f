package dev.glas.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.glas.core.report.TableExport;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers that the pages show as text become numbers again for copy and export (no toolkit needed). */
class TableDataTest {

    static final Locale RU = Locale.of("ru");

    @Test
    void parsesNumbersAsTheUiShowsThem() {
        assertEquals(0.853, TableData.parseNumber("0,853", RU));
        assertEquals(14000L, TableData.parseNumber("14\u00a0000", RU));
        assertEquals(14000L, TableData.parseNumber("14\u202f000", RU));
        assertEquals(1234567.5, TableData.parseNumber("1 234 567,5", RU));
        assertEquals(-0.25, TableData.parseNumber("\u22120,25", RU), "typographic minus");
        assertEquals(0.25, TableData.parseNumber("+0.25", RU), "Locale.ROOT formatting in a Russian UI");
        assertEquals(14000L, TableData.parseNumber("14,000", Locale.ENGLISH));
        assertEquals(0.5, TableData.parseNumber("0.5", Locale.ENGLISH));
        assertEquals(1234.5, TableData.parseNumber("1,234.5", Locale.ENGLISH));
        assertEquals(1.5e-7, TableData.parseNumber("1.5E-7", Locale.ENGLISH));
        assertNull(TableData.parseNumber("0,853", Locale.ENGLISH), "ambiguous in English: stays text");
        assertNull(TableData.parseNumber("007", RU), "identifiers with leading zeros stay text");
        assertNull(TableData.parseNumber("45%", RU));
        assertNull(TableData.parseNumber("12 / 13", RU));
        assertNull(TableData.parseNumber("k = 3", RU));
        assertNull(TableData.parseNumber("", RU));
        assertEquals(0L, TableData.parseNumber("0", RU));
    }

    @Test
    void valuesKeepTheirTypes() {
        assertEquals(3, TableData.value(3, RU));
        assertEquals(2.5, TableData.value("2,5", RU));
        assertEquals("=cmd", TableData.value("=cmd", RU));
        assertEquals(true, TableData.value(true, RU));
        assertNull(TableData.value(null, RU));
    }

    @Test
    void meanPlusMinusSdBecomesTwoNumberColumns() {
        TableExport.Table t = new TableExport.Table("board", List.of("model", "ROC-AUC", "F1"), List.of(
                Arrays.asList("LR", "0,8412 ± 0,0123", 0.61),
                Arrays.asList("GBM", "0,8500 ± 0,0100", 0.63)));
        TableExport.Table s = TableData.splitPlusMinus(t, RU);
        assertEquals(List.of("model", "ROC-AUC", "ROC-AUC ± sd", "F1"), s.headers());
        assertEquals(List.of("LR", 0.8412, 0.0123, 0.61), s.rows().get(0));
        TableExport.Table mixed = new TableExport.Table("x", List.of("a"), List.of(
                Arrays.<Object>asList("1 ± 2"), Arrays.<Object>asList("text")));
        assertEquals(mixed.headers(), TableData.splitPlusMinus(mixed, RU).headers(), "only whole columns are split");
    }
}
