package org.xiaoqu.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.config.Nearest;
import org.xiaoqu.schemas.TableSchema;

/**
 * Which file column feeds each schema field: the source's {@code columns:} mapping first, then the canonical
 * field name, then the Chinese title and aliases. Headers are compared after trimming, folding full-width
 * characters and case, and dropping spaces and the {@code *} templates use to mark required columns.
 */
final class HeaderBinding {

    /** Column index (0-based) of each field in schema order, -1 when the file has none. */
    final int[] columnOf;

    final List<String> notes = new ArrayList<>();

    private HeaderBinding(int[] columnOf) {
        this.columnOf = columnOf;
    }

    static HeaderBinding bind(TableSchema schema, SourceSpec spec, List<String> header) {
        String file = spec.fileName();
        List<String> keys = new ArrayList<>(header.size());
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, List<Integer>> duplicates = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String k = key(header.get(i));
            keys.add(k);
            if (k.isEmpty()) {
                continue;
            }
            Integer seen = byKey.putIfAbsent(k, i);
            if (seen != null) {
                duplicates
                        .computeIfAbsent(k, x -> new ArrayList<>(List.of(seen)))
                        .add(i);
            }
        }
        int[] columnOf = new int[schema.fields().size()];
        Arrays.fill(columnOf, -1);
        HeaderBinding b = new HeaderBinding(columnOf);
        boolean[] used = new boolean[header.size()];
        // pass 1: the configured mapping must be honoured exactly
        for (Map.Entry<String, String> e : spec.columns().entrySet()) {
            int f = schema.indexOf(e.getKey());
            Integer col = byKey.get(key(e.getValue()));
            if (col == null) {
                throw new XiaoquException(
                        ExitCode.INPUT_REJECTED,
                        file + ": columns: maps " + e.getKey() + " to header '" + e.getValue()
                                + "', which the file does not have; headers found: " + header
                                + nearestHint(e.getValue(), header));
            }
            bindOrFail(b, schema, file, header, duplicates, f, col, used);
        }
        // pass 2: canonical names; pass 3: titles and aliases, in the schema's order of preference
        for (int pass = 2; pass <= 3; pass++) {
            for (int f = 0; f < columnOf.length; f++) {
                if (columnOf[f] >= 0) {
                    continue;
                }
                TableSchema.Field field = schema.fields().get(f);
                List<String> names = pass == 2 ? List.of(field.name()) : titleAndAliases(field);
                for (String name : names) {
                    Integer col = byKey.get(key(name));
                    if (col != null && !used[col]) {
                        bindOrFail(b, schema, file, header, duplicates, f, col, used);
                        break;
                    }
                }
            }
        }
        for (int f = 0; f < columnOf.length; f++) {
            TableSchema.Field field = schema.fields().get(f);
            if (field.required() && columnOf[f] < 0) {
                throw new XiaoquException(
                        ExitCode.INPUT_REJECTED,
                        file + ": no column for required field " + field.name() + " (" + field.title()
                                + "); headers found: " + header + nearestHint(field, header)
                                + ", or rename the column to " + field.title());
            }
        }
        for (List<String> group : schema.requireOneOf()) {
            if (group.stream().allMatch(n -> columnOf[schema.indexOf(n)] >= 0)) {
                return finish(b, header, used, duplicates);
            }
        }
        if (!schema.requireOneOf().isEmpty()) {
            throw new XiaoquException(
                    ExitCode.INPUT_REJECTED,
                    file + ": the file must have columns for one of " + schema.requireOneOf()
                            + " to place a building; headers found: " + header);
        }
        return finish(b, header, used, duplicates);
    }

    private static HeaderBinding finish(
            HeaderBinding b, List<String> header, boolean[] used, Map<String, List<Integer>> duplicates) {
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!used[i] && !header.get(i).isBlank()) {
                extra.add(header.get(i));
            }
        }
        if (!extra.isEmpty()) {
            b.notes.add("column(s) " + extra + " match no field and are ignored");
        }
        for (Map.Entry<String, List<Integer>> d : duplicates.entrySet()) {
            boolean bound = false;
            for (int col : d.getValue()) {
                bound |= used[col];
            }
            if (!bound) {
                b.notes.add("header '" + header.get(d.getValue().get(0)) + "' appears in columns "
                        + oneBased(d.getValue()) + "; it matches no field and is ignored");
            }
        }
        return b;
    }

    private static void bindOrFail(
            HeaderBinding b,
            TableSchema schema,
            String file,
            List<String> header,
            Map<String, List<Integer>> duplicates,
            int field,
            int col,
            boolean[] used) {
        List<Integer> dup = duplicates.get(key(header.get(col)));
        if (dup != null) {
            throw new XiaoquException(
                    ExitCode.INPUT_REJECTED,
                    file + ": header '" + header.get(col) + "' appears in columns " + oneBased(dup)
                            + ", so field " + schema.fields().get(field).name()
                            + " is ambiguous; rename or delete one of those columns");
        }
        b.columnOf[field] = col;
        used[col] = true;
    }

    private static List<Integer> oneBased(List<Integer> cols) {
        return cols.stream().map(c -> c + 1).toList();
    }

    private static List<String> titleAndAliases(TableSchema.Field field) {
        List<String> names = new ArrayList<>(field.aliases().size() + 1);
        names.add(field.title());
        names.addAll(field.aliases());
        return names;
    }

    /** The comparison form of a header: NFKC (full-width folded), lower case, no spaces, no required marks. */
    static String key(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF' && c != '*' && c != '\u00A0') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String nearestHint(TableSchema.Field field, List<String> header) {
        List<String> names = new ArrayList<>(titleAndAliases(field));
        names.add(field.name());
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String h : header) {
            for (String n : names) {
                int d = distance(key(h), key(n));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = h;
                }
            }
        }
        if (best == null) {
            return "; add the column";
        }
        return "; nearest header: '" + best + "' — if that is it, map it with columns: {" + field.name() + ": " + best
                + "}";
    }

    private static String nearestHint(String wanted, List<String> header) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String h : header) {
            int d = distance(key(h), key(wanted));
            if (d < bestDistance) {
                bestDistance = d;
                best = h;
            }
        }
        return best == null ? "" : "; nearest header: '" + best + "'";
    }

    static int distance(String a, String b) {
        return Nearest.distance(a, b);
    }
}
