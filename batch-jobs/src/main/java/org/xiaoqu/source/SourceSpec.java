package org.xiaoqu.source;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.schemas.InputKind;
import org.xiaoqu.schemas.TableSchema;

/**
 * One {@code sources:} entry of xiaoqu.yaml, resolved: the file is a concrete path (a glob is expanded by the
 * caller into one spec per file) and the defaults are applied.
 *
 * @param id the source id, {@code [a-z0-9][a-z0-9-]*}
 * @param department the department that sends the file (综治, 公安…); fills the {@code department} field of
 *     kinds that have one when the file has no such column
 * @param kind the input kind, whose Table Schema the rows must satisfy
 * @param file the file to read
 * @param encoding declared text encoding, {@link Encoding#AUTO} to detect
 * @param sheet Excel sheet name, or null for the first visible sheet
 * @param columns canonical field name to the header as written in the file; other fields are matched by
 *     canonical name or alias
 * @param crs the coordinate system of coordinates or geometry ({@code WGS-84}, {@code GCJ-02}, {@code
 *     BD-09}), or null
 * @param budget the reject budget
 */
public record SourceSpec(
        String id,
        String department,
        InputKind kind,
        Path file,
        Encoding encoding,
        @Nullable String sheet,
        Map<String, String> columns,
        @Nullable String crs,
        RejectBudget budget) {

    public SourceSpec {
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("source id '" + id + "' must match [a-z0-9][a-z0-9-]*");
        }
        TableSchema schema = TableSchema.of(kind);
        for (String field : columns.keySet()) {
            if (schema.indexOf(field) < 0) {
                throw new IllegalArgumentException("source " + id + ": columns: names field '" + field
                        + "', which kind " + kind.id() + " does not have; its fields are "
                        + schema.fields().stream().map(TableSchema.Field::name).toList());
            }
        }
        if (crs != null && !crs.equals("WGS-84") && !crs.equals("GCJ-02") && !crs.equals("BD-09")) {
            throw new IllegalArgumentException(
                    "source " + id + ": crs '" + crs + "' must be one of WGS-84, GCJ-02, BD-09");
        }
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** An ad-hoc source for one file ({@code xiaoqu validate --kind KIND FILE}): auto encoding, default budget. */
    public static SourceSpec adHoc(InputKind kind, Path file) {
        return new SourceSpec("adhoc", "", kind, file, Encoding.AUTO, null, Map.of(), null, RejectBudget.DEFAULT);
    }

    /** The file name as problems show it. */
    public String fileName() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
