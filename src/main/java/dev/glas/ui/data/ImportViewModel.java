package dev.glas.ui.data;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.FileFormat;
import dev.glas.core.data.ImportSettings;
import dev.glas.core.data.Preview;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.CancelledException;
import dev.glas.core.task.TaskHandle;
import dev.glas.core.task.TaskRunner;
import dev.glas.ui.common.ErrorText;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import preview: detected settings of a file, each editable, and the first rows read with them plus the
 * inferred type of every column, each overridable. Every change re-reads the preview in the background
 * (a newer request cancels an older one). The result is the settings to read the whole file with.
 */
public final class ImportViewModel {

    /** Rows shown in the preview. */
    public static final int PREVIEW_ROWS = 100;
    /** Delimiters offered (the detected one is added when it is another character). */
    public static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');
    /** Encodings offered. */
    public static final List<String> ENCODINGS = List.of("UTF-8", "windows-1251", "UTF-16", "KOI8-R", "ISO-8859-1");

    private final Path file;
    private final DataImporter importer;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<ImportSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final Map<String, ColumnType> overrides = new LinkedHashMap<>();
    private final BooleanBinding canRead;
    private TaskHandle pending;
    private long generation;

    public ImportViewModel(Path file, DataImporter importer, TaskRunner tasks) {
        this.file = file;
        this.importer = importer;
        this.tasks = tasks;
        canRead = Bindings.createBooleanBinding(() -> preview.get() != null && !busy.get() && error.get().isEmpty(),
                preview, busy, error);
    }

    /** Detects the settings (and Excel sheets), then shows the first preview. */
    public void start() {
        busy.set(true);
        long gen = ++generation;
        pending = tasks.submit("dataview.task.detect", (p, c) -> {
            ImportSettings s = importer.detect(file);
            List<String> names = importer.sheetNames(file);
            return new Detected(s, names);
        }, d -> {
            if (gen != generation) {
                return;
            }
            sheets.setAll(d.sheets());
            ImportSettings s = d.settings();
            if (s.sheet() == null && !d.sheets().isEmpty()) {
                s = s.withSheet(d.sheets().getFirst());
            }
            settings.set(s);
            refresh();
        }, this::fail);
    }

    private record Detected(ImportSettings settings, List<String> sheets) {
    }

    public void setDelimiter(char delimiter) {
        update(settings.get().withDelimiter(delimiter));
    }

    public void setEncoding(String charset) {
        Charset cs;
        try {
            cs = Charset.forName(charset);
        } catch (IllegalArgumentException e) {
            error.set(Messages.get("dataview.import.bad.encoding", charset));
            return;
        }
        update(settings.get().withEncoding(cs));
    }

    public void setHeader(boolean header) {
        update(settings.get().withHeader(header));
    }

    public void setDecimalComma(boolean decimalComma) {
        update(settings.get().withDecimalComma(decimalComma));
    }

    public void setSheet(String sheet) {
        update(settings.get().withSheet(sheet));
    }

    /** Overrides the inferred type of a column (null restores inference). */
    public void setType(String column, ColumnType type) {
        if (type == null) {
            overrides.remove(column);
        } else {
            overrides.put(column, type);
        }
        refresh();
    }

    private void update(ImportSettings s) {
        if (s.equals(settings.get())) {
            return;
        }
        if (s.header() != settings.get().header() || !java.util.Objects.equals(s.sheet(), settings.get().sheet())
                || s.delimiter() != settings.get().delimiter()) {
            overrides.clear(); // column names change
        }
        settings.set(s);
        refresh();
    }

    /** Re-reads the preview with the current settings and type overrides. */
    public void refresh() {
        ImportSettings s = result();
        if (s == null) {
            return;
        }
        if (pending != null && !pending.isDone()) {
            pending.cancel();
        }
        long gen = ++generation;
        busy.set(true);
        pending = tasks.submit("dataview.task.preview", (p, c) -> importer.preview(file, s, PREVIEW_ROWS), pv -> {
            if (gen == generation) {
                busy.set(false);
                error.set("");
                preview.set(pv);
            }
        }, e -> {
            if (gen == generation) {
                fail(e);
            }
        });
    }

    private void fail(Throwable e) {
        if (e instanceof CancelledException) {
            return;
        }
        busy.set(false);
        preview.set(null);
        error.set(ErrorText.describe(e));
    }

    /** The settings to read the whole file with (including the type overrides), or null before detection. */
    public ImportSettings result() {
        ImportSettings s = settings.get();
        return s == null ? null : s.withTypeOverrides(overrides);
    }

    /** Cancels a running preview (the dialog was closed). */
    public void dispose() {
        generation++;
        if (pending != null && !pending.isDone()) {
            pending.cancel();
        }
    }

    public boolean isText() {
        return settings.get() != null && settings.get().format() == FileFormat.CSV;
    }

    public boolean isExcel() {
        FileFormat f = settings.get() == null ? null : settings.get().format();
        return f == FileFormat.XLSX || f == FileFormat.XLS;
    }

    /** Shown name of a delimiter ("Tab" for the tab character). */
    public static String delimiterLabel(char c) {
        return switch (c) {
            case '\t' -> Messages.get("dataview.import.delimiter.tab");
            case ' ' -> Messages.get("dataview.import.delimiter.space");
            default -> String.valueOf(c);
        };
    }

    public Path file() {
        return file;
    }

    public ReadOnlyObjectProperty<ImportSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<String> sheets() {
        return sheets;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canReadBinding() {
        return canRead;
    }
}
