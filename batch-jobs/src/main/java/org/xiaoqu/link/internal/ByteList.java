package org.xiaoqu.link.internal;

import java.util.Arrays;

/** A growable byte array. */
public final class ByteList {
    private byte[] data = new byte[16];
    private int size;

    public void add(byte v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, size * 2);
        }
        data[size++] = v;
    }

    public byte get(int i) {
        return data[i];
    }

    public void set(int i, byte v) {
        data[i] = v;
    }

    public int size() {
        return size;
    }
}
