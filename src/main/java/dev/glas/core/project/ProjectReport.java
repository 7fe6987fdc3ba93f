package dev.glas.core.project;

import dev.glas.core.data.Dataset;
import dev.glas.core.data.ImportSettings;
import dev.glas.core.report.ReportContent;
import dev.glas.core.report.ReportItem;
import dev.glas.core.report.ReportText;
import dev.glas.core.report.sections.NamedSegmentsSection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Assembles the Excel report of a project from the results of re-running its analyses. */
public final class ProjectReport {

    /**
     * @param includeData  add the data sheet (primary source with derived columns)
     * @param sectionIds   report section ids to include; empty = all
     */
    public record Options(boolean includeData, Set<String> sectionIds) {
        public static final Options ALL = new Options(true, Set.of());

        public Options {
            sectionIds = sectionIds == null ? Set.of() : Set.copyOf(sectionIds);
        }

        boolean wants(String id) {
            return sectionIds.isEmpty() || sectionIds.contains(id);
        }
    }

    private ProjectReport() {
    }

    public static ReportContent content(Project project, ProjectRunner.Result run, Options options, ReportText text) {
        return content(project, run, options, text, dev.glas.core.task.Cancellation.NEVER);
    }

    /**
     * The report of a project run; charts that follow the analyst's chart choices (the cluster map in the
     * chosen projection, section id {@value ReportCharts#MAP_SECTION}) go on the charts sheet.
     */
    public static ReportContent content(Project project, ProjectRunner.Result run, Options options, ReportText text,
                                        dev.glas.core.task.Cancellation cancellation) {
        List<ReportContent.SourceInfo> sources = new ArrayList<>();
        AnalysisInputs inputs = run.inputs();
        Dataset primary = null;
        for (DataSource s : project.sources()) {
            Dataset d = null;
            try {
                d = inputs.checks().containsKey(s.id()) ? inputs.raw(s.id()) : null;
            } catch (Exception e) {
                d = null;
            }
            sources.add(new ReportContent.SourceInfo(s.name(), s.originalPath(), s.size(), s.sha256(),
                    d == null ? -1 : d.rowCount(), d == null ? -1 : d.columnCount(), describe(s.settings())));
        }
        if (options.includeData() && !project.sources().isEmpty()) {
            try {
                String id = project.sources().getFirst().id();
                primary = inputs.checks().containsKey(id) ? inputs.dataset(id) : null;
            } catch (Exception e) {
                primary = null;
            }
        }
        Map<String, String> settings = new LinkedHashMap<>();
        List<ReportItem<?>> items = new ArrayList<>();
        for (ProjectRunner.AnalysisRun r : run.runs()) {
            SectionState st = project.sections().get(r.id());
            String title = text.get(r.titleKey());
            settings.put(title, r.ok() ? (st == null ? "" : st.state().toString())
                    : text.get("report.cover.failed", r.error()));
            for (ReportItem<?> item : r.report()) {
                if (options.wants(item.section().id())) {
                    items.add(item);
                }
            }
        }
        Dataset segmented = primary;
        if (segmented == null && !project.segments().isEmpty() && !project.sources().isEmpty()) {
            try {
                String id = project.sources().getFirst().id();
                segmented = inputs.checks().containsKey(id) ? inputs.dataset(id) : null;
            } catch (Exception e) {
                segmented = null;
            }
        }
        if (segmented != null && options.wants(NamedSegmentsSection.INSTANCE.id())) {
            String id = project.sources().getFirst().id();
            List<NamedSegmentsSection.Segment> segs = new ArrayList<>();
            for (SavedSegment s : project.segments()) {
                if (id.equals(s.sourceId()) || s.sourceId() == null) {
                    segs.add(new NamedSegmentsSection.Segment(s.name(), s.description(), s.resolve(segmented).rows()));
                }
            }
            if (!segs.isEmpty()) {
                items.add(ReportItem.of(NamedSegmentsSection.INSTANCE,
                        new NamedSegmentsSection.Segments(segmented.rowCount(), segs)));
            }
        }
        for (String w : inputs.warnings()) {
            settings.put(text.get("report.cover.warning") + " " + (settings.size() + 1), w);
        }
        List<ReportContent.ChartImage> charts = options.wants(ReportCharts.MAP_SECTION)
                ? ReportCharts.clusterMaps(project, run, text, cancellation) : List.of();
        return new ReportContent(project.name(), Instant.now(), sources, settings, primary, items, charts);
    }

    static String describe(ImportSettings s) {
        StringBuilder b = new StringBuilder(s.format().name());
        switch (s.format()) {
            case CSV -> b.append(", '").append(s.delimiter() == '\t' ? "\\t" : String.valueOf(s.delimiter()))
                    .append("', ").append(s.encoding().name()).append(s.decimalComma() ? ", 3,14" : "");
            case XLSX, XLS -> {
                if (s.sheet() != null) {
                    b.append(", ").append(s.sheet());
                }
            }
            default -> {
            }
        }
        if (!s.typeOverrides().isEmpty()) {
            b.append(", ").append(s.typeOverrides());
        }
        return b.toString();
    }
}
