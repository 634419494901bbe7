package org.xiaoqu.link.internal;

import java.util.HashSet;
import java.util.Set;

/** String similarities used by the comparators; all return values in [0, 1] (distances excepted). */
public final class Similarity {
    private Similarity() {}

    /** Jaro–Winkler similarity with the usual prefix scale 0.1 and a prefix of at most four characters. */
    public static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return a.isEmpty() ? 0 : 1;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] ma = new boolean[la];
        boolean[] mb = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int lo = Math.max(0, i - window);
            int hi = Math.min(lb - 1, i + window);
            for (int j = lo; j <= hi; j++) {
                if (!mb[j] && a.charAt(i) == b.charAt(j)) {
                    ma[i] = true;
                    mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            if (ma[i]) {
                while (!mb[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(la, lb)) && a.charAt(i) == b.charAt(i); i++) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** Levenshtein edit distance, two-row dynamic programming. */
    public static int levenshtein(String a, String b) {
        int lb = b.length();
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[lb];
    }

    /** Jaccard similarity of the sets of character n-grams (a string shorter than n is its own gram). */
    public static double ngramJaccard(String a, String b, int n) {
        if (n > 4) {
            Set<String> ga = grams(a, n);
            Set<String> gb = grams(b, n);
            int inter = 0;
            for (String g : ga) {
                if (gb.contains(g)) {
                    inter++;
                }
            }
            return ga.isEmpty() && gb.isEmpty() ? 0 : (double) inter / (ga.size() + gb.size() - inter);
        }
        return jaccard(packedGrams(a, n), packedGrams(b, n));
    }

    /** Jaccard similarity of two sorted distinct packed gram arrays. */
    static double jaccard(long[] ga, long[] gb) {
        if (ga.length == 0 && gb.length == 0) {
            return 0;
        }
        int inter = 0;
        int i = 0;
        int j = 0;
        while (i < ga.length && j < gb.length) {
            if (ga[i] == gb[j]) {
                inter++;
                i++;
                j++;
            } else if (ga[i] < gb[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) inter / (ga.length + gb.length - inter);
    }

    /** The distinct n-grams (n at most 4) of a string, each packed into a long, sorted. */
    static long[] packedGrams(String s, int n) {
        if (s.isEmpty()) {
            return new long[0];
        }
        int count = Math.max(1, s.length() - n + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long g = 0;
            for (int k = i; k < Math.min(s.length(), i + n); k++) {
                g = (g << 16) | s.charAt(k);
            }
            out[i] = g | ((long) Math.min(n, s.length()) << 60);
        }
        java.util.Arrays.sort(out);
        int u = 0;
        for (int i = 0; i < out.length; i++) {
            if (u == 0 || out[u - 1] != out[i]) {
                out[u++] = out[i];
            }
        }
        return u == out.length ? out : java.util.Arrays.copyOf(out, u);
    }

    /** The set of character n-grams of a string. */
    public static Set<String> grams(String s, int n) {
        Set<String> out = new HashSet<>();
        if (s.isEmpty()) {
            return out;
        }
        if (s.length() < n) {
            out.add(s);
            return out;
        }
        for (int i = 0; i + n <= s.length(); i++) {
            out.add(s.substring(i, i + n));
        }
        return out;
    }

    /** American Soundex code (letters only; empty for a string without letters). */
    public static String soundex(String s) {
        String codes = "01230120022455012623010202";
        StringBuilder out = new StringBuilder(4);
        char last = 0;
        for (int i = 0; i < s.length() && out.length() < 4; i++) {
            char c = Character.toUpperCase(s.charAt(i));
            if (c < 'A' || c > 'Z') {
                continue;
            }
            char code = codes.charAt(c - 'A');
            if (out.length() == 0) {
                out.append(c);
                last = code;
            } else if (code != '0' && code != last) {
                out.append(code);
                last = code;
            } else if (c != 'H' && c != 'W') {
                last = code;
            }
        }
        while (out.length() > 0 && out.length() < 4) {
            out.append('0');
        }
        return out.toString();
    }
}
