package org.xiaoqu.credit.internal;

/**
 * A map from long to int without boxing: open addressing with linear probing, each key beside its value in one
 * array (sixteen bytes a slot, one memory access a probe: the tables of a province's document numbers are far larger
 * than the processor's cache). Holds one entry per document number of a province's credit records (millions) where
 * a {@code HashMap<String, String>} would take ten times the memory.
 */
public final class LongIntMap {
    /** Returned by {@link #get} for a key that is absent. */
    public static final int ABSENT = Integer.MIN_VALUE;

    /** Marks a slot in use in its value word (a value is the word's low 32 bits). */
    private static final long USED = 1L << 32;

    /** Per slot: the key, then the value with {@link #USED} set (0: an empty slot). */
    private long[] slots;

    private int size;

    public LongIntMap() {
        slots = new long[2 * 1024];
    }

    /** Stores {@code value} under {@code key} unless the key has one already (the first wins). */
    public void putIfAbsent(long key, int value) {
        if (value == ABSENT) {
            throw new IllegalArgumentException("the value " + ABSENT + " marks an absent key");
        }
        if ((size + 1) * 4L > slots.length) { // half full
            grow();
        }
        int mask = slots.length / 2 - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long word = slots[2 * i + 1];
            if (word == 0) {
                slots[2 * i] = key;
                slots[2 * i + 1] = USED | (value & 0xFFFF_FFFFL);
                size++;
                return;
            }
            if (slots[2 * i] == key) {
                return;
            }
        }
    }

    /** The value stored under {@code key}, or {@link #ABSENT}. */
    public int get(long key) {
        int mask = slots.length / 2 - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long word = slots[2 * i + 1];
            if (word == 0) {
                return ABSENT;
            }
            if (slots[2 * i] == key) {
                return (int) word;
            }
        }
    }

    /** A key and its value. */
    @FunctionalInterface
    public interface Entry {
        void accept(long key, int value);
    }

    /** Every entry, in no particular order. */
    public void forEach(Entry action) {
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i + 1] != 0) {
                action.accept(slots[i], (int) slots[i + 1]);
            }
        }
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] != 0) {
                putIfAbsent(old[i], (int) old[i + 1]);
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
