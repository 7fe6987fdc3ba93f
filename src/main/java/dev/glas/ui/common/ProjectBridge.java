package dev.glas.ui.common;

import dev.glas.core.project.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * How analysis pages and the project page talk (FX thread only, toolkit-free).
 *
 * <p><b>Publish.</b> When an analysis finishes (or the analyst renames a cluster, changes a chart choice) a page
 * calls {@link #publish} with a change of the project: usually {@code p -> p.with(SECTION, state)} plus cluster
 * names, chart choices and attachments (trained models). The project page applies it to the current project
 * and autosaves; {@link #update} applies small choices (a threshold, a chart variant) without saving at once.
 *
 * <p><b>Restore.</b> Each page registers a {@link Restorer} once. When a project is opened (after its data is
 * the workbench dataset), {@link #restore} calls the restorers one after another in their order: each restores
 * its controls from the project, re-runs its analysis in the background (or restores the stored result) and
 * calls {@code done} with {@code null}, or with a localized message when it could not restore its view. Pages
 * that change the workbench dataset (text classification adds label columns) restore first.
 */
public final class ProjectBridge {

    /** Restores one page from a project. Must call {@code done} exactly once, on the FX thread. */
    @FunctionalInterface
    public interface Restorer {
        void restore(Project project, Path projectFile, Consumer<String> done);
    }

    /** Restore orders: pages that replace the workbench dataset go first. */
    public static final int ORDER_TEXT = 10;
    public static final int ORDER_BEHAVIOR = 15;
    public static final int ORDER_SEGMENTS = 20;
    public static final int ORDER_RFM = 25;
    public static final int ORDER_CHURN = 30;

    /** Chart choice naming what the workbench dataset was when the project was saved (a derived table's id). */
    public static final String WORKBENCH_CHOICE = "workbench";

    private record Entry(String id, int order, Restorer restorer) {
    }

    private final List<Entry> restorers = new ArrayList<>();
    private final java.util.Map<Object, String> origins = new java.util.WeakHashMap<>();
    private BiConsumer<UnaryOperator<Project>, Boolean> sink = (change, save) -> { };
    private Project current;
    private boolean restoring;
    private int generation;

    /** Set by the project page: receives every published change and whether to autosave after it. */
    public void connect(BiConsumer<UnaryOperator<Project>, Boolean> projectSink) {
        this.sink = Objects.requireNonNull(projectSink, "projectSink");
    }

    /** The project page keeps this up to date; pages may read stored state (e.g. a seed) from it. */
    public void setCurrent(Project project) {
        this.current = project;
    }

    /** The current project, or null before the project page exists. */
    public Project current() {
        return current;
    }

    /** A page's analysis state changed: apply {@code change} to the current project (and autosave). */
    public void publish(UnaryOperator<Project> change) {
        sink.accept(Objects.requireNonNull(change, "change"), Boolean.TRUE);
    }

    /**
     * A small choice changed (threshold slider, chart variant): apply it to the project without saving at once;
     * the next autosave or save keeps it.
     */
    public void update(UnaryOperator<Project> change) {
        sink.accept(Objects.requireNonNull(change, "change"), Boolean.FALSE);
    }

    /**
     * Marks a dataset a page derived and put into the workbench (e.g. the behaviour page's user features) with
     * the source id analyses on it store, so they can be restored and re-run from the project.
     */
    public void markOrigin(Object dataset, String sourceId) {
        origins.put(Objects.requireNonNull(dataset, "dataset"), Objects.requireNonNull(sourceId, "sourceId"));
    }

    /** The source id of a derived dataset (see {@link #markOrigin}); null for the project's own data. */
    public String origin(Object dataset) {
        return dataset == null ? null : origins.get(dataset);
    }

    /** Registers (or replaces, by id) a page's restorer. */
    public void register(String id, int order, Restorer restorer) {
        restorers.removeIf(e -> e.id().equals(id));
        restorers.add(new Entry(id, order, Objects.requireNonNull(restorer, "restorer")));
        restorers.sort(Comparator.comparingInt(Entry::order));
    }

    /** True while {@link #restore} runs the pages' restorers. */
    public boolean restoring() {
        return restoring;
    }

    /**
     * Restores every registered page from {@code project}, one after the other; {@code finished} receives the
     * pages' messages (empty when every view came back). A newer call abandons an unfinished older one.
     */
    public void restore(Project project, Path projectFile, Consumer<List<String>> finished) {
        int gen = ++generation;
        restoring = true;
        next(List.copyOf(restorers), 0, project, projectFile, new ArrayList<>(), gen, finished);
    }

    private void next(List<Entry> list, int i, Project project, Path file, List<String> messages, int gen,
                      Consumer<List<String>> finished) {
        if (gen != generation) {
            return;
        }
        if (i >= list.size()) {
            restoring = false;
            finished.accept(List.copyOf(messages));
            return;
        }
        boolean[] called = new boolean[1];
        Consumer<String> done = msg -> {
            if (called[0]) {
                return;
            }
            called[0] = true;
            if (msg != null && !msg.isBlank()) {
                messages.add(msg);
            }
            next(list, i + 1, project, file, messages, gen, finished);
        };
        try {
            list.get(i).restorer().restore(project, file, done);
        } catch (RuntimeException e) {
            done.accept(String.valueOf(e.getLocalizedMessage()));
        }
    }
}
