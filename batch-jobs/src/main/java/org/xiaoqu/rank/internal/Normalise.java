package org.xiaoqu.rank.internal;

import java.util.Arrays;

/**
 * Normalisations of one indicator column ({@code NaN} = missing, left missing). Every result is
 * direction-adjusted: larger is better, for cost indicators too, so that aggregation needs no directions.
 */
public final class Normalise {
    private Normalise() {}

    /** The methods a scheme may name. */
    public enum Method {
        MIN_MAX("min-max"),
        Z_SCORE("z-score"),
        RANK("rank"),
        TARGET("distance-to-target"),
        VECTOR("vector");

        private final String id;

        Method(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Method of(String id) {
            for (Method m : values()) {
                if (m.id.equals(id)) {
                    return m;
                }
            }
            throw new IllegalArgumentException(id);
        }
    }

    /**
     * Normalises {@code x} with {@code method}.
     *
     * @param benefit true when larger raw values are better
     * @param lower lower end of the min-max range (usually 0)
     * @param upper upper end of the min-max range (usually 1)
     * @param target the target of distance-to-target (NaN when not used)
     */
    public static double[] column(
            double[] x, Method method, boolean benefit, double lower, double upper, double target) {
        return switch (method) {
            case MIN_MAX -> minMax(x, benefit, lower, upper);
            case Z_SCORE -> zScore(x, benefit);
            case RANK -> rank(x, benefit);
            case TARGET -> toTarget(x, benefit, target);
            case VECTOR -> vector(x, benefit);
        };
    }

    /**
     * (x − min)/(max − min) for a benefit indicator, (max − x)/(max − min) for a cost one, mapped onto [lower,
     * upper]. A constant column says nothing about who is better: everyone gets {@code upper}.
     */
    public static double[] minMax(double[] x, boolean benefit, double lower, double upper) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double[] r = new double[x.length];
        double range = max - min;
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            if (Double.isNaN(v)) {
                r[i] = Double.NaN;
            } else if (!(range > 0)) {
                r[i] = upper;
            } else {
                double u = benefit ? (v - min) / range : (max - v) / range;
                r[i] = lower + u * (upper - lower);
            }
        }
        return r;
    }

    /** (x − mean)/s with the sample standard deviation; negated for a cost indicator; 0 for a constant column. */
    public static double[] zScore(double[] x, boolean benefit) {
        double sum = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        double mean = n == 0 ? 0 : sum / n;
        double ss = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = n > 1 ? StrictMath.sqrt(ss / (n - 1)) : 0;
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            if (Double.isNaN(v)) {
                r[i] = Double.NaN;
            } else {
                double z = sd > 0 ? (v - mean) / sd : 0;
                r[i] = benefit ? z : -z;
            }
        }
        return r;
    }

    /**
     * Fractional rank on [0, 1]: (r − 1)/(n − 1) with r the rank from worst (1) to best (n), ties given the mean
     * of the ranks they span.
     */
    public static double[] rank(double[] x, boolean benefit) {
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        double[] sorted = new double[n];
        int k = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                sorted[k++] = benefit ? v : -v;
            }
        }
        Arrays.sort(sorted);
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            if (Double.isNaN(v)) {
                r[i] = Double.NaN;
                continue;
            }
            double key = benefit ? v : -v;
            int lo = lowerBound(sorted, key);
            int hi = upperBound(sorted, key);
            double meanRank = (lo + 1 + hi) / 2.0; // ranks lo+1 … hi
            r[i] = n > 1 ? (meanRank - 1) / (n - 1) : 1;
        }
        return r;
    }

    /**
     * Distance to target, as COINr's {@code n_dist2targ}: (x − min)/(target − min) for a benefit indicator,
     * (max − x)/(max − target) for a cost one, capped at 1 (reaching the target is full marks).
     */
    public static double[] toTarget(double[] x, boolean benefit, double target) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            if (Double.isNaN(v)) {
                r[i] = Double.NaN;
                continue;
            }
            double d = benefit ? (target - min) : (max - target);
            double u = d > 0 ? (benefit ? (v - min) / d : (max - v) / d) : 1;
            r[i] = Math.max(0, Math.min(1, u));
        }
        return r;
    }

    /**
     * Vector normalisation x / √(Σ x²) (Hwang and Yoon's TOPSIS); negated for a cost indicator, which leaves every
     * distance in TOPSIS and every ratio in VIKOR unchanged while making larger better.
     */
    public static double[] vector(double[] x, boolean benefit) {
        double ss = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                ss += v * v;
            }
        }
        double norm = StrictMath.sqrt(ss);
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            r[i] = Double.isNaN(v) ? Double.NaN : norm > 0 ? (benefit ? v / norm : -v / norm) : 0;
        }
        return r;
    }

    static int lowerBound(double[] a, double key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static int upperBound(double[] a, double key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
