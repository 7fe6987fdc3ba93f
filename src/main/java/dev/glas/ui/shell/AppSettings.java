package dev.glas.ui.shell;

import dev.glas.core.i18n.Messages;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * User preferences that persist between runs: language, window geometry and recent files, in
 * {@code settings.properties} under the user's configuration directory ({@code ~/.config/glas} on Linux,
 * {@code %APPDATA%\Glas} on Windows, {@code ~/Library/Application Support/Glas} on macOS). The system
 * property {@code glas.config.dir} overrides the directory (tests point it at a temporary folder).
 */
public final class AppSettings {

    public static final int MAX_RECENT = 10;

    /** Window bounds in screen coordinates. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    private final Path file;
    private final Properties props = new Properties();
    private volatile java.util.concurrent.Executor writer;

    public AppSettings(Path directory) {
        this.file = directory.resolve("settings.properties");
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("Glas: settings ignored (" + e.getMessage() + ")");
                props.clear();
            }
        }
    }

    /** Settings in the default directory (see class comment). */
    public static AppSettings load() {
        return new AppSettings(defaultDirectory());
    }

    public static Path defaultDirectory() {
        String override = System.getProperty("glas.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return appData != null ? Path.of(appData, "Glas") : Path.of(home, "AppData", "Roaming", "Glas");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Glas");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "glas") : Path.of(home, ".config", "glas");
    }

    public Path file() {
        return file;
    }

    /** The chosen UI language, or the OS default (Russian for a Russian OS, English otherwise). */
    public Locale language() {
        String l = props.getProperty("language");
        if ("ru".equals(l)) {
            return Messages.RUSSIAN;
        }
        if ("en".equals(l)) {
            return Messages.ENGLISH;
        }
        return Messages.defaultLocale();
    }

    public void setLanguage(Locale locale) {
        props.setProperty("language", "ru".equals(locale.getLanguage()) ? "ru" : "en");
    }

    public Optional<WindowBounds> windowBounds() {
        try {
            double w = Double.parseDouble(props.getProperty("window.width", ""));
            double h = Double.parseDouble(props.getProperty("window.height", ""));
            double x = Double.parseDouble(props.getProperty("window.x", "NaN"));
            double y = Double.parseDouble(props.getProperty("window.y", "NaN"));
            boolean max = Boolean.parseBoolean(props.getProperty("window.maximized", "false"));
            if (w < 200 || h < 150 || Double.isNaN(w) || Double.isNaN(h)) {
                return Optional.empty();
            }
            return Optional.of(new WindowBounds(x, y, w, h, max));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setWindowBounds(WindowBounds b) {
        props.setProperty("window.x", Double.toString(b.x()));
        props.setProperty("window.y", Double.toString(b.y()));
        props.setProperty("window.width", Double.toString(b.width()));
        props.setProperty("window.height", Double.toString(b.height()));
        props.setProperty("window.maximized", Boolean.toString(b.maximized()));
    }

    /** Recently opened files, most recent first. */
    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = props.getProperty("recent." + i);
            if (p != null && !p.isBlank()) {
                try {
                    out.add(Path.of(p));
                } catch (RuntimeException ignored) {
                    // an unreadable entry is dropped
                }
            }
        }
        return out;
    }

    public void setRecentFiles(List<Path> files) {
        for (int i = 0; i < MAX_RECENT; i++) {
            props.remove("recent." + i);
        }
        for (int i = 0; i < Math.min(MAX_RECENT, files.size()); i++) {
            props.setProperty("recent." + i, files.get(i).toAbsolutePath().toString());
        }
    }

    /**
     * From now on {@link #save()} writes on this executor (the GUI passes a background thread, so that the FX
     * thread does no file I/O); {@code null} writes on the caller's thread.
     */
    public void setWriter(java.util.concurrent.Executor executor) {
        this.writer = executor;
    }

    /** Writes the settings atomically; failures are logged, never shown (preferences are not data). */
    public void save() {
        java.util.concurrent.Executor w = writer;
        if (w == null) {
            write(snapshot());
        } else {
            Properties copy = snapshot();
            w.execute(() -> write(copy));
        }
    }

    /** Writes now on the caller's thread (application exit). */
    public void saveNow() {
        write(snapshot());
    }

    private Properties snapshot() {
        Properties copy = new Properties();
        copy.putAll(props); // Properties is a synchronized Hashtable
        return copy;
    }

    private void write(Properties data) {
        synchronized (file) {
            writeLocked(data);
        }
    }

    private void writeLocked(Properties data) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("settings.properties.tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                data.store(w, "Glas settings");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            System.err.println("Glas: could not save settings to " + file + ": " + e.getMessage());
        }
    }

}
