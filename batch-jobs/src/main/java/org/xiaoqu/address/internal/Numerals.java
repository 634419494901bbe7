package org.xiaoqu.address.internal;

/**
 * Chinese and financial numerals (一百零八, 十二, 两, 〇, 壹贰叁) as numbers. A numeral is read as a number
 * only where the scanner has decided it is one (followed by 栋, 单元, 期…); inside names (一品, 三角洲) it
 * stays text.
 */
public final class Numerals {
    private static final byte[] DIGIT = new byte[65536];
    private static final short[] UNIT = new short[65536];

    static {
        java.util.Arrays.fill(DIGIT, (byte) -1);
        set("零〇0", 0);
        set("一壹1幺", 1);
        set("二贰两貳2", 2);
        set("三叁參3", 3);
        set("四肆4", 4);
        set("五伍5", 5);
        set("六陆陸6", 6);
        set("七柒7", 7);
        set("八捌8", 8);
        set("九玖9", 9);
        for (char c : "十拾".toCharArray()) {
            UNIT[c] = 10;
        }
        for (char c : "百佰".toCharArray()) {
            UNIT[c] = 100;
        }
        for (char c : "千仟".toCharArray()) {
            UNIT[c] = 1000;
        }
    }

    private Numerals() {}

    private static void set(String chars, int value) {
        for (char c : chars.toCharArray()) {
            DIGIT[c] = (byte) value;
        }
    }

    /** An ASCII digit. */
    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A Chinese or financial numeral character (not an ASCII digit). */
    public static boolean isChineseNumeral(char c) {
        return (DIGIT[c] >= 0 && !isAsciiDigit(c)) || UNIT[c] > 0;
    }

    /** The end of the run of ASCII digits starting at {@code from}. */
    public static int digitsEnd(char[] s, int from, int to) {
        int i = from;
        while (i < to && isAsciiDigit(s[i])) {
            i++;
        }
        return i;
    }

    /** The end of the run of Chinese numerals starting at {@code from}. */
    public static int chineseEnd(char[] s, int from, int to) {
        int i = from;
        while (i < to && isChineseNumeral(s[i])) {
            i++;
        }
        return i;
    }

    /**
     * The value of a run of Chinese numerals, or -1 when it is not a well-formed number. Runs with no
     * unit character are read digit by digit (一〇八 = 108), the others positionally (一百零八 = 108).
     */
    public static long chineseValue(char[] s, int from, int to) {
        if (from >= to) {
            return -1;
        }
        boolean hasUnit = false;
        for (int i = from; i < to; i++) {
            if (UNIT[s[i]] > 0) {
                hasUnit = true;
            } else if (DIGIT[s[i]] < 0) {
                return -1;
            }
        }
        long value = 0;
        if (!hasUnit) {
            for (int i = from; i < to; i++) {
                value = value * 10 + DIGIT[s[i]];
                if (value > Integer.MAX_VALUE) {
                    return -1;
                }
            }
            return value;
        }
        long pending = -1;
        int lastUnit = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (UNIT[c] > 0) {
                int unit = UNIT[c];
                if (unit >= lastUnit) {
                    return -1;
                }
                value += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
                lastUnit = unit;
            } else {
                int d = DIGIT[c];
                if (d == 0) {
                    pending = -1;
                    continue;
                }
                if (pending >= 0) {
                    return -1;
                }
                pending = d;
            }
        }
        if (pending >= 0) {
            value += pending;
        }
        return value;
    }

    /** The value of the number written in {@code s[from, to)} in digits or Chinese numerals; -1 if none. */
    public static long value(char[] s, int from, int to) {
        if (from < to && isAsciiDigit(s[from])) {
            long v = 0;
            for (int i = from; i < to; i++) {
                if (!isAsciiDigit(s[i])) {
                    return -1;
                }
                v = v * 10 + (s[i] - '0');
                if (v > Integer.MAX_VALUE) {
                    return -1;
                }
            }
            return v;
        }
        return chineseValue(s, from, to);
    }

    /** Replaces every maximal run of Chinese numerals that reads as a number by its digits. */
    public static String toDigits(String text) {
        char[] s = text.toCharArray();
        StringBuilder out = new StringBuilder(s.length);
        int i = 0;
        while (i < s.length) {
            int end = chineseEnd(s, i, s.length);
            if (end > i) {
                long v = chineseValue(s, i, end);
                if (v >= 0) {
                    out.append(v);
                } else {
                    out.append(s, i, end - i);
                }
                i = end;
            } else {
                out.append(s[i++]);
            }
        }
        return out.toString();
    }
}
