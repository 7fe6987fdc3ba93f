package dev.glas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The dictionary-built string column behaves exactly like one built by appending. */
class StringColumnsTest {

    private static void check(int distinct, int rows) {
        Random rnd = new Random(distinct);
        String[] values = new String[distinct];
        for (int i = 0; i < distinct; i++) {
            values[i] = "v" + i;
        }
        int[] codes = new int[rows];
        int[] counts = new int[distinct];
        StringColumn appended = StringColumn.create("s");
        for (int i = 0; i < rows; i++) {
            int c = i < distinct ? i : rnd.nextInt(distinct + 3) - 3;
            codes[i] = Math.max(c, -1);
            if (codes[i] < 0) {
                appended.appendMissing();
            } else {
                counts[codes[i]]++;
                appended.append(values[codes[i]]);
            }
        }
        StringColumn built = StringColumns.create("s", values, counts, codes);
        assertEquals(appended.size(), built.size());
        assertEquals(appended.countUnique(), built.countUnique());
        assertEquals(appended.countMissing(), built.countMissing());
        for (int i = 0; i < rows; i++) {
            assertEquals(appended.get(i), built.get(i));
            assertEquals(appended.isMissing(i), built.isMissing(i));
        }
        assertEquals(appended.getDictionary().asSet(), built.getDictionary().asSet());
        int checked = 0;
        for (String v : appended.getDictionary().asSet()) {
            // countOccurrences scans the column: check a sample of the values
            if (checked++ < 60) {
                assertEquals(appended.countOccurrences(v), built.countOccurrences(v), v);
            }
        }
        // still appendable, sortable and sliceable
        built.append("new value");
        built.append(values[0]);
        assertEquals("new value", built.get(rows));
        assertEquals(counts[0] + 1, built.countOccurrences(values[0]));
        Table t = Table.create("t", built).sortAscendingOn("s");
        assertEquals(built.size(), t.rowCount());
        assertEquals(3, t.rows(0, 1, 2).rowCount());
    }

    @Test
    void byteShortAndIntDictionaries() {
        check(3, 1000);
        check(254, 3000);
        check(300, 5000);
        check(70_000, 80_000);
    }
}
