package org.xiaoqu.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A frictionless Table Schema of one input kind, with xiaoqu's extensions: {@code x-aliases} (the Chinese
 * headers departments use for a field), {@code x-valueAliases} (Chinese values of an enum), {@code
 * x-personal} (personal data, masked in messages) and {@code x-requireOneOf} (groups of fields of which at
 * least one must be complete in every row).
 *
 * @param name the kind's id
 * @param title Chinese title
 * @param description what a row is
 * @param fields the fields in canonical order (the order of checked values)
 * @param primaryKey names of the fields forming the key, unique within one file
 * @param missingValues cell texts read as "no value"
 * @param requireOneOf groups of field names; every row must fill all fields of at least one group (empty:
 *     no such rule)
 */
public record TableSchema(
        String name,
        String title,
        String description,
        List<Field> fields,
        List<String> primaryKey,
        Set<String> missingValues,
        List<List<String>> requireOneOf) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<InputKind, TableSchema> CACHE = new EnumMap<>(InputKind.class);

    public TableSchema {
        fields = List.copyOf(fields);
        primaryKey = List.copyOf(primaryKey);
        missingValues = Set.copyOf(missingValues);
        requireOneOf = requireOneOf.stream().map(List::copyOf).toList();
        for (String k : primaryKey) {
            if (indexOfOrMinus(fields, k) < 0) {
                throw new IllegalArgumentException(name + ": primary key field " + k + " is not a field");
            }
        }
        for (List<String> group : requireOneOf) {
            for (String k : group) {
                if (indexOfOrMinus(fields, k) < 0) {
                    throw new IllegalArgumentException(name + ": x-requireOneOf field " + k + " is not a field");
                }
            }
        }
    }

    /** The schema of an input kind, loaded once from the classpath. */
    public static TableSchema of(InputKind kind) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(kind, TableSchema::load);
        }
    }

    /** Parses a Table Schema from JSON (for tests and for schemas outside the classpath). */
    public static TableSchema parse(InputStream json) throws IOException {
        return fromJson(JSON.readTree(json));
    }

    /** Index of the field with that name in {@link #fields()}, or -1. */
    public int indexOf(String fieldName) {
        return indexOfOrMinus(fields, fieldName);
    }

    /** The field with that name. */
    public Field field(String fieldName) {
        int i = indexOf(fieldName);
        if (i < 0) {
            throw new IllegalArgumentException(name + " has no field " + fieldName);
        }
        return fields.get(i);
    }

    private static int indexOfOrMinus(List<Field> fields, String fieldName) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(fieldName)) {
                return i;
            }
        }
        return -1;
    }

    private static TableSchema load(InputKind kind) {
        try (InputStream in = TableSchema.class.getResourceAsStream(kind.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + kind.schemaResource());
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + kind.schemaResource(), e);
        }
    }

    private static TableSchema fromJson(JsonNode root) {
        List<Field> fields = new ArrayList<>();
        for (JsonNode f : root.path("fields")) {
            fields.add(fieldFromJson(f));
        }
        List<String> pk = new ArrayList<>();
        JsonNode pkNode = root.path("primaryKey");
        if (pkNode.isTextual()) {
            pk.add(pkNode.asText());
        } else {
            pkNode.forEach(n -> pk.add(n.asText()));
        }
        List<String> missing = new ArrayList<>();
        if (root.has("missingValues")) {
            root.path("missingValues").forEach(n -> missing.add(n.asText()));
        } else {
            missing.add("");
        }
        List<List<String>> oneOf = new ArrayList<>();
        for (JsonNode group : root.path("x-requireOneOf")) {
            List<String> g = new ArrayList<>();
            group.forEach(n -> g.add(n.asText()));
            oneOf.add(g);
        }
        return new TableSchema(
                root.path("name").asText(),
                root.path("title").asText(""),
                root.path("description").asText(""),
                fields,
                pk,
                Set.copyOf(missing),
                oneOf);
    }

    private static Field fieldFromJson(JsonNode f) {
        JsonNode c = f.path("constraints");
        List<String> aliases = new ArrayList<>();
        f.path("x-aliases").forEach(n -> aliases.add(n.asText()));
        List<String> enumValues = new ArrayList<>();
        c.path("enum").forEach(n -> enumValues.add(n.asText()));
        Map<String, String> valueAliases = new LinkedHashMap<>();
        f.path("x-valueAliases")
                .fields()
                .forEachRemaining(e -> valueAliases.put(e.getKey(), e.getValue().asText()));
        return new Field(
                f.path("name").asText(),
                FieldType.of(f.path("type").asText("string")),
                f.hasNonNull("format") ? f.get("format").asText() : null,
                f.path("title").asText(""),
                f.path("description").asText(""),
                c.path("required").asBoolean(false),
                c.hasNonNull("pattern") ? c.get("pattern").asText() : null,
                enumValues,
                c.hasNonNull("minimum") ? c.get("minimum").decimalValue() : null,
                c.hasNonNull("maximum") ? c.get("maximum").decimalValue() : null,
                c.hasNonNull("maxLength") ? c.get("maxLength").asInt() : null,
                aliases,
                valueAliases,
                f.path("x-personal").asBoolean(false));
    }

    /**
     * One field of a Table Schema.
     *
     * @param name canonical snake_case name
     * @param type the value type
     * @param format a format refinement: {@code wkt} (WKT geometry text), {@code gb32100} (unified social credit
     *     code, checked with a warning), or null
     * @param title Chinese title (also a header a file may use)
     * @param description what the field holds
     * @param required whether the column must exist and every row fill it
     * @param pattern a regular expression the whole value must match, or null
     * @param enumValues the allowed values (empty: any)
     * @param minimum inclusive lower bound of a numeric value, or null
     * @param maximum inclusive upper bound of a numeric value, or null
     * @param maxLength most characters (code points) of a text value, or null for non-text fields
     * @param aliases Chinese (or other) headers departments use for this field
     * @param valueAliases cell values departments write for an enum value, mapped to the canonical value
     * @param personal whether the value is personal data (masked in messages)
     */
    public record Field(
            String name,
            FieldType type,
            @Nullable String format,
            String title,
            String description,
            boolean required,
            @Nullable String pattern,
            List<String> enumValues,
            @Nullable BigDecimal minimum,
            @Nullable BigDecimal maximum,
            @Nullable Integer maxLength,
            List<String> aliases,
            Map<String, String> valueAliases,
            boolean personal) {

        public Field {
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("field name must be snake_case: " + name);
            }
            if (type == FieldType.STRING && maxLength == null) {
                throw new IllegalArgumentException(
                        "text field " + name + " needs a maxLength so every accepted row is insertable");
            }
            enumValues = List.copyOf(enumValues);
            aliases = List.copyOf(aliases);
            valueAliases = Map.copyOf(valueAliases);
        }
    }
}
