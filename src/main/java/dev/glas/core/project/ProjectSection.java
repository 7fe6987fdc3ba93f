package dev.glas.core.project;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an area contributes to a project file: an id, a schema version and a Jackson-serializable state
 * (usually a record holding options, seeds, chosen columns, names…). Register nothing: pass the section to
 * {@link Project#with(ProjectSection, Object)} and {@link Project#get(ProjectSection)}.
 *
 * <p>When the stored state was written by an older schema version, {@link #upgrade} turns it into the
 * current shape; a state from a <em>newer</em> version is refused with a clear message.
 *
 * @param <S> the state type (a record with Jackson-friendly components)
 */
public interface ProjectSection<S> {

    /** Unique id, e.g. "segment.kmeans". */
    String id();

    /** Version of the state's JSON shape; increase it when the shape changes incompatibly. */
    int schemaVersion();

    Class<S> stateType();

    /**
     * Converts a state stored by {@code storedVersion} (older than {@link #schemaVersion()}) to the current
     * shape. Default: unchanged (fields added since then take their defaults).
     */
    default JsonNode upgrade(JsonNode stored, int storedVersion) {
        return stored;
    }

    /** A section from its parts (for simple cases and tests). */
    static <S> ProjectSection<S> of(String id, int schemaVersion, Class<S> stateType) {
        return new ProjectSection<>() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public int schemaVersion() {
                return schemaVersion;
            }

            @Override
            public Class<S> stateType() {
                return stateType;
            }
        };
    }
}
