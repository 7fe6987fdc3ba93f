package dev.glas.cli;

import dev.glas.core.data.DataImporter;
import dev.glas.core.i18n.Messages;
import dev.glas.core.project.ProjectFile;
import dev.glas.core.project.ProjectReport;
import dev.glas.core.project.ProjectRunner;
import dev.glas.core.report.ExcelReport;
import dev.glas.core.report.ReportContent;
import dev.glas.core.report.ReportItem;
import dev.glas.core.report.ReportText;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glas report PROJECT.glas --out report.xlsx}: re-runs a project and writes its Excel report. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Re-run a project's analyses and write one Excel report.")
public final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "project file (.glas)")
    Path project;

    @Option(names = "--out", required = true, description = "the .xlsx file to write")
    Path out;

    @Option(names = "--lang", description = "report language: ru or en (default: the UI language)")
    String lang;

    @Option(names = "--no-data", description = "leave out the data sheet")
    boolean noData;

    @Option(names = "--sections", split = ",", description = "report section ids to include (default: all)")
    List<String> sections;

    @Option(names = "--json", description = "print one JSON object (the default output)")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "true");
        long t0 = System.nanoTime();
        Locale locale = lang == null ? Messages.locale() : Locale.of(lang.strip().toLowerCase(Locale.ROOT));
        ProjectFile.Opened opened = ProjectFile.open(project);
        ProjectRunner.Result r = ProjectRunner.run(opened.project(), opened.file(), new DataImporter(), Progress.NONE,
                Cancellation.NEVER);
        ReportText text = ReportText.of(locale);
        ReportContent content = ProjectReport.content(opened.project(), r,
                new ProjectReport.Options(!noData, sections == null ? Set.of() : Set.copyOf(sections)), text);
        ExcelReport.write(content, text, out, Progress.NONE, Cancellation.NEVER);
        Map<String, Object> o = RunCommand.summary(opened, r);
        o.put("out", out.toAbsolutePath().toString());
        o.put("bytes", Files.size(out));
        o.put("language", text.locale().getLanguage());
        List<String> ids = new ArrayList<>();
        for (ReportItem<?> i : content.items()) {
            ids.add(i.section().id());
        }
        o.put("sections", ids);
        o.put("data_rows", content.data() == null ? 0 : content.data().rowCount());
        o.put("seconds", (System.nanoTime() - t0) / 1e9);
        Json.print(spec.commandLine().getOut(), o);
        return RunCommand.failures(r, spec.commandLine().getErr());
    }
}
