package org.xiaoqu.link.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** A record as the comparison pass sees it: its index, source, prepared values and blocking key values. */
public record Prepared(int index, int source, String[] values, String[][] keys, long[][] grams) {

    public Prepared(int index, int source, String[] values, String[][] keys) {
        this(index, source, values, keys, new long[values.length][]);
    }

    /** The packed n-grams of value i, computed once per record copy (a copy is used by one thread). */
    long[] grams(int i, int n) {
        long[] g = grams[i];
        if (g == null) {
            g = Similarity.packedGrams(values[i], n);
            grams[i] = g;
        }
        return g;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(index);
        out.writeByte(source);
        out.writeByte(values.length);
        for (String v : values) {
            out.writeUTF(v);
        }
        out.writeByte(keys.length);
        for (String[] k : keys) {
            out.writeShort(k.length);
            for (String v : k) {
                out.writeUTF(v);
            }
        }
    }

    static Prepared read(DataInputStream in) throws IOException {
        int index = in.readInt();
        int source = in.readByte();
        String[] values = new String[in.readByte()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readUTF();
        }
        String[][] keys = new String[in.readByte()][];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = new String[in.readShort()];
            for (int i = 0; i < keys[k].length; i++) {
                keys[k][i] = in.readUTF();
            }
        }
        return new Prepared(index, source, values, keys);
    }
}
