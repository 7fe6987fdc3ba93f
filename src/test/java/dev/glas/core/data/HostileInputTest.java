package dev.glas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.glas.core.i18n.LocalizedException;
import dev.glas.core.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the {@link HostileInputCorpus} goes through {@link DataImporter#read(Path)} within 10 seconds and
 * ends in a correct import or a clear localized error — never a crash, hang or OutOfMemoryError.
 */
class HostileInputTest {

    @TempDir
    static Path dir;
    private static Locale saved;

    @BeforeAll
    static void english() {
        saved = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterAll
    static void restore() {
        Messages.setLocale(saved);
    }

    static List<HostileInputCorpus.Case> cases() {
        return HostileInputCorpus.cases();
    }

    @Test
    void corpusHasAtLeastFortyDistinctFiles() {
        List<HostileInputCorpus.Case> all = cases();
        assertTrue(all.size() >= 40, "cases: " + all.size());
        Set<String> names = all.stream().map(HostileInputCorpus.Case::name).collect(Collectors.toSet());
        assertEquals(all.size(), names.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importGivesResultOrClearError(HostileInputCorpus.Case c) throws Exception {
        Path file = dir.resolve(c.name());
        c.writer().write(file);
        Object outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                return new DataImporter().read(file);
            } catch (LocalizedException e) {
                return e;
            } catch (OutOfMemoryError e) {
                return new AssertionError("OutOfMemoryError on " + c.name(), e);
            } catch (Throwable t) {
                return new AssertionError("unexpected " + t + " on " + c.name(), t);
            }
        }, () -> c.name() + " took longer than 10 s");
        try {
            switch (outcome) {
                case AssertionError e -> throw e;
                case LocalizedException e -> {
                    assertNotEquals(HostileInputCorpus.Expect.OK, c.expect(),
                            c.name() + " should import but failed: " + e.getLocalizedMessage());
                    String msg = e.getLocalizedMessage();
                    assertTrue(Messages.has(e.key()), "message key exists: " + e.key());
                    assertFalse(msg.isBlank() || msg.startsWith("!"), "clear message: " + msg);
                    Messages.setLocale(Messages.RUSSIAN);
                    String ru = e.getLocalizedMessage();
                    Messages.setLocale(Locale.ENGLISH);
                    assertFalse(ru.startsWith("!"), "Russian message: " + ru);
                }
                case Dataset d -> {
                    assertNotEquals(HostileInputCorpus.Expect.ERROR, c.expect(),
                            c.name() + " should be refused but imported " + d.rowCount() + " rows");
                    if (c.check() != null) {
                        c.check().verify(d);
                    }
                }
                default -> fail("unexpected outcome " + outcome);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
