package org.xiaoqu.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Char-loop parsing of cell text: no regular expressions, no exceptions on the common path. Each parser returns
 * the value or null and leaves the reason in {@link #reason}.
 */
final class Values {

    /** Why the last parse returned null. */
    @Nullable
    String reason;

    private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(
            Map.entry("是", true),
            Map.entry("否", false),
            Map.entry("有", true),
            Map.entry("无", false),
            Map.entry("已成立", true),
            Map.entry("未成立", false),
            Map.entry("已建立", true),
            Map.entry("未建立", false),
            Map.entry("true", true),
            Map.entry("false", false),
            Map.entry("yes", true),
            Map.entry("no", false),
            Map.entry("y", true),
            Map.entry("n", false),
            Map.entry("1", true),
            Map.entry("0", false),
            Map.entry("√", true),
            Map.entry("×", false));

    /** Trims ASCII white space, ideographic spaces and no-break spaces at both ends. */
    static String trim(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return b == 0 && e == s.length() ? s : s.substring(b, e);
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }

    /** Full-width ASCII (U+FF01–FF5E) and the ideographic space folded to half-width. */
    static String foldWidth(String s) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if ((c >= '\uFF01' && c <= '\uFF5E') || c == '\u3000') {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        char[] out = s.toCharArray();
        for (; i < n; i++) {
            char c = out[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                out[i] = ' ';
            }
        }
        return new String(out);
    }

    @Nullable
    Long parseLong(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i++;
        }
        long v = 0;
        int digits = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 18) {
                    reason = "'" + Problem.shown(s) + "' is too large";
                    return null;
                }
                v = v * 10 + (c - '0');
            } else if (c == ',' && digits > 0) {
                continue; // thousands separator as spreadsheets write it
            } else if (c == '.' && digits > 0 && allZero(s, i + 1)) {
                break; // 12.0, as a spreadsheet number
            } else {
                reason = "'" + Problem.shown(s) + "' is not a whole number";
                return null;
            }
        }
        if (digits == 0) {
            reason = "'" + Problem.shown(s) + "' is not a whole number";
            return null;
        }
        return negative ? -v : v;
    }

    private static boolean allZero(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    java.math.@Nullable BigDecimal parseDecimal(String s) {
        String t = s;
        if (t.indexOf(',') >= 0) {
            t = t.replace(",", "");
        }
        int n = t.length();
        if (n == 0 || n > 64) {
            reason = "'" + Problem.shown(s) + "' is not a number";
            return null;
        }
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
            if (!ok) {
                reason = "'" + Problem.shown(s) + "' is not a number";
                return null;
            }
        }
        try {
            return new java.math.BigDecimal(t);
        } catch (NumberFormatException e) {
            reason = "'" + Problem.shown(s) + "' is not a number";
            return null;
        }
    }

    /**
     * A date as departments write it: {@code 2024-03-05}, {@code 2024/3/5}, {@code 2024.3.5}, {@code 20240305},
     * {@code 2024年3月5日}, optionally followed by a time (dropped).
     */
    @Nullable
    LocalDate parseDate(String s) {
        int n = s.length();
        int[] part = new int[3];
        if (n == 8 && allDigits(s)) {
            part[0] = Integer.parseInt(s, 0, 4, 10);
            part[1] = Integer.parseInt(s, 4, 6, 10);
            part[2] = Integer.parseInt(s, 6, 8, 10);
        } else {
            int i = 0;
            for (int p = 0; p < 3; p++) {
                int digits = 0;
                while (i < n && digits < (p == 0 ? 4 : 2) && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    part[p] = part[p] * 10 + (s.charAt(i) - '0');
                    digits++;
                    i++;
                }
                if (digits == 0 || (p == 0 && digits != 4)) {
                    return badDate(s);
                }
                if (p < 2) {
                    if (i >= n || !isDateSeparator(s.charAt(i), p)) {
                        return badDate(s);
                    }
                    i++;
                } else if (i < n && (s.charAt(i) == '日' || s.charAt(i) == '号')) {
                    i++;
                }
            }
            if (i < n && !isTimeTail(s, i)) {
                return badDate(s);
            }
        }
        int year = part[0];
        if (year < 1900 || year > 2100) {
            reason = "'" + Problem.shown(s) + "': year " + year + " is out of range (1900–2100)";
            return null;
        }
        try {
            return LocalDate.of(year, part[1], part[2]);
        } catch (DateTimeException e) {
            reason = "'" + Problem.shown(s) + "' is not a real date (" + lowerFirst(e.getMessage()) + ")";
            return null;
        }
    }

    private static String lowerFirst(@Nullable String m) {
        if (m == null || m.isEmpty()) {
            return "invalid";
        }
        return Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    private static boolean isDateSeparator(char c, int part) {
        switch (c) {
            case '-':
            case '/':
            case '.':
                return true;
            case '年':
                return part == 0;
            case '月':
                return part == 1;
            default:
                return false;
        }
    }

    private static boolean isTimeTail(String s, int from) {
        char first = s.charAt(from);
        if (first != 'T' && first != ' ') {
            return false;
        }
        for (int i = from + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || c == ':' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private @Nullable LocalDate badDate(String s) {
        reason = "'" + Problem.shown(s) + "' is not a date; write 2024-03-05, 2024/3/5, 20240305 or 2024年3月5日";
        return null;
    }

    @Nullable
    Boolean parseBoolean(String s) {
        Boolean b = BOOLEANS.get(s.toLowerCase(Locale.ROOT));
        if (b == null) {
            reason = "'" + Problem.shown(s) + "' is not yes or no; write 是 or 否";
        }
        return b;
    }
}
