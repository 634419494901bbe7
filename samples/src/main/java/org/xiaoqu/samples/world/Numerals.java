package org.xiaoqu.samples.world;

/** Chinese, financial and full-width renderings of small numbers, as departments write them. */
public final class Numerals {
    private static final String DIGITS = "零一二三四五六七八九";
    private static final String FINANCIAL = "零壹贰叁肆伍陆柒捌玖";

    private Numerals() {}

    /** 1 → 一, 10 → 十, 23 → 二十三, 105 → 一百零五. */
    public static String chinese(int n) {
        return render(n, DIGITS, '十', '百');
    }

    /** 3 → 叁, 12 → 拾贰. */
    public static String financial(int n) {
        return render(n, FINANCIAL, '拾', '佰');
    }

    /** Digits 0-9 to their full-width forms (０-９). */
    public static String fullWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return b.toString();
    }

    private static String render(int n, String digits, char ten, char hundred) {
        if (n < 0 || n > 999) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        StringBuilder b = new StringBuilder();
        int h = n / 100;
        int t = n / 10 % 10;
        int u = n % 10;
        if (h > 0) {
            b.append(digits.charAt(h)).append(hundred);
            if (t == 0 && u != 0) {
                b.append(digits.charAt(0));
            }
        }
        if (t > 0) {
            if (!(h == 0 && t == 1)) {
                b.append(digits.charAt(t));
            }
            b.append(ten);
        }
        if (u > 0) {
            b.append(digits.charAt(u));
        }
        return b.toString();
    }
}
