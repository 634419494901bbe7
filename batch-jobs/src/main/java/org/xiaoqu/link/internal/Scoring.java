package org.xiaoqu.link.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.link.LinkConfig;
import org.xiaoqu.link.ModelParameters;

/**
 * Pass C: scores every candidate pair from the pair files, keeps those at or above the review floor, tracks
 * each record's best and second-best candidate weight, then decides: link, review, or dropped by one-to-one.
 */
public final class Scoring {
    public static final byte NONE = 0;
    public static final byte MATCH = 1;
    public static final byte REVIEW = 2;

    private final Pipeline pipeline;
    private final LinkConfig config;
    private final double[][] weights;
    private final double[] exactM;
    private final double priorWeight;
    private final double minTf;

    // kept pairs (probability >= reviewFrom)
    public int count;
    public int[] left = new int[1024];
    public int[] right = new int[1024];
    public float[] weight = new float[1024];
    public byte[] levels = new byte[1024];
    public float[] tf = new float[1024];
    public byte[] decision = new byte[1024];
    public final float[] best;
    public final float[] second;
    public long droppedByOneToOne;
    public long sentToReviewByGap;

    public Scoring(Pipeline pipeline, ModelParameters params) {
        this.pipeline = pipeline;
        this.config = pipeline.config();
        int c = pipeline.comparators.size();
        weights = new double[c][];
        exactM = new double[c];
        for (int i = 0; i < c; i++) {
            ModelParameters.ComparisonParameters cp = params.comparisons().get(i);
            weights[i] = new double[cp.levels().size()];
            for (int l = 0; l < weights[i].length; l++) {
                weights[i][l] = cp.weight(l);
            }
            exactM[i] = cp.m().get(cp.levels().size() - 1);
        }
        priorWeight = log2(params.lambda() / (1 - params.lambda()));
        minTf = 1.0 / Math.max(1, pipeline.size());
        best = new float[pipeline.size()];
        second = new float[pipeline.size()];
        Arrays.fill(best, Float.NEGATIVE_INFINITY);
        Arrays.fill(second, Float.NEGATIVE_INFINITY);
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** The weight in bits of comparison i at a level, term-frequency adjusted when tfValue >= 0. */
    public double weightOf(int i, int level, float tfValue) {
        if (level < 0) {
            return 0;
        }
        if (tfValue >= 0) {
            return log2(exactM[i] / Math.max(tfValue, minTf));
        }
        return weights[i][level];
    }

    public double priorWeight() {
        return priorWeight;
    }

    /** The match probability of a weight in bits. */
    public static double probability(double bits) {
        return 1 / (1 + Math.pow(2, -bits));
    }

    public static double bits(double probability) {
        return log2(probability / (1 - probability));
    }

    public void scoreAll() {
        int c = pipeline.comparators.size();
        int t = pipeline.tfIndex.length;
        double floor = bits(config.reviewFrom());
        byte[] lv = new byte[c];
        float[] tv = new float[t];
        for (int k = 0; k < pipeline.keys.size(); k++) {
            for (int p = 0; p < pipeline.partitions(); p++) {
                Path file = pipeline.pairFile(k, p);
                try (DataInputStream in =
                        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                    while (true) {
                        int a;
                        try {
                            a = in.readInt();
                        } catch (EOFException end) {
                            break;
                        }
                        int b = in.readInt();
                        in.readFully(lv);
                        for (int j = 0; j < t; j++) {
                            tv[j] = in.readFloat();
                        }
                        double w = priorWeight;
                        int tj = 0;
                        for (int i = 0; i < c; i++) {
                            float tfValue = -1;
                            if (tj < t && pipeline.tfIndex[tj] == i) {
                                tfValue = tv[tj++];
                            }
                            w += weightOf(i, lv[i], tfValue);
                        }
                        float fw = (float) w;
                        track(a, fw);
                        track(b, fw);
                        if (w >= floor) {
                            keep(a, b, fw, lv, tv);
                        }
                    }
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new XiaoquException(ExitCode.FAILED, "cannot read pair file " + file + ": " + e, e);
                }
            }
        }
    }

    private void track(int r, float w) {
        if (w > best[r]) {
            second[r] = best[r];
            best[r] = w;
        } else if (w > second[r]) {
            second[r] = w;
        }
    }

    private void keep(int a, int b, float w, byte[] lv, float[] tv) {
        int c = lv.length;
        int t = tv.length;
        if (count == left.length) {
            int n = count * 2;
            left = Arrays.copyOf(left, n);
            right = Arrays.copyOf(right, n);
            weight = Arrays.copyOf(weight, n);
            decision = Arrays.copyOf(decision, n);
        }
        if ((count + 1) * c > levels.length) {
            levels = Arrays.copyOf(levels, Math.max(levels.length * 2, (count + 1) * c));
        }
        if ((count + 1) * t > tf.length) {
            tf = Arrays.copyOf(tf, Math.max(tf.length * 2, (count + 1) * t));
        }
        left[count] = a;
        right[count] = b;
        weight[count] = w;
        System.arraycopy(lv, 0, levels, count * c, c);
        System.arraycopy(tv, 0, tf, count * t, t);
        count++;
    }

    /** Kept pairs in descending weight, ties by record indexes: the order of assignment and clustering. */
    public Integer[] order() {
        Integer[] idx = new Integer[count];
        for (int i = 0; i < count; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (x, y) -> {
            int cmp = Float.compare(weight[y], weight[x]);
            if (cmp != 0) {
                return cmp;
            }
            cmp = Integer.compare(left[x], left[y]);
            return cmp != 0 ? cmp : Integer.compare(right[x], right[y]);
        });
        return idx;
    }

    /** Threshold, review band, distinguishability gap, then the optional one-to-one assignment. */
    public void decide() {
        double threshold = bits(config.threshold());
        boolean[] taken = config.oneToOne() ? new boolean[pipeline.size()] : null;
        for (int i : order()) {
            if (weight[i] < threshold) {
                decision[i] = REVIEW;
                continue;
            }
            if (taken != null) {
                if (taken[left[i]] || taken[right[i]]) {
                    decision[i] = NONE;
                    droppedByOneToOne++;
                    continue;
                }
            }
            if (config.minGap() > 0 && (gap(left[i]) < config.minGap() || gap(right[i]) < config.minGap())) {
                decision[i] = REVIEW;
                sentToReviewByGap++;
                continue;
            }
            decision[i] = MATCH;
            if (taken != null) {
                taken[left[i]] = true;
                taken[right[i]] = true;
            }
        }
    }

    /** Best minus second-best candidate weight of a record; infinite with one candidate, NaN with none. */
    public double gap(int record) {
        if (best[record] == Float.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        return second[record] == Float.NEGATIVE_INFINITY
                ? Double.POSITIVE_INFINITY
                : (double) best[record] - second[record];
    }
}
