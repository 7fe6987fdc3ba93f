package dev.glas.ui.common;

import dev.glas.core.i18n.LocalizedException;
import dev.glas.core.i18n.Messages;
import java.util.List;

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

    /** The stored analysis names columns the data does not have. */
    public static String missingColumns(String pageTitleKey, List<String> missing) {
        return Messages.get("project.restore.columns", Messages.get(pageTitleKey), String.join(", ", missing));
    }
}
