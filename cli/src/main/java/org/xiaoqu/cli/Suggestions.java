package org.xiaoqu.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean …?" for a misspelt option or command name: the names of the command at hand nearest to
 * it. picocli only suggests by prefix, which misses the commonest slips (a dropped letter: {@code --bse};
 * two letters swapped: {@code mrege}), so the distance here counts a transposition as one edit.
 */
final class Suggestions {
    private static final int MAX = 3;

    private Suggestions() {}

    /**
     * The candidates nearest to {@code word}, ignoring case and leading dashes: those at the smallest
     * edit distance when it is small for the word's length (none for one or two letters, which are
     * near everything), else those the word is a prefix of; at most three, nearest first.
     */
    static List<String> nearest(String word, Collection<String> candidates) {
        String w = body(word);
        int allowed = w.length() <= 2 ? 0 : Math.max(1, w.length() / 3);
        List<String> best = new ArrayList<>();
        int bestDistance = allowed + 1;
        for (String c : candidates) {
            int d = distance(w, body(c));
            if (d < bestDistance) {
                best.clear();
                bestDistance = d;
            }
            if (d == bestDistance && !best.contains(c)) {
                best.add(c);
            }
        }
        if (best.isEmpty() && w.length() >= 3) {
            for (String c : candidates) {
                if (body(c).startsWith(w) && !best.contains(c)) {
                    best.add(c);
                }
            }
            best.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        }
        return best.size() > MAX ? List.copyOf(best.subList(0, MAX)) : List.copyOf(best);
    }

    private static String body(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) == '-') {
            i++;
        }
        return name.substring(i).toLowerCase(Locale.ROOT);
    }

    /** Optimal string alignment distance: Levenshtein plus the swap of two neighbouring letters. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
