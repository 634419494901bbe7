package org.xiaoqu.credit.internal;

/**
 * A map from long to int without boxing: open addressing with linear probing, twelve bytes a slot. Holds one entry
 * per document number of a province's credit records (millions) where a {@code HashMap<String, String>} would take
 * ten times the memory.
 */
public final class LongIntMap {
    /** Returned by {@link #get} for a key that is absent. */
    public static final int ABSENT = Integer.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    public LongIntMap() {
        keys = new long[1024];
        values = new int[1024];
        used = new boolean[1024];
    }

    /** Stores {@code value} under {@code key} unless the key has one already (the first wins). */
    public void putIfAbsent(long key, int value) {
        if (value == ABSENT) {
            throw new IllegalArgumentException("the value " + ABSENT + " marks an absent key");
        }
        if ((size + 1) * 2L > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (!used[i]) {
                used[i] = true;
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
            if (keys[i] == key) {
                return;
            }
        }
    }

    /** The value stored under {@code key}, or {@link #ABSENT}. */
    public int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); used[i]; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return ABSENT;
    }

    /** A key and its value. */
    @FunctionalInterface
    public interface Entry {
        void accept(long key, int value);
    }

    /** Every entry, in no particular order. */
    public void forEach(Entry action) {
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                action.accept(keys[i], values[i]);
            }
        }
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        return (int) (mix(key) & mask);
    }

    /** The 64-bit finaliser of MurmurHash3: spreads every input bit over the whole result. */
    public static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53a87d1L;
        h ^= h >>> 33;
        return h;
    }

    /**
     * A 64-bit hash of a text (FNV-1a over its characters, then {@link #mix}): two different document numbers of
     * one province share it with a probability of about n²/2⁶⁵ — one in five million at three million numbers.
     */
    public static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h ^ text.length());
    }
}
