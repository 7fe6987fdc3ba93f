package dev.glas.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The two-halves parallel scan gives exactly the sequential result, also when the split falls in quotes. */
class CsvScannerTest {

    private static byte[] big(boolean multilineInMiddle, boolean raggedLate) {
        StringBuilder sb = new StringBuilder("id,text,x\n");
        int rows = 250_000;
        for (int i = 0; i < rows; i++) {
            sb.append(i).append(',');
            if (multilineInMiddle && i > rows / 2 - 3000 && i < rows / 2 + 3000) {
                // long quoted fields with line breaks around the middle of the file
                sb.append("\"line a ").append(i).append("\nline b, \"\"quoted\"\"\nline c\"");
            } else {
                sb.append("text ").append(i % 97);
            }
            sb.append(',').append(i * 0.5);
            if (raggedLate && i == rows - 10) {
                sb.append(",extra");
            }
            sb.append('\n');
        }
        byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(b.length > CsvScanner.PARALLEL_BYTES);
        return b;
    }

    private static void same(byte[] b) throws Exception {
        RawColumns par = CsvScanner.scan("t", b, 0, b.length, (byte) ',', StandardCharsets.UTF_8,
                Integer.MAX_VALUE, false, Progress.NONE, Cancellation.NEVER);
        RawColumns seq = CsvScanner.scan("t", b, 0, b.length, (byte) ',', StandardCharsets.UTF_8,
                Integer.MAX_VALUE - 1, false, Progress.NONE, Cancellation.NEVER);
        assertEquals(seq.rows, par.rows);
        assertArrayEquals(java.util.Arrays.copyOf(seq.lines, seq.rows), java.util.Arrays.copyOf(par.lines, par.rows));
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(java.util.Arrays.copyOf(seq.starts[c], seq.rows),
                    java.util.Arrays.copyOf(par.starts[c], par.rows));
            assertArrayEquals(java.util.Arrays.copyOf(seq.ends[c], seq.rows),
                    java.util.Arrays.copyOf(par.ends[c], par.rows));
        }
    }

    @Test
    void parallelEqualsSequential() throws Exception {
        same(big(false, false));
        same(big(true, false));
    }

    @Test
    void errorsInTheSecondHalfNameTheRightLine() {
        byte[] b = big(true, true);
        DataFormatException e = assertThrows(DataFormatException.class, () -> CsvScanner.scan("t", b, 0, b.length,
                (byte) ',', StandardCharsets.UTF_8, Integer.MAX_VALUE, false, Progress.NONE, Cancellation.NEVER));
        assertEquals("data.error.ragged", e.key());
        // 1 header line + 249,990 records before it, 6,000 - 1 of them with 2 extra lines each
        assertEquals(1 + 249_990 + 2L * 5_999 + 1, e.row());
    }
}
