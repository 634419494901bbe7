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

    private static final long KEY_LIMIT = 1L << 37;

    /**
     * Standard competition ranks of scores that are whole numbers of 10<sup>−decimals</sup> (rounded scores), with
     * vetoed entities behind every other: one sort of packed {@code long} keys (score in the high 40 bits, entity in
     * the low 24) and a linear scan. Returns false, leaving {@code rankOut} undefined, when a score or the entity
     * count does not fit the packing; the caller then uses {@link #competition}.
     */
    public static boolean competitionPacked(
            double[] scores, boolean[] vetoed, int decimals, long[] scratch, int[] rankOut) {
        int n = scores.length;
        if (n >= (1 << 24)) {
            return false;
        }
        double p = StrictMath.pow(10, decimals);
        for (int i = 0; i < n; i++) {
            double s = scores[i];
            if (Double.isNaN(s)) {
                return false;
            }
            long key = Math.round(s * p);
            if (key >= KEY_LIMIT || key <= -KEY_LIMIT) {
                return false;
            }
            if (vetoed[i]) {
                key -= 2 * KEY_LIMIT;
            }
            scratch[i] = (-key << 24) | i;
        }
        java.util.Arrays.sort(scratch, 0, n);
        long previous = Long.MIN_VALUE;
        int rank = 0;
        for (int k = 0; k < n; k++) {
            long high = scratch[k] >> 24;
            if (k == 0 || high != previous) {
                rank = k + 1;
                previous = high;
            }
            rankOut[(int) (scratch[k] & 0xFFFFFF)] = rank;
        }
        return true;
    }
}
