package dev.glas.ui.shell;

/**
 * The pages of the main window, in navigation order. Each has a title and a one-paragraph description
 * (shown as the navigation tooltip and on the page until its area is built).
 */
public enum Area {
    START("nav.start", "nav.start.description"),
    DATA("nav.data", "nav.data.description"),
    SEGMENTS("nav.segments", "nav.segments.description"),
    CHURN("nav.churn", "nav.churn.description"),
    BEHAVIOR("nav.behavior", "nav.behavior.description"),
    TEXTS("nav.texts", "nav.texts.description"),
    REPORT("nav.report", "nav.report.description");

    private final String titleKey;
    private final String descriptionKey;

    Area(String titleKey, String descriptionKey) {
        this.titleKey = titleKey;
        this.descriptionKey = descriptionKey;
    }

    public String titleKey() {
        return titleKey;
    }

    public String descriptionKey() {
        return descriptionKey;
    }
}
