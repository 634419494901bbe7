package org.xiaoqu.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.xiaoqu.schemas.InputKind;
import org.xiaoqu.schemas.TableSchema;

/**
 * What {@code xiaoqu init} writes for an input kind, derived from the kind's Table Schema so that a template can
 * never fall behind the schema it is checked against: a CSV with the header row only (the fields' Chinese titles,
 * in the schema's order) and the kind's entry of {@code sources:} in xiaoqu.yaml, with the fields and their rules
 * in comments.
 */
final class SourceTemplates {
    /** CSV templates are filled in with Excel, which reads UTF-8 only with a byte order mark. */
    static final String BOM = "\ufeff";

    private static final int COMMENT_COLUMN = 40;

    private SourceTemplates() {}

    /** Where the template of {@code kind} goes, relative to the configuration file. */
    static String file(InputKind kind) {
        return "templates/" + kind.id() + ".csv";
    }

    /** The template: a byte order mark and the header row, CRLF-terminated as RFC 4180 has it. */
    static String csv(InputKind kind) {
        return BOM
                + TableSchema.of(kind).fields().stream()
                        .map(f -> csvCell(f.title()))
                        .collect(Collectors.joining(","))
                + "\r\n";
    }

    /** The kind's entry of {@code sources:}, indented for that list. */
    static String yamlEntry(InputKind kind) {
        TableSchema schema = TableSchema.of(kind);
        List<String> lines = new ArrayList<>();
        lines.add("  # " + schema.title() + " (" + kind.id() + "): " + oneLine(schema.description()));
        lines.add("  - id: " + kind.id());
        lines.add("    kind: " + kind.id());
        lines.add(commented(
                "    file: " + file(kind), "the department's file (CSV, .xlsx or .xls; a glob loads as one)"));
        lines.add(commented("    #department: ", "who keeps the file; for a grid, whose grid it is"));
        String rule = schema.requireOneOf().isEmpty()
                ? "the header the file uses, if none of the usual ones"
                : "every row fills one of: "
                        + schema.requireOneOf().stream()
                                .map(g -> String.join(" + ", g))
                                .collect(Collectors.joining(" | "));
        lines.add(commented("    #columns:", rule));
        for (TableSchema.Field f : schema.fields()) {
            List<String> notes = new ArrayList<>();
            if (f.required()) {
                notes.add("required");
            }
            if (schema.primaryKey().contains(f.name())) {
                notes.add(schema.primaryKey().size() == 1 ? "unique" : "unique with " + others(schema, f));
            }
            if (f.personal()) {
                notes.add("personal data, masked in messages");
            }
            String line = "    #  " + f.name() + ": " + yamlScalar(f.title());
            lines.add(notes.isEmpty() ? line : commented(line, String.join(", ", notes)));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String others(TableSchema schema, TableSchema.Field f) {
        return schema.primaryKey().stream().filter(k -> !k.equals(f.name())).collect(Collectors.joining(", "));
    }

    private static String commented(String line, String comment) {
        int pad = Math.max(1, COMMENT_COLUMN - width(line));
        return line + " ".repeat(pad) + "# " + comment;
    }

    /** Columns on a terminal or in an editor: a Chinese character takes two, so the comments line up. */
    static int width(String text) {
        return text.codePoints()
                .map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                                || (c >= 0x3000 && c <= 0x303f)
                                || (c >= 0xff00 && c <= 0xff60)
                        ? 2
                        : 1)
                .sum();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static String csvCell(String text) {
        return text.matches(".*[,\"\r\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** A title as a YAML plain scalar where it can be one, else single-quoted. */
    private static String yamlScalar(String text) {
        return text.matches("[\\p{IsHan}\\p{L}\\p{N}_（）()/、 -]+") && !text.startsWith("-") && !text.endsWith(" ")
                ? text
                : "'" + text.replace("'", "''") + "'";
    }
}
