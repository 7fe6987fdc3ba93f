package dev.glas.cli;

import dev.glas.core.data.DataImporter;
import dev.glas.core.i18n.Messages;
import dev.glas.core.project.ProjectFile;
import dev.glas.core.project.ProjectRunner;
import dev.glas.core.project.SourceCheck;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glas run PROJECT.glas}: re-runs every analysis of a project headlessly and prints a summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Re-run every analysis stored in a project and print a JSON summary.")
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "project file (.glas)")
    Path project;

    @Option(names = "--json", description = "print one JSON object (the default output)")
    boolean json;

    @Option(names = "--save", description = "store the trained models of this run in the project file")
    boolean save;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "true");
        long t0 = System.nanoTime();
        ProjectFile.Opened opened = ProjectFile.open(project);
        ProjectRunner.Result r = ProjectRunner.run(opened.project(), opened.file(), new DataImporter(), Progress.NONE,
                Cancellation.NEVER);
        Map<String, Object> out = summary(opened, r);
        if (save) {
            boolean embedded = opened.project().sources().stream().anyMatch(s -> s.embeddedEntry() != null);
            dev.glas.core.project.ProjectFile.save(r.updated(), opened.file(),
                    new dev.glas.core.project.ProjectFile.SaveOptions(embedded, true));
            out.put("saved", opened.file().toString());
            out.put("attachments", List.copyOf(r.updated().attachments().keySet()));
        }
        out.put("seconds", (System.nanoTime() - t0) / 1e9);
        Json.print(spec.commandLine().getOut(), out);
        return failures(r, spec.commandLine().getErr());
    }

    static Map<String, Object> summary(ProjectFile.Opened opened, ProjectRunner.Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("project", opened.file().toString());
        out.put("name", opened.project().name());
        out.put("saved_by", opened.appVersion());
        List<Map<String, Object>> sources = new ArrayList<>();
        for (var s : opened.project().sources()) {
            SourceCheck c = r.inputs().checks().get(s.id());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("name", s.name());
            m.put("status", c == null ? "not_read" : c.status().name().toLowerCase(java.util.Locale.ROOT));
            sources.add(m);
        }
        out.put("sources", sources);
        List<Map<String, Object>> runs = new ArrayList<>();
        for (ProjectRunner.AnalysisRun a : r.runs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("title", Messages.get(a.titleKey()));
            m.put("ok", a.ok());
            if (!a.ok()) {
                m.put("error", a.error());
            }
            m.put("seconds", a.seconds());
            m.putAll(a.summary());
            runs.add(m);
        }
        out.put("analyses", runs);
        out.put("skipped", r.skipped());
        out.put("warnings", r.inputs().warnings());
        return out;
    }

    static int failures(ProjectRunner.Result r, java.io.PrintWriter err) {
        int failed = 0;
        for (ProjectRunner.AnalysisRun a : r.runs()) {
            if (!a.ok()) {
                err.println(Messages.get(a.titleKey()) + ": " + a.error());
                failed++;
            }
        }
        return failed == 0 ? GlasCli.EXIT_OK : GlasCli.EXIT_BAD_INPUT;
    }
}
