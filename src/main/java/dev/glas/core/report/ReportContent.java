package dev.glas.core.report;

import dev.glas.core.data.Dataset;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What goes into one Excel report.
 *
 * @param title    report title (project name)
 * @param created  when the report was made
 * @param sources  the data sources, for the cover sheet
 * @param settings further settings for the cover sheet (label → value, in order)
 * @param data     the data for the data sheet (with the derived columns of the items), or {@code null}
 * @param items    one sheet per item, in order
 * @param charts   chart images (rendered by the UI or by {@link SimpleChart}), on a "Charts" sheet
 */
public record ReportContent(String title, Instant created, List<SourceInfo> sources, Map<String, String> settings,
                            Dataset data, List<ReportItem<?>> items, List<ChartImage> charts) {

    public ReportContent {
        Objects.requireNonNull(title, "title");
        created = created == null ? Instant.now() : created;
        sources = sources == null ? List.of() : List.copyOf(sources);
        settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        items = items == null ? List.of() : List.copyOf(items);
        charts = charts == null ? List.of() : List.copyOf(charts);
    }

    /**
     * A data source as listed on the cover.
     *
     * @param rows    rows read, or -1 when not loaded
     * @param columns columns read, or -1 when not loaded
     */
    public record SourceInfo(String name, String path, long size, String sha256, int rows, int columns,
                             String importSettings) {
    }

    /** A chart picture. */
    public record ChartImage(String title, byte[] png, int width, int height) {
        public ChartImage {
            Objects.requireNonNull(png, "png");
            png = png.clone();
        }

        @Override
        public byte[] png() {
            return png.clone();
        }
    }
}
