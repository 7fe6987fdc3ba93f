package dev.glas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.i18n.Messages;
import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void everySampleOpensWithItsRowsAndHasLocalizedTitleAndAttribution() throws Exception {
        int[] expectedRows = {3000, 4000, 3434, 2000};
        int[] expectedColumns = {21, 17, 8, 5};
        for (int i = 0; i < Samples.list().size(); i++) {
            Sample s = Samples.list().get(i);
            Dataset d = Samples.open(s);
            assertEquals(expectedRows[i], d.rowCount(), s.id());
            assertEquals(expectedColumns[i], d.columnCount(), s.id());
            assertTrue(Messages.has(s.titleKey()), s.titleKey());
            assertTrue(Messages.has(s.attributionKey()), s.attributionKey());
        }
    }
}
