package org.xiaoqu.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.CreditCode;
import org.xiaoqu.schemas.FieldType;
import org.xiaoqu.schemas.InputKind;
import org.xiaoqu.schemas.TableSchema;

/**
 * Checks raw rows of one file against its kind's Table Schema and returns typed values. Rejects (the row is not
 * loaded): broken structure, a required field empty, a value of the wrong type or impossible (2024-02-30, a
 * negative area), outside its enum, not matching its pattern, longer than its maxLength, a NUL byte or
 * undecodable bytes, a primary key already seen in the file. Warns (the row is kept): a unified social credit
 * code that fails GB 32100-2015 or had to be normalised, and text starting with {@code = + - @} (kept verbatim,
 * but a spreadsheet would run it as a formula).
 *
 * <p>One checker per file: it remembers the keys it has seen. Not thread-safe.
 */
public final class RowChecker {

    private final TableSchema schema;
    private final String file;
    private final String encoding;
    private final String department;
    private final @Nullable String crs;
    private final boolean showPersonalData;
    private final int[] columnOf;
    private final FieldCheck[] checks;
    private final int[] keyFields;
    private final int[][] oneOf;
    private final List<String> notes;
    private final KeyIndex keys = new KeyIndex();
    /** The schema's missing-value tokens, compared without hashing each fresh cell string. */
    private final String[] missing;

    private final Values values = new Values();

    private RowChecker(SourceSpec spec, HeaderBinding binding, String encoding, boolean showPersonalData) {
        this.schema = TableSchema.of(spec.kind());
        this.file = spec.fileName();
        this.encoding = encoding;
        this.department = spec.department();
        this.crs = spec.crs();
        this.showPersonalData = showPersonalData;
        this.columnOf = binding.columnOf;
        this.notes = List.copyOf(binding.notes);
        List<TableSchema.Field> fields = schema.fields();
        this.checks = new FieldCheck[fields.size()];
        for (int i = 0; i < checks.length; i++) {
            checks[i] = new FieldCheck(
                    fields.get(i), schema.primaryKey().contains(fields.get(i).name()));
        }
        this.missing = schema.missingValues().stream().filter(m -> !m.isEmpty()).toArray(String[]::new);
        this.keyFields = schema.primaryKey().stream().mapToInt(schema::indexOf).toArray();
        this.oneOf = schema.requireOneOf().stream()
                .map(g -> g.stream().mapToInt(schema::indexOf).toArray())
                .toArray(int[][]::new);
    }

    /**
     * A checker for a file with this header.
     *
     * @param encoding the encoding the file was read in, named in messages about undecodable bytes
     * @param showPersonalData whether problems may show personal data unmasked ({@code --show-personal-data})
     * @throws org.xiaoqu.common.XiaoquException with {@code INPUT_REJECTED} when a required column is missing or
     *     ambiguous, naming the file, the field, the headers found and the nearest header
     */
    public static RowChecker create(SourceSpec spec, List<String> header, String encoding, boolean showPersonalData) {
        HeaderBinding binding = HeaderBinding.bind(TableSchema.of(spec.kind()), spec, header);
        return new RowChecker(spec, binding, encoding, showPersonalData);
    }

    /** A checker for the reader's header, masking personal data. */
    public static RowChecker create(SourceSpec spec, RowReader reader) {
        return create(spec, reader.header(), reader.encoding(), false);
    }

    /** The schema rows are checked against. */
    public TableSchema schema() {
        return schema;
    }

    /** The kind checked. */
    public InputKind kind() {
        return InputKind.of(schema.name());
    }

    /** The 1-based file column feeding the field, 0 when the file has none. */
    public int columnOf(String field) {
        return columnOf[schema.indexOf(field)] + 1;
    }

    /** Header-level notes: ignored extra columns, ignored duplicate headers. */
    public List<String> notes() {
        return notes;
    }

