package dev.glas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glas.core.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryEstimatorTest {

    @TempDir
    Path dir;
    private Locale saved;

    @BeforeEach
    void english() {
        saved = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(saved);
    }

    @Test
    void memoryEstimateRefusesLoadsThatDoNotFitAndSaysHowMuchIsNeeded() throws Exception {
        Path f = dir.resolve("ten-mb.csv");
        byte[] line = "12345,abcdef,3.14159\n".getBytes();
        try (var out = Files.newOutputStream(f)) {
            for (int i = 0; i < (10 << 20) / line.length; i++) {
                out.write(line);
            }
        }
        ImportSettings s = ImportSettings.defaults(FileFormat.CSV);
        MemoryEstimator.Estimate e = MemoryEstimator.estimate(f, s, 8L << 20);
        assertFalse(e.fits());
        assertTrue(e.neededMb() > 40, "text needs several times its size: " + e.neededMb());
        DataFormatException ex = assertThrows(DataFormatException.class,
                () -> MemoryEstimator.check(f, s, 8L << 20));
        assertEquals("project.memory.too.big", ex.key());
        String msg = ex.getLocalizedMessage();
        assertTrue(msg.contains(e.neededMb() + " MB") && msg.contains("8 MB") && msg.contains("-Xmx"), msg);
        MemoryEstimator.check(f, s, 4L << 30); // fits in 4 GB: no exception
        // an xlsx is judged by its uncompressed sheet XML, not by its compressed size
        Path bomb = dir.resolve("bomb-for-estimate.xlsx");
        HostileInputCorpus.zipBomb(bomb);
        MemoryEstimator.Estimate b = MemoryEstimator.estimate(bomb, ImportSettings.defaults(FileFormat.XLSX), 128L << 20);
        assertTrue(Files.size(bomb) < 2L << 20, "compressed " + Files.size(bomb));
        assertTrue(b.contentBytes() >= 256L << 20, "uncompressed " + b.contentBytes());
        assertFalse(b.fits());
    }
}
