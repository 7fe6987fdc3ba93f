package dev.glas.ui.shell;

import dev.glas.AppInfo;
import dev.glas.core.data.Dataset;
import dev.glas.core.i18n.Messages;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.DialogService;
import dev.glas.ui.common.FileType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state and commands: the current page, opening files and samples, recent files, the
 * language and the status line. Opening a file is delegated to the Data area (import preview + reading).
 */
public final class MainViewModel {

    /** A bundled sample on the start page and in the menu. */
    public record SampleItem(String title, String attribution, Runnable open) {
    }

    private final AppState state;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>(this, "area", Area.START);
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<SampleItem> samples = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringBinding windowTitle;
    private Consumer<Path> fileOpener = p -> { };
    private Runnable languageChanged = () -> { };

    public MainViewModel(AppState state, DialogService dialogs, AppSettings settings) {
        this.state = state;
        this.dialogs = dialogs;
        this.settings = settings;
        recentFiles.setAll(settings.recentFiles());
        windowTitle = Bindings.createStringBinding(() -> {
            Dataset d = state.currentDataset();
            return d == null ? Messages.get("app.title") : Messages.get("app.title.with.file", d.name());
        }, state.currentDatasetProperty());
        state.currentDatasetProperty().addListener((o, old, d) -> {
            updateStatus();
            if (d != null && area.get() == Area.START) {
                area.set(Area.DATA);
            }
        });
    }

    private void updateStatus() {
        Dataset d = state.currentDataset();
        status.set(d == null ? "" : Messages.get("status.dataset", d.name(), d.rowCount(), d.columnCount()));
    }

    /** Set by the wiring: how a file is opened (import preview, then a background read). */
    public void setFileOpener(Consumer<Path> opener) {
        this.fileOpener = Objects.requireNonNull(opener);
    }

    /** Set by the wiring: rebuild the window after the language changed. */
    public void setOnLanguageChanged(Runnable r) {
        this.languageChanged = Objects.requireNonNull(r);
    }

    public void setSamples(List<SampleItem> items) {
        samples.setAll(items);
    }

    public void chooseAndOpenFile() {
        dialogs.chooseOpenFile(Messages.get("menu.open.title"), List.of(FileType.DATA, FileType.ALL))
                .ifPresent(this::openFile);
    }

    /** Opens a file (menu, recent list, drag & drop); a missing file is reported and removed from recents. */
    public void openFile(Path file) {
        if (!Files.isRegularFile(file)) {
            dialogs.showError(Messages.get("menu.open.title"), new java.nio.file.NoSuchFileException(file.toString()));
            recentFiles.remove(file);
            persistRecent();
            return;
        }
        remember(file);
        fileOpener.accept(file);
    }

    /** Opens the first of several dropped files that Glas can read. */
    public boolean openDropped(List<Path> files) {
        for (Path f : files) {
            if (Files.isRegularFile(f) && isDataFile(f)) {
                openFile(f);
                return true;
            }
        }
        if (!files.isEmpty()) {
            dialogs.showInfo(Messages.get("menu.open.title"), Messages.get("drop.unsupported",
                    files.getFirst().getFileName()));
        }
        return false;
    }

    public static boolean isDataFile(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot > 0 && FileType.DATA.extensions().contains(n.substring(dot + 1));
    }

    void remember(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recentFiles);
        list.remove(abs);
        list.addFirst(abs);
        while (list.size() > AppSettings.MAX_RECENT) {
            list.removeLast();
        }
        recentFiles.setAll(list);
        persistRecent();
    }

    public void clearRecentFiles() {
        recentFiles.clear();
        persistRecent();
    }

    private void persistRecent() {
        settings.setRecentFiles(recentFiles);
        settings.save();
    }

    /**
     * Switches the UI language after the analyst confirms (the window is rebuilt; the open dataset and
     * saved segments are kept). Returns whether the language changed.
     */
    public boolean changeLanguage(Locale locale) {
        if (locale.getLanguage().equals(Messages.locale().getLanguage())) {
            return false;
        }
        String question = Messages.get("settings.language.confirm");
        if (!dialogs.confirm(Messages.get("settings.title"), question)) {
            return false;
        }
        applyLanguage(locale);
        return true;
    }

    /** Switches the language without asking (after confirmation, or from tests) and rebuilds the window. */
    public void applyLanguage(Locale locale) {
        settings.setLanguage(locale);
        settings.save();
        Messages.setLocale(locale);
        updateStatus();
        windowTitle.invalidate();
        languageChanged.run();
    }

    /** Attribution lines of the bundled sample data, for the About dialog. */
    public List<String> dataAttributions() {
        return samples.stream().map(s -> s.title() + " — " + s.attribution()).toList();
    }

    public String aboutText() {
        return Messages.get("about.version", AppInfo.version(), System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "?"));
    }

    public ObjectProperty<Area> areaProperty() {
        return area;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public ObservableList<SampleItem> samples() {
        return samples;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringBinding windowTitle() {
        return windowTitle;
    }

    public AppState state() {
        return state;
    }
}
