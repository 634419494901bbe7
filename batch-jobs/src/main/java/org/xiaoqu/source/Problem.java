package org.xiaoqu.source;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong with a file or a row: a rejection (the row is not loaded) or a warning (the row is kept and
 * flagged).
 *
 * @param file the file name as the user knows it
 * @param line the physical line (text) or row number (Excel) of the row, 0 for the whole file
 * @param column the 1-based column, 0 for the whole row
 * @param field the canonical field, or null
 * @param value the offending value, shortened and masked when it is personal data; null when none
 * @param reason one English sentence saying what is wrong and, where useful, what to do
 * @param severity whether the row was rejected or only warned about
 */
public record Problem(
        String file,
        long line,
        int column,
        @Nullable String field,
        @Nullable String value,
        String reason,
        Severity severity) {

    /** Whether a problem rejects its row or only flags it. */
    public enum Severity {
        /** The row is not loaded and counts against the reject budget. */
        REJECT,
        /** The row is loaded and flagged. */
        WARNING
    }

    /** Longest value kept in a problem; longer ones are cut with an ellipsis. */
    static final int MAX_VALUE_CHARS = 60;

    public Problem {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 0 or more");
        }
    }

    /** Whether the row was rejected. */
    public boolean rejected() {
        return severity == Severity.REJECT;
    }

    /**
     * {@code file:line:column: field: reason}, leaving out the parts that are 0 or null — the form compilers use
     * and editors jump to.
     */
    public String format() {
        StringBuilder b = new StringBuilder(file.length() + reason.length() + 32).append(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        if (severity == Severity.WARNING) {
            b.append("warning: ");
        }
        if (field != null) {
            b.append(field).append(": ");
        }
        return b.append(reason).toString();
    }

    @Override
    public String toString() {
        return format();
    }

    /** The value as a problem may show it: cut to {@value #MAX_VALUE_CHARS} characters, control characters shown. */
    static String shown(String value) {
        String v = value.length() > MAX_VALUE_CHARS
                ? value.substring(0, MAX_VALUE_CHARS) + "…(" + value.length() + " chars)"
                : value;
        StringBuilder b = null;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                if (b == null) {
                    b = new StringBuilder(v.length() + 8).append(v, 0, i);
                }
                b.append(String.format("\\u%04X", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? v : b.toString();
    }

    /** Personal data as messages show it: first character and last two kept, the rest starred. */
    static String masked(String value) {
        int n = value.codePointCount(0, value.length());
        if (n <= 1) {
            return "*";
        }
        int firstEnd = value.offsetByCodePoints(0, 1);
        if (n <= 4) {
            return value.substring(0, firstEnd) + "*".repeat(n - 1);
        }
        int lastStart = value.offsetByCodePoints(value.length(), -2);
        return value.substring(0, firstEnd) + "*".repeat(n - 3) + value.substring(lastStart);
    }
}
