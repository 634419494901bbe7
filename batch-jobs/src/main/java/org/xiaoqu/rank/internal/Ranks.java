package org.xiaoqu.rank.internal;

/** Ranks from scores, larger scores first. */
public final class Ranks {
    private Ranks() {}

    /**
     * Ranks of entities already ordered best first ({@code order[k]} = the entity in place k), where {@code
     * tiedWithPrevious[k]} says whether place k ties the place before it. Standard competition ("1224", COINr's
     * default): a tie shares the best rank and the next rank skips; dense ("1223"): it does not skip.
     */
    public static int[] ofOrder(int[] order, boolean[] tiedWithPrevious, boolean dense) {
        int[] rank = new int[order.length];
        int current = 0;
        int distinct = 0;
        for (int k = 0; k < order.length; k++) {
            if (k == 0 || !tiedWithPrevious[k]) {
                distinct++;
                current = dense ? distinct : k + 1;
            }
            rank[order[k]] = current;
        }
        return rank;
    }

    /**
     * Standard competition ranks of {@code scores} (1 + the number of strictly larger scores) using a sorted copy
     * {@code scratch} (length n, overwritten): O(n log n), no boxing. {@code NaN} scores get rank 0.
     */
    public static void competition(double[] scores, double[] scratch, int[] rankOut) {
        int n = scores.length;
        System.arraycopy(scores, 0, scratch, 0, n);
        java.util.Arrays.sort(scratch); // NaN sort last
        int valid = n;
        while (valid > 0 && Double.isNaN(scratch[valid - 1])) {
            valid--;
        }
        for (int i = 0; i < n; i++) {
            double s = scores[i];
            if (Double.isNaN(s)) {
                rankOut[i] = 0;
                continue;
            }
            int lo = 0;
            int hi = valid;
            while (lo < hi) { // first index with scratch[idx] > s
                int mid = (lo + hi) >>> 1;
                if (scratch[mid] <= s) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            rankOut[i] = valid - lo + 1;
        }
    }
}
