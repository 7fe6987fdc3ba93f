package dev.glas.core.project;

import dev.glas.core.data.DataImporter;
import dev.glas.core.net.OfflineGuard;
import dev.glas.core.project.analyses.BehaviorAnalysis;
import dev.glas.core.project.analyses.ProfileAnalysis;
import dev.glas.core.project.analyses.RfmAnalysis;
import dev.glas.core.project.analyses.SegmentAnalysis;
import dev.glas.core.project.analyses.VifAnalysis;
import dev.glas.core.report.ExcelReport;
import dev.glas.core.report.ReportText;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Child process of {@link OfflineProofTest}: with the offline guard installed, imports retail, telco and text samples, builds
 * and saves a project with every analysis Glas can re-run, re-runs it from the saved file and writes the Excel
 * report. Prints {@code ok analyses=N failed=F refused=R report=PATH}.
 */
public final class OfflineFlow {

    private OfflineFlow() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        OfflineGuard.install();
        Path dir = Path.of(args[0]);
        Path data = dir.resolve("retail.csv");
        try (InputStream in = OfflineFlow.class.getResourceAsStream("/dev/glas/core/segment/online_retail_slice.csv")) {
            Files.copy(in, data);
        }
        DataImporter importer = new DataImporter();
        Project p = Project.create("Offline proof")
                .withSource(DataSource.of("source-1", data, importer.detect(data)))
                .with(ProfileAnalysis.INSTANCE, new ProfileAnalysis.State(null))
                .with(SegmentAnalysis.INSTANCE, new SegmentAnalysis.State(null, List.of("Quantity", "UnitPrice"), false,
                        "median", "robust", 2, 4, 2, 42, null, Map.of(0, "Основной поток")))
                .with(RfmAnalysis.INSTANCE, new RfmAnalysis.State(null, "CustomerID", "InvoiceDate",
                        "Quantity*UnitPrice", "InvoiceNo", null))
                .with(VifAnalysis.INSTANCE, new VifAnalysis.State(null, List.of("Quantity", "UnitPrice")))
                .with(BehaviorAnalysis.INSTANCE, BehaviorAnalysis.State.of(null, "CustomerID", "InvoiceDate",
                        "StockCode"));
        p = OfflineFlowExtras.addMore(p, dir);
        Path projectFile = dir.resolve("offline.glas");
        ProjectFile.save(p, projectFile, new ProjectFile.SaveOptions(true, true));
        ProjectFile.Opened opened = ProjectFile.open(projectFile);
        ProjectRunner.Result run = ProjectRunner.run(opened.project(), projectFile, importer, Progress.NONE,
                Cancellation.NEVER);
        ReportText text = ReportText.of(Locale.of("ru"));
        Path report = dir.resolve("offline.xlsx");
        ExcelReport.write(ProjectReport.content(opened.project(), run, ProjectReport.Options.ALL, text), text, report,
                Progress.NONE, Cancellation.NEVER);
        long failed = run.runs().stream().filter(r -> !r.ok()).count();
        for (ProjectRunner.AnalysisRun r : run.runs()) {
            if (!r.ok()) {
                System.err.println(r.id() + ": " + r.error());
            }
        }
        System.out.println("ok analyses=" + run.runs().size() + " failed=" + failed + " refused="
                + OfflineGuard.refusedCount() + " report=" + report);
    }
}
