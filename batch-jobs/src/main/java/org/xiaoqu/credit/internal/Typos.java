package org.xiaoqu.credit.internal;

/**
 * How far a mistyped unified social credit code is from a valid one, counted in a clerk's typos: a character
 * changed, dropped, added, or two adjacent characters swapped (the optimal string alignment distance), after reading
 * the letters O and I, which GB 32100-2015 never uses, as the digits 0 and 1 they were meant to be.
 */
public final class Typos {
    private Typos() {}

    /** The code with O read as 0 and I as 1 (upper case; a code is upper-cased before it gets here). */
    public static String misread(String code) {
        return code.indexOf('O') < 0 && code.indexOf('I') < 0
                ? code
                : code.replace('O', '0').replace('I', '1');
    }

    /** Typos between {@code written} and {@code code}, both {@link #misread} first. */
    public static int distance(String written, String code) {
        String a = misread(written);
        String b = misread(code);
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }
}
