package dev.glas.core.data;

import java.util.Objects;

/**
 * A drill-down selection the analyst saved under a name ("Лояльные клиенты Москвы"). Segments live in the
 * application state and can be re-opened, renamed, exported and used by other analyses.
 *
 * @param name      display name, not blank
 * @param selection the rows
 */
public record NamedSegment(String name, RowSelection selection) {

    public NamedSegment {
        Objects.requireNonNull(selection, "selection");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("segment name must not be blank");
        }
        name = name.strip();
    }

    public int size() {
        return selection.size();
    }

    public NamedSegment withName(String newName) {
        return new NamedSegment(newName, selection);
    }
}
