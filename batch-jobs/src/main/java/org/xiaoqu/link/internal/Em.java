package org.xiaoqu.link.internal;

import java.util.Map;

/**
 * Expectation–maximisation of the m probabilities and the match share over comparison patterns, with u held
 * fixed (u comes from random pairs, where matches are negligible; fixing it keeps EM from swapping the two
 * classes). Patterns are packed four bits per comparison, level + 1, so missing (-1) is 0.
 */
public final class Em {
    private Em() {}

    /**
     * The estimate: m[comparison][level], the match share lambda, the iterations used, and per comparison
     * the expected number of matched pairs its m rests on (pairs where it was not missing).
     */
    public record Estimate(double[][] m, double lambda, int iterations, double[] evidence) {}

    public static Estimate run(
            Map<Long, Long> patterns, int[] levels, double[][] u, double prior, int maxIterations, double tol) {
        int c = levels.length;
        double[][] m = new double[c][];
        for (int i = 0; i < c; i++) {
            m[i] = new double[levels[i]];
            // start from "matches mostly agree exactly": the top level holds most of the mass
            double rest = 0.1 / Math.max(1, levels[i] - 1);
            for (int l = 0; l < levels[i]; l++) {
                m[i][l] = l == levels[i] - 1 ? 0.9 : rest;
            }
            if (levels[i] == 1) {
                m[i][0] = 1;
            }
        }
        double lambda = prior;
        long[] keys = new long[patterns.size()];
        double[] counts = new double[patterns.size()];
        int p = 0;
        for (Map.Entry<Long, Long> e : patterns.entrySet()) {
            keys[p] = e.getKey();
            counts[p++] = e.getValue();
        }
        int iteration = 0;
        double[] evidence = new double[c];
        while (iteration < maxIterations) {
            iteration++;
            double[][] acc = new double[c][];
            for (int i = 0; i < c; i++) {
                acc[i] = new double[levels[i]];
            }
            double matched = 0;
            double total = 0;
            for (int k = 0; k < keys.length; k++) {
                double pm = lambda;
                double pu = 1 - lambda;
                for (int i = 0; i < c; i++) {
                    int l = level(keys[k], i);
                    if (l >= 0) {
                        pm *= m[i][l];
                        pu *= u[i][l];
                    }
                }
                double r = pm + pu == 0 ? 0 : pm / (pm + pu);
                double w = r * counts[k];
                matched += w;
                total += counts[k];
                for (int i = 0; i < c; i++) {
                    int l = level(keys[k], i);
                    if (l >= 0) {
                        acc[i][l] += w;
                    }
                }
            }
            double change = Math.abs(matched / total - lambda);
            lambda = clamp(matched / total);
            for (int i = 0; i < c; i++) {
                double sum = 0;
                for (double v : acc[i]) {
                    sum += v;
                }
                evidence[i] = sum;
                for (int l = 0; l < levels[i]; l++) {
                    double next = sum == 0 ? m[i][l] : clamp(acc[i][l] / sum);
                    change = Math.max(change, Math.abs(next - m[i][l]));
                    m[i][l] = next;
                }
            }
            if (change < tol) {
                break;
            }
        }
        return new Estimate(m, lambda, iteration, evidence);
    }

    private static double clamp(double v) {
        return Math.min(1 - 1e-9, Math.max(1e-9, v));
    }

    /** The level of comparison i in a packed pattern, -1 when missing. */
    public static int level(long pattern, int i) {
        return (int) ((pattern >>> (4 * i)) & 0xF) - 1;
    }

    /** Packs levels (each -1..14) into a pattern key. */
    public static long pack(byte[] levels) {
        long key = 0;
        for (int i = 0; i < levels.length; i++) {
            key |= ((long) (levels[i] + 1)) << (4 * i);
        }
        return key;
    }
}
