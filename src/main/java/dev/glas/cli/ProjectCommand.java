package dev.glas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.ImportSettings;
import dev.glas.core.i18n.LocalizedException;
import dev.glas.core.project.AnalysisInputs;
import dev.glas.core.project.DataSource;
import dev.glas.core.project.Project;
import dev.glas.core.project.ProjectAnalyses;
import dev.glas.core.project.ProjectAnalysis;
import dev.glas.core.project.ProjectFile;
import dev.glas.core.project.ProjectJson;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glas project new}: creates a project file headlessly from data files and analysis choices. */
@Command(name = "project", mixinStandardHelpOptions = true, description = "Create Glas project files.",
        subcommands = {ProjectCommand.New.class})
public final class ProjectCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code glas project new FILE... --out P.glas}. */
    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Create a project from data files. Without --analysis, the project profiles every source.")
    public static final class New implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "data files (CSV/TSV/XLSX/XLS/JSON)")
        List<Path> files;

        @Option(names = "--out", required = true, description = "project file to write (.glas)")
        Path out;

        @Option(names = "--name", description = "project name (default: the first file's name)")
        String name;

        @Option(names = "--embed", description = "store copies of the data files in the project")
        boolean embed;

        @Option(names = "--analysis", paramLabel = "ID[=JSON]",
                description = "add an analysis with its options as JSON, e.g. 'churn.vif={\"columns\":[\"a\",\"b\"]}'"
                        + " or 'behavior={\"user\":\"u\",\"time\":\"t\",\"event\":\"e\"}'. Known ids: data.profile, "
                        + "churn.vif, behavior, …")
        List<String> analyses;

        @Option(names = "--pipeline", paramLabel = "JSON_FILE",
                description = "preparation pipeline (core.prep JSON) to replay on the first source")
        Path pipeline;

        @Option(names = "--json", description = "print one JSON object (the default output)")
        boolean json;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            long t0 = System.nanoTime();
            DataImporter importer = new DataImporter();
            Project p = Project.create(name != null ? name : files.getFirst().getFileName().toString());
            List<Map<String, Object>> srcOut = new ArrayList<>();
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    throw new NoSuchFileException(f.toString());
                }
                ImportSettings settings = importer.detect(f);
                DataSource s = DataSource.of(p.nextSourceId(), f, settings);
                p = p.withSource(s);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", s.id());
                m.put("path", s.originalPath());
                m.put("size", s.size());
                m.put("sha256", s.sha256());
                m.put("format", settings.format().name());
                srcOut.add(m);
            }
            if (pipeline != null) {
                ObjectNode step = ProjectJson.mapper().createObjectNode();
                step.put(AnalysisInputs.PREP_SOURCE, p.sources().getFirst().id());
                step.set(AnalysisInputs.PREP_PIPELINE, ProjectJson.mapper().readTree(Files.readString(pipeline)));
                p = p.withPreparation(List.of(step));
            }
            List<String> specs = analyses == null || analyses.isEmpty() ? List.of("data.profile") : analyses;
            for (String spec1 : specs) {
                p = add(p, spec1);
            }
            ProjectFile.save(p, out, new ProjectFile.SaveOptions(embed, true));
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("project", out.toAbsolutePath().toString());
            o.put("name", p.name());
            o.put("sources", srcOut);
            o.put("analyses", List.copyOf(p.sections().keySet()));
            o.put("embedded", embed);
            o.put("seconds", (System.nanoTime() - t0) / 1e9);
            Json.print(spec.commandLine().getOut(), o);
            return GlasCli.EXIT_OK;
        }

        private static Project add(Project p, String spec) throws LocalizedException {
            int eq = spec.indexOf('=');
            String id = (eq < 0 ? spec : spec.substring(0, eq)).strip();
            ProjectAnalysis<?, ?> a = ProjectAnalyses.byId(id).orElseThrow(() -> new LocalizedException(
                    "project.error.unknown.analysis", id,
                    String.join(", ", ProjectAnalyses.all().stream().map(ProjectAnalysis::id).toList())));
            JsonNode node;
            try {
                node = ProjectJson.mapper().readTree(eq < 0 ? "{}" : spec.substring(eq + 1));
            } catch (Exception e) {
                throw new LocalizedException("project.error.analysis.options", id, String.valueOf(e.getMessage()));
            }
            return addTyped(p, a, node);
        }

        private static <S> Project addTyped(Project p, ProjectAnalysis<S, ?> a, JsonNode node)
                throws LocalizedException {
            S state;
            try {
                state = ProjectJson.fromTree(node, a.stateType());
            } catch (Exception e) {
                throw new LocalizedException("project.error.analysis.options", a.id(), String.valueOf(e.getMessage()));
            }
            return p.with(a, state);
        }
    }
}
