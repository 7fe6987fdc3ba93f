package dev.glas.core.report.sections;

import dev.glas.core.churn.ChurnModel;
import dev.glas.core.churn.ChurnResult;
import dev.glas.core.churn.FoldMetrics;
import dev.glas.core.churn.Importance;
import dev.glas.core.churn.LeakSuspect;
import dev.glas.core.churn.ModelScore;
import dev.glas.core.churn.ReasonRows;
import dev.glas.core.churn.Scorer;
import dev.glas.core.report.DataColumn;
import dev.glas.core.report.ReportSection;
import dev.glas.core.report.ReportText;
import dev.glas.core.report.SheetWriter;
import dev.glas.core.report.SimpleChart;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Report sheets of the churn lab: model leaderboard, feature importance, and per-row scores with reasons. */
public final class ChurnSections {

    private ChurnSections() {
    }

    public static final ReportSection<ChurnResult> LEADERBOARD = new ReportSection<>() {
        @Override
        public String id() {
            return "churn.leaderboard";
        }

        @Override
        public String titleKey() {
            return "report.section.leaderboard";
        }

        @Override
        public void write(ChurnResult r, SheetWriter sheet, ReportText t) {
            sheet.title(t.get("report.leaderboard.title", r.setup().target(), r.setup().positive()));
            sheet.note(t.get("report.leaderboard.protocol", r.rows(), r.positives(),
                    String.format(t.locale(), "%.1f%%", 100 * r.positiveRate()), r.options().folds(),
                    r.options().seed()));
            SheetWriter.Table table = sheet.table(t.get("report.leaderboard.model"), "ROC-AUC", "± sd", "PR-AUC", "F1",
                    t.get("report.metric.precision"), t.get("report.metric.recall"), t.get("report.metric.accuracy"),
                    "Log-loss", t.get("report.leaderboard.seconds"));
            for (ModelScore s : r.leaderboard()) {
                table.row(t.get(s.kind().messageKey()), SheetWriter.precise(s.mean(FoldMetrics::rocAuc)),
                        SheetWriter.precise(s.sd(FoldMetrics::rocAuc)), SheetWriter.precise(s.mean(FoldMetrics::prAuc)),
                        SheetWriter.precise(s.mean(FoldMetrics::f1)), SheetWriter.precise(s.mean(FoldMetrics::precision)),
                        SheetWriter.precise(s.mean(FoldMetrics::recall)),
                        SheetWriter.precise(s.mean(FoldMetrics::accuracy)), SheetWriter.precise(s.mean(FoldMetrics::logLoss)),
                        s.seconds());
            }
            table.end();
            if (r.holdout() != null) {
                FoldMetrics h = r.holdout();
                sheet.subtitle(t.get("report.leaderboard.holdout", r.holdoutRows().length));
                sheet.table(t.get("report.col.metric"), t.get("report.col.value"))
                        .row("ROC-AUC", SheetWriter.precise(h.rocAuc()))
                        .row("PR-AUC", SheetWriter.precise(h.prAuc()))
                        .row("F1", SheetWriter.precise(h.f1()))
                        .row(t.get("report.metric.precision"), SheetWriter.precise(h.precision()))
                        .row(t.get("report.metric.recall"), SheetWriter.precise(h.recall()))
                        .row(t.get("report.metric.accuracy"), SheetWriter.precise(h.accuracy()))
                        .end();
            }
            if (r.tunedParams() != null && !r.tunedParams().isBlank()) {
                sheet.keyValue(t.get("report.leaderboard.params"), r.tunedParams());
            }
            if (!r.leakage().isEmpty()) {
                sheet.subtitle(t.get("report.leaderboard.leakage"));
                SheetWriter.Table lt = sheet.table(t.get("report.col.column"), t.get("report.col.assessment"),
                        t.get("report.col.value"));
                for (LeakSuspect l : r.leakage()) {
                    lt.row(l.column(), t.get(l.messageKey()), SheetWriter.precise(l.score()));
                }
                lt.end();
            }
            List<String> labels = r.leaderboard().stream().map(s -> t.get(s.kind().messageKey())).toList();
            double[] auc = r.leaderboard().stream().mapToDouble(s -> s.mean(FoldMetrics::rocAuc)).toArray();
            sheet.image(SimpleChart.bars(t.get("report.leaderboard.chart"), labels, auc).png(560, 300), 560, 300);
        }
    };