    /** Checks one row. */
    public RowResult check(RawRow raw) {
        long line = raw.line();
        if (raw.error() != null) {
            return rejectRow(line, raw.errorColumn(), raw.error());
        }
        String[] cells = raw.cells();
        Object[] out = new Object[checks.length];
        List<Problem> warnings = null;
        for (int f = 0; f < checks.length; f++) {
            FieldCheck fc = checks[f];
            int col = columnOf[f];
            String v = col >= 0 && col < cells.length ? cells[col] : null;
            if (v != null) {
                v = Values.trim(v);
                if (v.isEmpty() || isMissing(v)) {
                    v = null;
                }
            }
            if (v == null) {
                if (fc.isDepartment && !department.isEmpty()) {
                    out[f] = department;
                } else if (fc.isCrs && crs != null) {
                    out[f] = crs;
                } else if (fc.field.required()) {
                    return reject(line, col + 1, fc, null, "required field " + fc.label + " is empty");
                }
                continue;
            }
            for (int i = 0, n = v.length(); i < n; i++) {
                char c = v.charAt(i);
                if (c == '\0') {
                    return reject(
                            line,
                            col + 1,
                            fc,
                            v,
                            "contains a NUL byte at character " + (i + 1) + ", which a database cannot store");
                }
                if (c == '\uFFFD') {
                    return reject(
                            line,
                            col + 1,
                            fc,
                            v,
                            "contains bytes that are not valid " + encoding
                                    + " (shown as \uFFFD); re-save the file as UTF-8 or GB18030, or declare its encoding");
                }
            }
            if (fc.fold) {
                v = Values.foldWidth(v);
            }
            Object value;
            switch (fc.field.type()) {
                case INTEGER: {
                    Long l = values.parseLong(v);
                    if (l == null) {
                        return reject(line, col + 1, fc, v, values.reason);
                    }
                    String bound = fc.outOfBounds(BigDecimal.valueOf(l), v);
                    if (bound != null) {
                        return reject(line, col + 1, fc, v, bound);
                    }
                    value = l;
                    break;
                }
                case NUMBER: {
                    BigDecimal d = values.parseDecimal(v);
                    if (d == null) {
                        return reject(line, col + 1, fc, v, values.reason);
                    }
                    String bound = fc.outOfBounds(d, v);
                    if (bound != null) {
                        return reject(line, col + 1, fc, v, bound);
                    }
                    value = d;
                    break;
                }
                case DATE: {
                    LocalDate d = values.parseDate(v);
                    if (d == null) {
                        return reject(line, col + 1, fc, v, values.reason);
                    }
                    value = d;
                    break;
                }
                case BOOLEAN: {
                    Boolean b = values.parseBoolean(v);
                    if (b == null) {
                        return reject(line, col + 1, fc, v, values.reason);
                    }
                    value = b;
                    break;
                }
                case STRING:
                default: {
                    if (fc.creditCode) {
                        CreditCode.Result r = CreditCode.check(v);
                        if (r.normalised()) {
                            warnings = warn(
                                    warnings,
                                    line,
                                    col + 1,
                                    fc,
                                    v,
                                    "credit code normalised to " + r.code() + " (spaces, case or full-width removed)");
                        }
                        if (!r.valid()) {
                            warnings = warn(
                                    warnings,
                                    line,
                                    col + 1,
                                    fc,
                                    r.code(),
                                    "credit code " + r.code() + " is invalid: " + r.problem()
                                            + "; row kept and flagged");
                        }
                        v = r.code();
                    }
                    if (fc.enumLookup != null) {
                        String canonical = fc.enumLookup.get(v.toLowerCase(Locale.ROOT));
                        if (canonical == null) {
                            return reject(
                                    line,
                                    col + 1,
                                    fc,
                                    v,
                                    "'" + Problem.shown(v) + "' is not one of "
                                            + fc.field.enumValues()
                                            + (fc.field.valueAliases().isEmpty()
                                                    ? ""
                                                    : " (or "
                                                            + fc.field
                                                                    .valueAliases()
                                                                    .keySet() + ")"));
                        }
                        v = canonical;
                    }
                    if (v.length() > fc.maxLength && v.codePointCount(0, v.length()) > fc.maxLength) {
                        return reject(
                                line,
                                col + 1,
                                fc,
                                v,
                                "is " + v.codePointCount(0, v.length()) + " characters long; at most " + fc.maxLength
                                        + " are allowed");
                    }
                    if (!fc.matches(v)) {
                        return reject(
                                line,
                                col + 1,
                                fc,
                                v,
                                "'" + shown(fc, v) + "' does not match the pattern " + fc.field.pattern());
                    }
                    if (looksLikeFormula(v)) {
                        warnings = warn(
                                warnings,
                                line,
                                col + 1,
                                fc,
                                v,
                                "starts with '" + v.charAt(0)
                                        + "': kept as text, but a spreadsheet would run it as a formula (formula injection)");
                    }
                    value = v;
                }
            }
            out[f] = value;
        }
        for (int[] group : oneOf) {
            if (complete(out, group)) {
                break;
            }
            if (group == oneOf[oneOf.length - 1]) {
                return rejectRow(
                        line, 0, "the row has none of " + schema.requireOneOf() + " filled in, so it cannot be placed");
            }
        }
        if (keyFields.length > 0) {
            Object[] key = new Object[keyFields.length];
            for (int i = 0; i < key.length; i++) {
                key[i] = out[keyFields[i]];
            }
            long first = keys.putIfAbsent(KeyIndex.hash(key), line);
            if (first >= 0) {
                FieldCheck fc = checks[keyFields[0]];
                String shown = key.length == 1 ? String.valueOf(key[0]) : java.util.Arrays.toString(key);
                return reject(
                        line,
                        columnOf[keyFields[0]] + 1,
                        fc,
                        shown,
                        "duplicate key " + schema.primaryKey() + " = " + shown(fc, shown) + ": first seen on line "
                                + first);
            }
        }
        return new RowResult(new CheckedRow(line, out, warnings == null ? List.of() : warnings), null);
    }

