package dev.glas.ui.common;

import dev.glas.core.i18n.LocalizedException;
import dev.glas.core.i18n.Messages;
import dev.glas.core.project.Project;
import dev.glas.core.project.ProjectSection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Localized messages of pages that could not restore their view from a project. */
public final class ProjectRestore {

    private ProjectRestore() {
    }

    /** "Segments: could not restore the view: …". */
    public static String failed(String pageTitleKey, Throwable t) {
        String why = t instanceof LocalizedException le ? le.getLocalizedMessage() : String.valueOf(t.getMessage());
        return Messages.get("project.restore.failed", Messages.get(pageTitleKey), why);
    }

    /** The page's stored analysis needs data that is not open. */
    public static String noData(String pageTitleKey) {
        return Messages.get("project.restore.no.data", Messages.get(pageTitleKey));
    }

    /**
     * Null when an analysis stored for {@code storedSource} can be restored on the workbench data (whose
     * origin is {@code currentOrigin}, see {@link ProjectBridge#origin}); otherwise why not. The project's own
     * data is {@code null} or "source-1".
     */
    public static String otherData(String pageTitleKey, String storedSource, String currentOrigin) {
        String a = storedSource == null || storedSource.equals("source-1") ? null : storedSource;
        String b = currentOrigin == null || currentOrigin.equals("source-1") ? null : currentOrigin;
        return java.util.Objects.equals(a, b) ? null
                : Messages.get("project.restore.other.data", Messages.get(pageTitleKey), a == null ? "source-1" : a);
    }

    /**
     * A page's stored state, when the project has one that can be read. Otherwise {@code done} is told (null when
     * there is nothing stored, the localized reason when the stored state cannot be read) and the result is empty.
     */
    public static <S> Optional<S> stored(Project project, ProjectSection<S> section, String pageTitleKey,
                                         Consumer<String> done) {
        try {
            Optional<S> stored = project.get(section);
            if (stored.isEmpty()) {
                done.accept(null);
            }
            return stored;
        } catch (LocalizedException e) {
            done.accept(failed(pageTitleKey, e));
            return Optional.empty();
        }
    }

    /** The stored analysis names columns the data does not have. */
    public static String missingColumns(String pageTitleKey, List<String> missing) {
        return Messages.get("project.restore.columns", Messages.get(pageTitleKey), String.join(", ", missing));
    }
}
