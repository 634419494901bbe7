package org.xiaoqu.samples.departments;

import org.xiaoqu.samples.NoiseKind;

/** Counts, per noise kind, the eligible units and those that got the noise. */
public final class NoiseCounter {
    private final long[] eligible = new long[NoiseKind.values().length];
    private final long[] applied = new long[NoiseKind.values().length];

    void count(NoiseKind kind, boolean hit) {
        eligible[kind.ordinal()]++;
        if (hit) {
            applied[kind.ordinal()]++;
        }
    }

    public long eligible(NoiseKind kind) {
        return eligible[kind.ordinal()];
    }

    public long applied(NoiseKind kind) {
        return applied[kind.ordinal()];
    }
}
