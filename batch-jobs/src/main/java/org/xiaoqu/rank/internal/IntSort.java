package org.xiaoqu.rank.internal;

/** A stable merge sort of {@code int} indices by a primitive comparator: no boxing for 100,000 entities. */
public final class IntSort {
    private IntSort() {}

    /** Compares two indices. */
    @FunctionalInterface
    public interface Comparator {
        int compare(int a, int b);
    }

    /** 0, 1, …, n − 1 sorted by {@code cmp} (stable). */
    public static int[] sorted(int n, Comparator cmp) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    b[k++] = cmp.compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
                }
                while (i < mid) {
                    b[k++] = a[i++];
                }
                while (j < hi) {
                    b[k++] = a[j++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }
}
