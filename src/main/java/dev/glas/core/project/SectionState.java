package dev.glas.core.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * The stored state of one analysis (or other part) of a project, as generic JSON with the schema version
 * of the section that wrote it. See {@link ProjectSection}.
 */
public record SectionState(int schemaVersion, JsonNode state) {

    public SectionState {
        Objects.requireNonNull(state, "state");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schema version must be >= 1");
        }
    }
}
