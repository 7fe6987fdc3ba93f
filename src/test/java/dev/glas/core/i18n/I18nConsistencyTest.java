package dev.glas.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The i18n rules of COMMON.md, for every bundle in {@link Messages#BUNDLES}: both languages have the same
 * keys, keys are unique across bundles, and every key is used in {@code src/main/java} as a string literal
 * (a computed key is allowed when a literal prefix of it ending in {@code .}, such as {@code "type."}, is in
 * the code). Also: no key is defined twice in one file and every pattern is a valid MessageFormat.
 */
class I18nConsistencyTest {

    private static final List<String> LANGUAGES = List.of("ru", "en");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern KEY_PREFIX = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*\\.");

    private static Set<String> literals;

    @BeforeAll
    static void scanSources() throws IOException {
        literals = new HashSet<>();
        Path src = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = LITERAL.matcher(code);
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
    }

    private static String resource(String bundle, String lang) {
        return "/" + bundle.replace('.', '/') + "_" + lang + ".properties";
    }

    private static Properties load(String bundle, String lang) throws IOException {
        try (InputStream in = I18nConsistencyTest.class.getResourceAsStream(resource(bundle, lang))) {
            if (in == null) {
                fail("missing bundle file " + resource(bundle, lang));
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return p;
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : Messages.BUNDLES) {
            Set<String> ru = load(bundle, "ru").stringPropertyNames();
            Set<String> en = load(bundle, "en").stringPropertyNames();
            Set<String> onlyRu = new TreeSet<>(ru);
            onlyRu.removeAll(en);
            Set<String> onlyEn = new TreeSet<>(en);
            onlyEn.removeAll(ru);
            if (!onlyRu.isEmpty()) {
                problems.add(bundle + ": only in ru: " + onlyRu);
            }
            if (!onlyEn.isEmpty()) {
                problems.add(bundle + ": only in en: " + onlyEn);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void keysAreUniqueAcrossBundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String bundle : Messages.BUNDLES) {
            for (String key : load(bundle, "en").stringPropertyNames()) {
                String previous = owner.putIfAbsent(key, bundle);
                if (previous != null) {
                    problems.add(key + " is in " + previous + " and " + bundle);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noKeyIsDefinedTwiceInOneFile() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : Messages.BUNDLES) {
            for (String lang : LANGUAGES) {
                try (InputStream in = I18nConsistencyTest.class.getResourceAsStream(resource(bundle, lang))) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    Set<String> seen = new HashSet<>();
                    for (String line : text.split("\\R")) {
                        String l = line.strip();
                        if (l.isEmpty() || l.startsWith("#") || l.startsWith("!") || !l.contains("=")) {
                            continue;
                        }
                        String key = l.substring(0, l.indexOf('=')).strip();
                        if (!seen.add(key)) {
                            problems.add(resource(bundle, lang) + ": " + key);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyKeyIsUsedInTheCode() throws IOException {
        Set<String> prefixes = new HashSet<>();
        for (String l : literals) {
            if (KEY_PREFIX.matcher(l).matches()) {
                prefixes.add(l);
            }
        }
        List<String> unused = new ArrayList<>();
        for (String bundle : Messages.BUNDLES) {
            for (String key : new TreeSet<>(load(bundle, "en").stringPropertyNames())) {
                boolean used = literals.contains(key) || prefixes.stream().anyMatch(key::startsWith);
                if (!used) {
                    unused.add(bundle + ": " + key);
                }
            }
        }
        assertEquals(List.of(), unused, "keys not used in src/main/java (remove them or use them)");
    }

    @Test
    void everyPatternIsAValidMessageFormat() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : Messages.BUNDLES) {
            for (String lang : LANGUAGES) {
                Properties p = load(bundle, lang);
                for (String key : p.stringPropertyNames()) {
                    String v = p.getProperty(key);
                    try {
                        new MessageFormat(v, Locale.of(lang));
                    } catch (IllegalArgumentException e) {
                        problems.add(lang + " " + key + ": " + e.getMessage());
                    }
                    if (v.isBlank()) {
                        problems.add(lang + " " + key + ": empty text");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void messagesResolveInBothLanguages() {
        Locale before = Messages.locale();
        try {
            Messages.setLocale(Messages.RUSSIAN);
            assertTrue(Messages.has("app.title"));
            Messages.setLocale(Messages.ENGLISH);
            assertTrue(Messages.has("app.title"));
        } finally {
            Messages.setLocale(before);
        }
    }
}
