package dev.glas.core.report.sections;

import dev.glas.core.report.DataColumn;
import dev.glas.core.report.ReportSection;
import dev.glas.core.report.ReportText;
import dev.glas.core.report.SheetWriter;
import java.util.List;

/**
 * The named segments the analyst saved (groups of rows): one line per segment with its description and size,
 * and a data-sheet column naming the segments each row belongs to.
 */
public final class NamedSegmentsSection implements ReportSection<NamedSegmentsSection.Segments> {

    public static final NamedSegmentsSection INSTANCE = new NamedSegmentsSection();

    /** One resolved segment: its rows in the data of the data sheet. */
    public record Segment(String name, String description, int[] rows) {
        public Segment {
            rows = rows.clone();
        }
    }

    /** The segments of one dataset with {@code dataRows} rows. */
    public record Segments(int dataRows, List<Segment> segments) {
        public Segments {
            segments = List.copyOf(segments);
        }
    }

    @Override
    public String id() {
        return "project.segments";
    }

    @Override
    public String titleKey() {
        return "report.section.segments";
    }

    @Override
    public void write(Segments s, SheetWriter sheet, ReportText t) {
        sheet.title(t.get("report.segments.title", s.segments().size()));
        SheetWriter.Table table = sheet.table(t.get("report.segments.name"), t.get("report.segments.description"),
                t.get("report.clusters.size"), t.get("report.clusters.share"));
        for (Segment seg : s.segments()) {
            table.row(seg.name(), seg.description(), seg.rows().length,
                    SheetWriter.percent(s.dataRows() == 0 ? 0 : seg.rows().length / (double) s.dataRows()));
        }
        table.end();
    }

    @Override
    public List<DataColumn> dataColumns(Segments s, ReportText t) {
        String[] names = new String[s.dataRows()];
        for (Segment seg : s.segments()) {
            for (int r : seg.rows()) {
                if (r >= 0 && r < names.length) {
                    names[r] = names[r] == null ? seg.name() : names[r] + ", " + seg.name();
                }
            }
        }
        return List.of(DataColumn.of(t.get("report.segments.column"), names));
    }
}
