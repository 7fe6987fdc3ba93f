package dev.glas.core.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glas.core.data.DataFormatException;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.prep.Pipeline;
import dev.glas.core.prep.PipelineJson;
import dev.glas.core.prep.PrepException;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of a project for re-running its analyses: each source is read once with its stored import
 * settings (from the original file when unchanged; from the embedded copy when the original is missing or
 * changed and a copy exists; from the changed file otherwise, which is then reported), and the project's
 * preparation pipeline for that source is replayed.
 */
public final class AnalysisInputs {

    /** A preparation entry of the project: the pipeline (as written by {@link PipelineJson}) for one source. */
    public static final String PREP_SOURCE = "source_id";
    public static final String PREP_PIPELINE = "pipeline";

    private final Project project;
    private final Path projectFile;
    private final DataImporter importer;
    private final Map<String, Dataset> raw = new HashMap<>();
    private final Map<String, Dataset> prepared = new HashMap<>();
    private final Map<String, SourceCheck> checks = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private Path extractDir;

    public AnalysisInputs(Project project, Path projectFile, DataImporter importer) {
        this.project = project;
        this.projectFile = projectFile;
        this.importer = importer;
    }

    public Project project() {
        return project;
    }

    /** The id of the first source (most projects have one). */
    public String primarySourceId() throws ProjectFormatException {
        if (project.sources().isEmpty()) {
            throw new ProjectFormatException("project.error.no.sources");
        }
        return project.sources().getFirst().id();
    }

    /**
     * The data an analysis runs on: its own source when its state names one, otherwise the project's first
     * source; after the project's preparation steps.
     */
    public Dataset datasetOrPrimary(String sourceIdOrNull) throws IOException, DataFormatException,
            ProjectFormatException, PrepException {
        return dataset(sourceIdOrNull != null ? sourceIdOrNull : primarySourceId());
    }

    /** The source's data after the project's preparation steps for it. */
    public Dataset dataset(String sourceId) throws IOException, DataFormatException, ProjectFormatException,
            PrepException {
        Dataset d = prepared.get(sourceId);
        if (d == null && sourceId.equals(dev.glas.core.project.analyses.BehaviorAnalysis.FEATURES_SOURCE)) {
            // the behaviour page's user features, handed to Segments or Churn: computed from the stored analysis
            var st = project.get(dev.glas.core.project.analyses.BehaviorAnalysis.INSTANCE)
                    .orElseThrow(() -> new ProjectFormatException("project.error.unknown.source", sourceId));
            try {
                d = dev.glas.core.project.analyses.BehaviorAnalysis.INSTANCE.run(st, this, Progress.NONE,
                        Cancellation.NEVER).userFeatures();
            } catch (IOException | DataFormatException | ProjectFormatException | PrepException
                     | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
            prepared.put(sourceId, d);
            return d;
        }
        if (d == null) {
            d = raw(sourceId);
            for (JsonNode step : project.preparation()) {
                if (sourceId.equals(step.path(PREP_SOURCE).asText(null)) && step.has(PREP_PIPELINE)) {
                    Pipeline p = PipelineJson.readPipeline(step.get(PREP_PIPELINE).toString());
                    d = p.fit(d).data();
                }
            }
            prepared.put(sourceId, d);
        }
        return d;
    }

    /** The source's data as imported (no preparation). */
    public Dataset raw(String sourceId) throws IOException, DataFormatException, ProjectFormatException {
        Dataset d = raw.get(sourceId);
        if (d != null) {
            return d;
        }
        DataSource s = project.source(sourceId)
                .orElseThrow(() -> new ProjectFormatException("project.error.unknown.source", sourceId));
        SourceCheck check = SourceCheck.of(s);
        checks.put(sourceId, check);
        Path file = s.path();
        if (!check.ok()) {
            if (s.embeddedEntry() != null && projectFile != null) {
                if (extractDir == null) {
                    extractDir = Files.createTempDirectory("glas-embedded-");
                    extractDir.toFile().deleteOnExit();
                }
                file = ProjectFile.extractEmbedded(projectFile, s, extractDir.resolve(s.id()));
                file.toFile().deleteOnExit();
                warnings.add(check.message());
            } else if (check.status() == SourceCheck.Status.MISSING) {
                throw new ProjectFormatException("project.source.missing", s.name(), s.originalPath());
            } else {
                warnings.add(check.message());
            }
        }
        d = importer.read(file, s.settings(), Progress.NONE, Cancellation.NEVER);
        raw.put(sourceId, d);
        return d;
    }

    /** What was found for every source read so far. */
    public Map<String, SourceCheck> checks() {
        return Map.copyOf(checks);
    }

    /** Localized warnings (changed or missing sources) collected while reading. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
