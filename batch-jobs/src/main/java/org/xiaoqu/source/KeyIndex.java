package org.xiaoqu.source;

/**
 * First line of each primary key seen in a file, by a 64-bit hash of the key: at most 32 bytes per key (16 at the usual load) instead of the
 * key's strings, so that five million keys fit in 128 MB. Two different keys sharing a 64-bit hash would
 * be taken for duplicates; with five million keys the chance is about one in a million.
 */
final class KeyIndex {

    /** Key and line side by side, so that a look-up touches one cache line. */
    private long[] slots = new long[2 << 12];

    private int size;

    /** Records the key's line; returns the line the key was first seen on, or -1 when it is new. */
    long putIfAbsent(long hash, long line) {
        long k = hash == 0 ? 1 : hash;
        int capacity = slots.length >> 1;
        if (size * 4L >= capacity * 3L) {
            grow();
            capacity = slots.length >> 1;
        }
        int mask = capacity - 1;
        int i = (int) (k & mask);
        while (slots[2 * i] != 0) {
            if (slots[2 * i] == k) {
                return slots[2 * i + 1];
            }
            i = (i + 1) & mask;
        }
        slots[2 * i] = k;
        slots[2 * i + 1] = line;
        size++;
        return -1;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = (slots.length >> 1) - 1;
        for (int j = 0; j < old.length; j += 2) {
            long k = old[j];
            if (k != 0) {
                int i = (int) (k & mask);
                while (slots[2 * i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[2 * i] = k;
                slots[2 * i + 1] = old[j + 1];
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
