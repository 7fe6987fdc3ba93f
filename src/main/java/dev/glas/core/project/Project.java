package dev.glas.core.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything needed to reproduce an analysis session: the data sources (by path, size and hash), the
 * preparation steps, the state of every analysis (options, seeds, column choices) as generic JSON sections,
 * named segments, cluster names, chart choices and embedded binary entries (trained models). Immutable;
 * the {@code with…} methods return changed copies. Stored by {@link ProjectFile}.
 *
 * @param name         display name
 * @param createdAt    ISO-8601 instant the project was created
 * @param sources      data sources in the order they were added
 * @param preparation  preparation steps in order, as generic JSON (each area's step records)
 * @param sections     section id → stored state, in insertion order
 * @param segments     named segments
 * @param clusterNames analysis id → (cluster id → name given by the analyst)
 * @param chartChoices chart id → chosen variant (e.g. "segment.projection" → "pca")
 * @param attachments  entry name → bytes (trained models and other binary state), stored as zip entries
 */
public record Project(String name, String createdAt, List<DataSource> sources, List<JsonNode> preparation,
                      Map<String, SectionState> sections, List<SavedSegment> segments,
                      Map<String, Map<String, String>> clusterNames, Map<String, String> chartChoices,
                      Map<String, byte[]> attachments) {

    public Project {
        name = name == null || name.isBlank() ? "Glas" : name;
        createdAt = createdAt == null ? Instant.now().toString() : createdAt;
        sources = sources == null ? List.of() : List.copyOf(sources);
        preparation = preparation == null ? List.of() : List.copyOf(preparation);
        sections = sections == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        segments = segments == null ? List.of() : List.copyOf(segments);
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        if (clusterNames != null) {
            clusterNames.forEach((k, v) -> names.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        }
        clusterNames = Collections.unmodifiableMap(names);
        chartChoices = chartChoices == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(chartChoices));
        attachments = attachments == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attachments));
        Map<String, Boolean> ids = new LinkedHashMap<>();
        for (DataSource s : sources) {
            if (ids.put(s.id(), Boolean.TRUE) != null) {
                throw new IllegalArgumentException("duplicate source id " + s.id());
            }
        }
        for (String entry : attachments.keySet()) {
            checkEntryName(entry);
        }
    }

    /** An empty project. */
    public static Project create(String name) {
        return new Project(name, Instant.now().toString(), List.of(), List.of(), Map.of(), List.of(), Map.of(),
                Map.of(), Map.of());
    }

    public Project withName(String newName) {
        return new Project(newName, createdAt, sources, preparation, sections, segments, clusterNames,
                chartChoices, attachments);
    }

    /** Adds a source, or replaces the one with the same id. */
    public Project withSource(DataSource source) {
        List<DataSource> list = new ArrayList<>();
        boolean replaced = false;
        for (DataSource s : sources) {
            if (s.id().equals(source.id())) {
                list.add(source);
                replaced = true;
            } else {
                list.add(s);
            }
        }
        if (!replaced) {
            list.add(source);
        }
        return new Project(name, createdAt, list, preparation, sections, segments, clusterNames, chartChoices,
                attachments);
    }

    /** A fresh source id ("source-N") not used yet. */
    public String nextSourceId() {
        int n = sources.size() + 1;
        while (source(("source-" + n)).isPresent()) {
            n++;
        }
        return "source-" + n;
    }

    public Optional<DataSource> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Project withPreparation(List<JsonNode> steps) {
        return new Project(name, createdAt, sources, steps, sections, segments, clusterNames, chartChoices,
                attachments);
    }

    /** Stores (or replaces) a section's state. */
    public <S> Project with(ProjectSection<S> section, S state) {
        Map<String, SectionState> map = new LinkedHashMap<>(sections);
        map.put(section.id(), new SectionState(section.schemaVersion(), ProjectJson.toTree(state)));
        return new Project(name, createdAt, sources, preparation, map, segments, clusterNames, chartChoices,
                attachments);
    }

    public Project withoutSection(String id) {
        Map<String, SectionState> map = new LinkedHashMap<>(sections);
        map.remove(id);
        return new Project(name, createdAt, sources, preparation, map, segments, clusterNames, chartChoices,
                attachments);
    }

    /**
     * The state of a section, upgraded from an older schema version when needed; empty when the project has
     * none. A state written by a newer version of the section is refused with a clear message.
     */
    public <S> Optional<S> get(ProjectSection<S> section) throws ProjectFormatException {
        SectionState stored = sections.get(section.id());
        if (stored == null) {
            return Optional.empty();
        }
        if (stored.schemaVersion() > section.schemaVersion()) {
            throw new ProjectFormatException("project.error.section.newer", section.id(), stored.schemaVersion(),
                    section.schemaVersion());
        }
        JsonNode node = stored.schemaVersion() < section.schemaVersion()
                ? section.upgrade(stored.state(), stored.schemaVersion()) : stored.state();
        try {
            return Optional.of(ProjectJson.fromTree(node, section.stateType()));
        } catch (IOException | RuntimeException e) {
            throw new ProjectFormatException(e, "project.error.section.damaged", section.id(),
                    String.valueOf(e.getMessage()));
        }
    }

    /** Adds a segment, replacing one with the same name. */
    public Project withSegment(SavedSegment segment) {
        List<SavedSegment> list = new ArrayList<>(segments.stream().filter(s -> !s.name().equals(segment.name()))
                .toList());
        list.add(segment);
        return new Project(name, createdAt, sources, preparation, sections, list, clusterNames, chartChoices,
                attachments);
    }

    public Project withSegments(List<SavedSegment> list) {
        return new Project(name, createdAt, sources, preparation, sections, list, clusterNames, chartChoices,
                attachments);
    }

    public Project withClusterNames(String analysisId, Map<String, String> names) {
        Map<String, Map<String, String>> map = new LinkedHashMap<>(clusterNames);
        map.put(analysisId, names);
        return new Project(name, createdAt, sources, preparation, sections, segments, map, chartChoices,
                attachments);
    }

    public Project withChartChoice(String chartId, String choice) {
        Map<String, String> map = new LinkedHashMap<>(chartChoices);
        map.put(chartId, choice);
        return new Project(name, createdAt, sources, preparation, sections, segments, clusterNames, map,
                attachments);
    }

    /** Adds a binary entry (e.g. "models/churn/best.bin"); names use '/' and contain no "..". */
    public Project withAttachment(String entry, byte[] data) {
        Map<String, byte[]> map = new LinkedHashMap<>(attachments);
        map.put(entry, data.clone());
        return new Project(name, createdAt, sources, preparation, sections, segments, clusterNames, chartChoices,
                map);
    }

    public Optional<byte[]> attachment(String entry) {
        byte[] b = attachments.get(entry);
        return b == null ? Optional.empty() : Optional.of(b.clone());
    }

    static void checkEntryName(String entry) {
        Objects.requireNonNull(entry, "entry");
        if (entry.isBlank() || entry.startsWith("/") || entry.contains("..") || entry.contains("\\")) {
            throw new IllegalArgumentException("bad attachment name: " + entry);
        }
    }
}
