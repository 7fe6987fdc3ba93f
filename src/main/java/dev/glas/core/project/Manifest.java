package dev.glas.core.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The JSON document {@code manifest.json} at the root of a {@code .glas} file. Field names are written in
 * snake_case. {@code schema_version} decides whether this version of Glas can read the file.
 */
record Manifest(String format, int schemaVersion, String appVersion, String savedAt,
                Map<String, String> libraries, String name, String createdAt, List<DataSource> sources,
                List<JsonNode> preparation, Map<String, SectionState> sections, List<SavedSegment> segments,
                Map<String, Map<String, String>> clusterNames, Map<String, String> chartChoices,
                List<Entry> entries) {

    /** A binary entry of the zip (attachment or embedded data) with its size and hash. */
    record Entry(String name, long size, String sha256) {
    }
}
