package org.xiaoqu.source;

/**
 * First line of each primary key seen in a file, by a 64-bit hash of the key: at most 16 bytes per key instead of the
 * key's strings, so that five million keys fit in about 100 MB. Two different keys sharing a 64-bit hash would
 * be taken for duplicates; with five million keys the chance is about one in a million.
 */
final class KeyIndex {

    private long[] keys = new long[1 << 12];
    private int[] lines = new int[1 << 12];
    private int size;

    /** Records the key's line; returns the line the key was first seen on, or -1 when it is new. */
    long putIfAbsent(long hash, long line) {
        long k = hash == 0 ? 1 : hash;
        if (size * 4L >= keys.length * 3L) {
            grow();
        }
        int mask = keys.length - 1;
        int i = (int) (mix(k) & mask);
        while (keys[i] != 0) {
            if (keys[i] == k) {
                return lines[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = k;
        lines[i] = (int) Math.min(line, Integer.MAX_VALUE);
        size++;
        return -1;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            long k = oldKeys[j];
            if (k != 0) {
                int i = (int) (mix(k) & mask);
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = k;
                lines[i] = oldLines[j];
            }
        }
    }

    /** A 64-bit hash of the key's parts (FNV-1a over the chars, then a finaliser). */
    static long hash(Object[] parts) {
        long h = 0xcbf29ce484222325L;
        for (Object o : parts) {
            String s = String.valueOf(o);
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= 0x1F; // a separator no key contains, so ("ab","c") differs from ("a","bc")
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
