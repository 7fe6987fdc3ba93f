package dev.glas.core.report;

import java.util.List;
import java.util.Objects;

/** A result paired with the section that knows how to write it (keeps the pairing type-safe). */
public final class ReportItem<R> {

    private final ReportSection<R> section;
    private final R result;

    private ReportItem(ReportSection<R> section, R result) {
        this.section = Objects.requireNonNull(section, "section");
        this.result = Objects.requireNonNull(result, "result");
    }

    public static <R> ReportItem<R> of(ReportSection<R> section, R result) {
        return new ReportItem<>(section, result);
    }

    public ReportSection<R> section() {
        return section;
    }

    public R result() {
        return result;
    }

    void write(SheetWriter sheet, ReportText text) {
        section.write(result, sheet, text);
    }

    List<DataColumn> dataColumns(ReportText text) {
        return section.dataColumns(result, text);
    }
}