    public static final ReportSection<List<Importance>> IMPORTANCE = new ReportSection<>() {
        @Override
        public String id() {
            return "churn.importance";
        }

        @Override
        public String titleKey() {
            return "report.section.importance";
        }

        @Override
        public void write(List<Importance> list, SheetWriter sheet, ReportText t) {
            sheet.title(t.get("report.importance.title"));
            sheet.note(t.get("report.importance.note"));
            SheetWriter.Table table = sheet.table(t.get("report.col.feature"), t.get("report.importance.value"), "± sd");
            for (Importance i : list) {
                table.row(i.column(), SheetWriter.precise(i.value()), SheetWriter.precise(i.sd()));
            }
            table.end();
            List<Importance> top = list.stream().limit(20).toList();
            sheet.image(SimpleChart.bars(t.get("report.importance.chart"), top.stream().map(Importance::column).toList(),
                    top.stream().mapToDouble(Importance::value).toArray()).png(800, 320), 800, 320);
        }
    };

    /** Scores of every data row by the final model. */
    public record RowScores(ChurnModel model, Scorer.Scores scores) {
    }

    public static final ReportSection<RowScores> SCORES = new ReportSection<>() {
        @Override
        public String id() {
            return "churn.scores";
        }

        @Override
        public String titleKey() {
            return "report.section.scores";
        }

        @Override
        public void write(RowScores s, SheetWriter sheet, ReportText t) {
            double[] p = s.scores().scores();
            int n = p.length;
            int[] bins = new int[10];
            int predicted = 0;
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(p[i])) {
                    bins[Math.min(9, (int) (p[i] * 10))]++;
                }
                predicted += s.scores().positive()[i] ? 1 : 0;
            }
            sheet.title(t.get("report.scores.title", s.model().modelName(), s.model().threshold()));
            sheet.note(t.get("report.scores.summary", n, predicted));
            switch (s.scores().reasonRows()) {
                case POSITIVE -> sheet.note(t.get("report.scores.reasons.positive.note", s.scores().explained(),
                        s.model().threshold()));
                case NONE -> sheet.note(t.get("report.scores.reasons.none.note"));
                case ALL -> { }
            }
            SheetWriter.Table table = sheet.table(t.get("report.scores.band"), t.get("report.clusters.size"));
            List<String> labels = new ArrayList<>();
            double[] counts = new double[10];
            for (int b = 0; b < 10; b++) {
                String label = String.format(t.locale(), "%.1f–%.1f", b / 10.0, (b + 1) / 10.0);
                table.row(label, bins[b]);
                labels.add(label);
                counts[b] = bins[b];
            }
            table.end();
            sheet.image(SimpleChart.bars(t.get("report.scores.chart"), labels, counts).png(640, 300), 640, 300);
        }

        @Override
        public List<DataColumn> dataColumns(RowScores s, ReportText t) {
            double[] p = s.scores().scores();
            boolean[] pos = s.scores().positive();
            List<List<ChurnModel.Reason>> reasons = s.scores().reasons();
            String yes = s.model().positive();
            String no = s.model().negative();
            return List.of(
                    DataColumn.of(t.get("report.scores.score"), p, "0.000"),
                    new DataColumn(t.get("report.scores.predicted"), pos.length, i -> pos[i] ? yes : no, null),
                    new DataColumn(s.scores().reasonRows() == ReasonRows.POSITIVE
                            ? t.get("report.scores.reasons.positive", s.model().threshold())
                            : t.get("report.scores.reasons"), reasons.size(),
                            i -> reasons.get(i).stream().map(ChurnModel.Reason::column)
                                    .collect(Collectors.joining(", ")), null));
        }
    };
}
