package dev.glas.ui.data;

import dev.glas.core.data.ColumnProfile;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.DatasetProfile;
import dev.glas.core.data.Histogram;
import dev.glas.core.data.ImportSettings;
import dev.glas.core.data.Profiler;
import dev.glas.core.data.RowOrder;
import dev.glas.core.data.RowSelection;
import dev.glas.core.data.Sample;
import dev.glas.core.data.Samples;
import dev.glas.core.data.ValueFormat;
import dev.glas.core.data.ValueCount;
import dev.glas.core.i18n.Messages;
import dev.glas.core.task.CancelledException;
import dev.glas.core.task.TaskHandle;
import dev.glas.core.task.TaskRunner;
import dev.glas.ui.common.AppState;
import dev.glas.ui.common.DatasetTableViewModel;
import dev.glas.ui.common.DialogService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Data area: opening files (through the import preview) and samples, the table over the current dataset
 * and the column profiles with drill-down from histogram bars and top values to the rows behind them.
 */
public final class DataViewModel {

    /** One line of the profile panel. */
    public record Stat(String label, String value) {
    }

    /** A bar of the profile chart: label, count, and how to open its rows. */
    public record Bar(String label, int count, Runnable drill) {
    }

    private final AppState state;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final DataImporter importer;
    private final DatasetTableViewModel table;
    private final ReadOnlyObjectWrapper<DatasetProfile> profile = new ReadOnlyObjectWrapper<>(this, "profile");
    private final ReadOnlyObjectWrapper<ColumnProfile> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper profiling = new ReadOnlyBooleanWrapper(this, "profiling");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private Function<ImportViewModel, Optional<ImportSettings>> importPresenter = vm -> Optional.ofNullable(vm.result());
    private TaskHandle profileTask;

    public DataViewModel(AppState state, TaskRunner tasks, DialogService dialogs, DataImporter importer) {
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.importer = importer;
        this.table = new DatasetTableViewModel(tasks, dialogs);
        state.currentDatasetProperty().subscribe(this::onDataset);
    }

    /** Set by the view: shows the import preview and returns the confirmed settings (empty = cancelled). */
    public void setImportPresenter(Function<ImportViewModel, Optional<ImportSettings>> presenter) {
        this.importPresenter = Objects.requireNonNull(presenter);
    }

    /** Import preview, then reading the whole file in the background; the result becomes the current dataset. */
    public void openFile(Path file) {
        ImportViewModel preview = new ImportViewModel(file, importer, tasks);
        preview.start();
        Optional<ImportSettings> chosen = importPresenter.apply(preview);
        preview.dispose();
        chosen.ifPresent(settings -> read(file, settings));
    }

    void read(Path file, ImportSettings settings) {
        loading.set(true);
        tasks.submit("dataview.task.read", (p, c) -> importer.read(file, settings, p, c), d -> {
            loading.set(false);
            state.currentDatasetProperty().set(d);
        }, e -> {
            loading.set(false);
            if (!(e instanceof CancelledException)) {
                dialogs.showError(Messages.get("dataview.error.open", file.getFileName()), e);
            }
        });
    }

    public void openSample(Sample sample) {
        loading.set(true);
        tasks.submit("dataview.task.sample", (p, c) -> Samples.open(sample), d -> {
            loading.set(false);
            state.currentDatasetProperty().set(d);
        }, e -> {
            loading.set(false);
            if (!(e instanceof CancelledException)) {
                dialogs.showError(Messages.get("dataview.error.open", Messages.get(sample.titleKey())), e);
            }
        });
    }

    private void onDataset(Dataset d) {
        if (profileTask != null && !profileTask.isDone()) {
            profileTask.cancel();
        }
        table.setDataset(d);
        profile.set(null);
        selected.set(null);
        if (d == null) {
            return;
        }
        profiling.set(true);
        profileTask = tasks.submit("dataview.task.profile", (p, c) -> Profiler.profile(d, p, c), prof -> {
            if (state.currentDataset() == d) {
                profiling.set(false);
                profile.set(prof);
                if (!prof.columns().isEmpty()) {
                    selected.set(prof.columns().getFirst());
                }
            }
        }, e -> {
            if (state.currentDataset() == d) {
                profiling.set(false);
            }
            if (!(e instanceof CancelledException)) {
                dialogs.showError(Messages.get("dataview.error.profile"), e);
            }
        });
    }

    /** Re-reads the UI language after it changed (the views are rebuilt; this state lives on). */
    public void relocalize() {
        table.relocalize();
    }

    public void selectColumn(String name) {
        DatasetProfile p = profile.get();
        if (p != null && name != null && p.columns().stream().anyMatch(c -> c.name().equals(name))) {
            ColumnProfile c = p.column(name);
            if (c != selected.get()) {
                selected.set(c);
            }
        }
    }

