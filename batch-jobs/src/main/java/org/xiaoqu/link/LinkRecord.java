package org.xiaoqu.link;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One record handed to the engine.
 *
 * @param source the source it comes from (in link mode, the first source seen is the left one)
 * @param id its key within the source
 * @param values field name → raw value; absent or blank is missing
 * @param entity the true entity when known (for pairs-completeness and evaluation), else null
 */
public record LinkRecord(String source, String id, Map<String, String> values, @Nullable String entity) {
    public LinkRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
        values = Map.copyOf(values);
    }

    public LinkRecord(String source, String id, Map<String, String> values) {
        this(source, id, values, null);
    }
}
