package org.xiaoqu.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The frictionless Table Schema of one output file, at {@code schemas/output/<feature>/<name>.schema.json}
 * on the classpath, with xiaoqu's extensions per field: {@code xiaoqu:title_zh} (the Chinese header people
 * read, required), {@code xiaoqu:text} (a code, id or phone: an Excel text cell) and {@code xiaoqu:personal}
 * ({@code name}, {@code phone} or {@code id}: masked unless personal data is shown). The schema is checked
 * when loaded, so a broken one fails the first test that writes it.
 *
 * @param name the schema's id, {@code <feature>/<name>}
 * @param title English title of the table (the schema's {@code title}, else its name)
 * @param titleZh Chinese title of the table ({@code xiaoqu:title_zh}, else the English title)
 * @param fields the columns in file order
 */
public record OutputSchema(String name, String title, String titleZh, List<Field> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, OutputSchema> CACHE = new ConcurrentHashMap<>();
    private static final Set<String> FIELD_KEYS = Set.of(
            "name",
            "type",
            "format",
            "title",
            "description",
            "constraints",
            "xiaoqu:title_zh",
            "xiaoqu:text",
            "xiaoqu:personal");

    public OutputSchema {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("output schema " + name + " has no fields");
        }
        Set<String> seen = new HashSet<>();
        for (Field f : fields) {
            if (!seen.add(f.name())) {
                throw new IllegalArgumentException("output schema " + name + ": field " + f.name() + " twice");
            }
        }
    }

    /** The column types of output files. */
    public enum Type {
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN,
        DATE,
        DATETIME;

        static Type of(String schema, String field, String type) {
            for (Type t : values()) {
                if (t.name().toLowerCase(Locale.ROOT).equals(type)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("output schema " + schema + ": field " + field + " has unknown type '"
                    + type + "' (use string, integer, number, boolean, date or datetime)");
        }
    }

    /** What kind of personal data a column holds, which says how it is masked. */
    public enum Personal {
        /** A person's name: first character kept. */
        NAME,
        /** A phone number: first 3 and last 4 digits kept. */
        PHONE,
        /** An identity card number: first 6 and last 4 kept. */
        ID
    }

    /**
     * One column.
     *
     * @param name machine header, snake_case
     * @param type value type
     * @param title English header
     * @param titleZh Chinese header
     * @param text whether Excel must keep it as text (codes, ids, phones, leading zeros)
     * @param personal the kind of personal data, or null
     */
    public record Field(
            String name, Type type, String title, String titleZh, boolean text, @Nullable Personal personal) {

        public Field {
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("field name must be snake_case: " + name);
            }
        }

        /** The header in Chinese or English. */
        public String title(boolean chinese) {
            return chinese ? titleZh : title;
        }
    }

    /**
     * The schema {@code <feature>/<name>} from {@code schemas/output/<feature>/<name>.schema.json} on the
     * classpath, loaded and checked once.
     *
     * @throws IllegalStateException if there is no such resource
     * @throws IllegalArgumentException if the schema is invalid, naming the resource and the field
     */
    public static OutputSchema load(String name) {
        return CACHE.computeIfAbsent(name, OutputSchema::read);
    }

    /** Classpath resource of the schema {@code <feature>/<name>}. */
    public static String resource(String name) {
        return "/schemas/output/" + name + ".schema.json";
    }

    /** Parses and checks a schema (for tests and for schemas outside the classpath). */
    public static OutputSchema parse(String name, InputStream json) throws IOException {
        return fromJson(name, JSON.readTree(json));
    }

    /** The field names in order. */
    public List<String> names() {
        return fields.stream().map(Field::name).toList();
    }

    /** Index of the named field, or -1. */
    public int indexOf(String fieldName) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(fieldName)) {
                return i;
            }
        }
        return -1;
    }

    /** The named field. */
    public Field field(String fieldName) {
        int i = indexOf(fieldName);
        if (i < 0) {
            throw new IllegalArgumentException("output schema " + name + " has no field " + fieldName);
        }
        return fields.get(i);
    }

    /** The table title in Chinese or English. */
    public String title(boolean chinese) {
        return chinese ? titleZh : title;
    }

    private static OutputSchema read(String name) {
        if (!name.matches("[a-z0-9][a-z0-9_-]*/[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("output schema name must be <feature>/<name>: " + name);
        }
        String resource = resource(name);
        try (InputStream in = OutputSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing output schema: classpath resource " + resource);
            }
            return parse(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static OutputSchema fromJson(String name, JsonNode root) {
        JsonNode fieldsNode = root.path("fields");
        if (!fieldsNode.isArray()) {
            throw new IllegalArgumentException("output schema " + name + " has no fields array");
        }
        List<Field> fields = new ArrayList<>();
        for (JsonNode f : fieldsNode) {
            fields.add(fieldFromJson(name, f));
        }
        String title = root.path("title").asText(name);
        return new OutputSchema(name, title, root.path("xiaoqu:title_zh").asText(title), fields);
    }

    private static Field fieldFromJson(String schema, JsonNode f) {
        String field = f.path("name").asText("");
        if (field.isEmpty()) {
            throw new IllegalArgumentException("output schema " + schema + ": a field has no name");
        }
        for (Iterator<String> keys = f.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (key.startsWith("xiaoqu:") && !FIELD_KEYS.contains(key)) {
                throw new IllegalArgumentException("output schema " + schema + ": field " + field + " has unknown key '"
                        + key + "' (use xiaoqu:title_zh, xiaoqu:text, xiaoqu:personal)");
            }
        }
        Type type = Type.of(schema, field, f.path("type").asText("string"));
        String title = required(schema, field, f, "title");
        String titleZh = required(schema, field, f, "xiaoqu:title_zh");
        JsonNode textNode = f.path("xiaoqu:text");
        if (!textNode.isMissingNode() && !textNode.isBoolean()) {
            throw new IllegalArgumentException(
                    "output schema " + schema + ": field " + field + ": xiaoqu:text must be true or false");
        }
        Personal personal = null;
        if (f.hasNonNull("xiaoqu:personal")) {
            String p = f.get("xiaoqu:personal").asText();
            personal = switch (p) {
                case "name" -> Personal.NAME;
                case "phone" -> Personal.PHONE;
                case "id" -> Personal.ID;
                default ->
                    throw new IllegalArgumentException("output schema " + schema + ": field " + field
                            + " has unknown xiaoqu:personal '" + p + "' (use name, phone or id)");
            };
            if (type != Type.STRING) {
                throw new IllegalArgumentException(
                        "output schema " + schema + ": personal field " + field + " must be a string");
            }
        }
        return new Field(field, type, title, titleZh, textNode.asBoolean(false), personal);
    }

    private static String required(String schema, String field, JsonNode f, String key) {
        String v = f.path(key).asText("");
        if (v.isBlank()) {
            throw new IllegalArgumentException("output schema " + schema + ": field " + field + " has no " + key);
        }
        return v;
    }
}