    private boolean isMissing(String v) {
        char first = v.charAt(0);
        for (String m : missing) {
            if (m.charAt(0) == first && m.length() == v.length() && m.equals(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean complete(Object[] out, int[] group) {
        for (int f : group) {
            if (out[f] == null) {
                return false;
            }
        }
        return true;
    }

    /** Text a spreadsheet would evaluate, but not a plain signed number like -3 or +86. */
    private static boolean looksLikeFormula(String v) {
        char c = v.charAt(0);
        if (c != '=' && c != '+' && c != '-' && c != '@') {
            return false;
        }
        if (c == '=' || c == '@' || v.length() == 1) {
            return true;
        }
        for (int i = 1; i < v.length(); i++) {
            char d = v.charAt(i);
            if (!((d >= '0' && d <= '9') || d == '.' || d == ' ')) {
                return true;
            }
        }
        return false;
    }

    private List<Problem> warn(
            @Nullable List<Problem> warnings, long line, int col, FieldCheck fc, String v, String reason) {
        List<Problem> w = warnings == null ? new ArrayList<>(2) : warnings;
        w.add(new Problem(file, line, col, fc.field.name(), shown(fc, v), reason, Problem.Severity.WARNING));
        return w;
    }

    private RowResult reject(long line, int col, FieldCheck fc, @Nullable String v, @Nullable String reason) {
        String shown = v == null ? null : shown(fc, v);
        return new RowResult(
                null,
                new Problem(
                        file,
                        line,
                        Math.max(col, 0),
                        fc.field.name(),
                        shown,
                        reason == null ? "invalid" : reason,
                        Problem.Severity.REJECT));
    }

    private RowResult rejectRow(long line, int col, String reason) {
        return new RowResult(null, new Problem(file, line, col, null, null, reason, Problem.Severity.REJECT));
    }

    private String shown(FieldCheck fc, String v) {
        String s = Problem.shown(v);
        return fc.field.personal() && !showPersonalData ? Problem.masked(s) : s;
    }

    private static final Pattern SIMPLE = Pattern.compile("\\^\\[([^\\]]+)\\]\\{(\\d+),(\\d+)\\}\\$");

    /** What is precomputed per field so that checking a cell allocates nothing on the common path. */
    private static final class FieldCheck {
        final TableSchema.Field field;
        final String label;
        final boolean fold;
        final boolean creditCode;
        final boolean isDepartment;
        final boolean isCrs;
        final int maxLength;
        final @Nullable Matcher pattern;
        /** For the common pattern {@code ^[class]{min,max}$}: the class as a table, checked by a char loop. */
        final boolean @Nullable [] simpleClass;

        final int simpleMin;
        final int simpleMax;
        final @Nullable Map<String, String> enumLookup;

        FieldCheck(TableSchema.Field field, boolean key) {
            this.field = field;
            this.label = field.name() + " (" + field.title() + ")";
            this.creditCode = "gb32100".equals(field.format());
            // codes and keys are compared as ASCII; free text (addresses, names) is left as written
            this.fold = field.type() != FieldType.STRING
                    || key
                    || field.pattern() != null
                    || !field.enumValues().isEmpty()
                    || creditCode;
            this.isDepartment = field.name().equals("department");
            this.isCrs = field.name().equals("crs");
            this.maxLength = field.maxLength() == null ? Integer.MAX_VALUE : field.maxLength();
            this.pattern = field.pattern() == null
                    ? null
                    : Pattern.compile(field.pattern()).matcher("");
            Matcher simple = field.pattern() == null ? null : SIMPLE.matcher(field.pattern());
            if (simple != null && simple.matches()) {
                this.simpleClass = charClass(simple.group(1));
                this.simpleMin = Integer.parseInt(simple.group(2));
                this.simpleMax = Integer.parseInt(simple.group(3));
            } else {
                this.simpleClass = null;
                this.simpleMin = 0;
                this.simpleMax = 0;
            }
            if (field.enumValues().isEmpty()) {
                this.enumLookup = null;
            } else {
                Map<String, String> m = new HashMap<>();
                for (String e : field.enumValues()) {
                    m.put(e.toLowerCase(Locale.ROOT), e);
                }
                field.valueAliases().forEach((k, v) -> m.put(k.toLowerCase(Locale.ROOT), v));
                this.enumLookup = m;
            }
        }

        boolean matches(String v) {
            if (simpleClass != null) {
                int n = v.length();
                if (n < simpleMin || n > simpleMax) {
                    return false;
                }
                for (int i = 0; i < n; i++) {
                    char c = v.charAt(i);
                    if (c >= 128 || !simpleClass[c]) {
                        return false;
                    }
                }
                return true;
            }
            return pattern == null || pattern.reset(v).matches();
        }

        /** An ASCII character class body such as {@code 0-9A-Za-z._-}, or null when it holds anything else. */
        private static boolean @Nullable [] charClass(String body) {
            boolean[] table = new boolean[128];
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '\\' || c == '^' || c == '[' || c >= 128) {
                    return null;
                }
                if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                    for (char x = c; x <= body.charAt(i + 2); x++) {
                        table[x] = true;
                    }
                    i += 2;
                } else {
                    table[c] = true;
                }
            }
            return table;
        }

        @Nullable
        String outOfBounds(BigDecimal d, String text) {
            if (field.minimum() != null && d.compareTo(field.minimum()) < 0) {
                return "'" + Problem.shown(text) + "' is "
                        + (d.signum() < 0 && field.minimum().signum() == 0
                                ? "negative; " + field.name() + " cannot be below 0"
                                : "below the minimum " + field.minimum().toPlainString());
            }
            if (field.maximum() != null && d.compareTo(field.maximum()) > 0) {
                return "'" + Problem.shown(text) + "' is above the maximum "
                        + field.maximum().toPlainString();
            }
            return null;
        }
    }
}