    /** The summary lines of a column profile, formatted for the UI language. */
    public List<Stat> stats(ColumnProfile c) {
        ValueFormat f = ValueFormat.forLocale(Messages.locale());
        List<Stat> out = new ArrayList<>();
        out.add(new Stat(Messages.get("dataview.profile.type"), Messages.get(c.type().messageKey())));
        out.add(new Stat(Messages.get("dataview.profile.count"), Messages.get("dataview.number", c.count())));
        out.add(new Stat(Messages.get("dataview.profile.missing"), Messages.get("dataview.profile.missing.value",
                c.missing(), c.missingPercent())));
        out.add(new Stat(Messages.get("dataview.profile.distinct"), Messages.get("dataview.number", c.distinct())));
        if (c.mean() != null) {
            out.add(new Stat(Messages.get("dataview.profile.min"), number(f, c.min())));
            out.add(new Stat(Messages.get("dataview.profile.max"), number(f, c.max())));
            out.add(new Stat(Messages.get("dataview.profile.mean"), number(f, c.mean())));
            out.add(new Stat(Messages.get("dataview.profile.median"), number(f, c.median())));
            out.add(new Stat(Messages.get("dataview.profile.std"), number(f, c.std())));
        } else if (c.minText() != null) {
            out.add(new Stat(Messages.get("dataview.profile.min"), c.minText()));
            out.add(new Stat(Messages.get("dataview.profile.max"), c.maxText()));
        }
        return out;
    }

    private static String number(ValueFormat f, Double v) {
        return v == null ? "—" : f.number(Math.abs(v) >= 1000 || v == Math.rint(v) ? v : round(v));
    }

    private static double round(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).doubleValue();
    }

    /** Bars of the column's chart: histogram bins for numbers and dates, top values otherwise; missing last. */
    public List<Bar> bars(ColumnProfile c) {
        Dataset d = state.currentDataset();
        List<Bar> out = new ArrayList<>();
        if (d == null) {
            return out;
        }
        Histogram h = c.histogram();
        if (h != null) {
            double[] e = h.edges();
            int[] counts = h.counts();
            for (int i = 0; i < counts.length; i++) {
                int bin = i;
                String label = binLabel(c, e[i]);
                String description = Messages.get("dataview.drill.range", c.name(), binLabel(c, e[i]),
                        binLabel(c, e[i + 1]));
                out.add(new Bar(label, counts[i], () -> drill(d, description,
                        () -> RowOrder.rowsInBin(d, c.name(), h, bin))));
            }
        } else if (c.topValues().stream().anyMatch(v -> v.count() > 1)) {
            ValueFormat f = ValueFormat.forLocale(Messages.locale());
            for (ValueCount v : c.topValues()) {
                String shown = c.type() == dev.glas.core.data.ColumnType.BOOLEAN ? f.boolText(v.value()) : v.value();
                String description = Messages.get("dataview.drill.value", c.name(), shown);
                out.add(new Bar(shown, v.count(), () -> drill(d, description,
                        () -> RowOrder.rowsWithValue(d, c.name(), v.value()))));
            }
        }
        return out;
    }

    /** Opens the rows the table shows now (after the quick filter) as a drill-down. */
    public void openVisibleRows() {
        Dataset d = state.currentDataset();
        if (d == null) {
            return;
        }
        String filter = table.filterTextProperty().get();
        String description = filter.isBlank() ? Messages.get("dataview.drill.all", d.name())
                : Messages.get("dataview.drill.filter", filter.strip());
        int[] rows = table.visibleRows();
        drill(d, description, () -> rows);
    }

    /** Opens the given dataset rows (selected in the table) as a drill-down. */
    public void openRows(int[] rows) {
        Dataset d = state.currentDataset();
        if (d != null && rows.length > 0) {
            drill(d, Messages.get("dataview.drill.selected", rows.length), () -> rows);
        }
    }

    /** Opens the rows where the column is missing. */
    public void drillMissing(ColumnProfile c) {
        Dataset d = state.currentDataset();
        if (d != null && c.missing() > 0) {
            drill(d, Messages.get("dataview.drill.missing", c.name()), () -> RowOrder.rowsMissing(d, c.name()));
        }
    }

    private void drill(Dataset d, String description, java.util.function.Supplier<int[]> rows) {
        tasks.submit("dataview.task.drill", (p, c) -> RowSelection.of(d, rows.get(), description),
                state::openSelection, e -> dialogs.showError(Messages.get("dataview.error.drill"), e));
    }

    static String binLabel(ColumnProfile c, double edge) {
        ValueFormat f = ValueFormat.forLocale(Messages.locale());
        return switch (c.type()) {
            case DATE -> Messages.locale().getLanguage().equals("ru")
                    ? LocalDate.ofEpochDay((long) Math.floor(edge)).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                    : LocalDate.ofEpochDay((long) Math.floor(edge)).toString();
            case DATETIME -> LocalDateTime.ofEpochSecond((long) Math.floor(edge), 0, ZoneOffset.UTC).toLocalDate()
                    .format(java.time.format.DateTimeFormatter.ofPattern(
                            Messages.locale().getLanguage().equals("ru") ? "dd.MM.yyyy" : "yyyy-MM-dd"));
            default -> f.number(Math.abs(edge) >= 100 ? Math.round(edge * 10) / 10.0 : round(edge));
        };
    }

    public DatasetTableViewModel table() {
        return table;
    }

    public AppState state() {
        return state;
    }

    public ReadOnlyObjectProperty<DatasetProfile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ColumnProfile> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty profilingProperty() {
        return profiling.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
