package dev.glas.core.project;

import dev.glas.AppInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Versions of Glas and of the libraries whose behaviour shapes analysis results, for the manifest. */
public final class Versions {

    private static final String[][] LIBS = {
        {"tablesaw", "tech.tablesaw", "tablesaw-core"},
        {"smile", "com.github.haifengl", "smile-core"},
        {"djl", "ai.djl", "api"},
        {"poi", "org.apache.poi", "poi-ooxml"},
        {"jackson", "com.fasterxml.jackson.core", "jackson-databind"},
        {"picocli", "info.picocli", "picocli"},
    };

    private static volatile Map<String, String> cached;

    private Versions() {
    }

    public static String app() {
        return AppInfo.version();
    }

    /** Library name → version (from the jars' Maven metadata; "unknown" when absent). */
    public static Map<String, String> libraries() {
        Map<String, String> c = cached;
        if (c == null) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("java", System.getProperty("java.version"));
            for (String[] lib : LIBS) {
                m.put(lib[0], pomVersion(lib[1], lib[2]));
            }
            c = Map.copyOf(m);
            cached = c;
        }
        return new LinkedHashMap<>(c);
    }

    private static String pomVersion(String group, String artifact) {
        String res = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Versions.class.getResourceAsStream(res)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "unknown";
    }
}
