package org.xiaoqu.link.internal;

import java.util.Arrays;

/** A growable int array: a million record indexes without a million Integer objects. */
public final class IntList {
    private int[] data = new int[16];
    private int size;

    public void add(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, size * 2);
        }
        data[size++] = v;
    }

    public int get(int i) {
        return data[i];
    }

    public int size() {
        return size;
    }
}
