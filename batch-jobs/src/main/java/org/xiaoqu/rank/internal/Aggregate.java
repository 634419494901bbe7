package org.xiaoqu.rank.internal;

/**
 * Aggregations of direction-adjusted normalised columns {@code cols[j][i]} (indicator j, entity i) with weights
 * summing to 1. Larger results are better for every method (VIKOR's Q, where smaller is better, is returned
 * separately by {@link #vikor}).
 */
public final class Aggregate {
    private Aggregate() {}

    /** The methods a scheme may name. */
    public enum Method {
        ARITHMETIC("weighted-arithmetic"),
        GEOMETRIC("geometric"),
        TOPSIS("topsis"),
        VIKOR("vikor");

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
     * Σ w<sub>j</sub> x<sub>ij</sub>; a missing value ({@code NaN}) drops out and the entity's remaining weights are
     * scaled back to 1 (the "re-weight" missing-data policy).
     */
    public static double[] arithmetic(double[][] cols, double[] w) {
        int n = cols.length == 0 ? 0 : cols[0].length;
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double wsum = 0;
            for (int j = 0; j < cols.length; j++) {
                double v = cols[j][i];
                if (!Double.isNaN(v)) {
                    sum += w[j] * v;
                    wsum += w[j];
                }
            }
            s[i] = wsum > 0 ? sum / wsum : Double.NaN;
        }
        return s;
    }

    /**
     * Π x<sub>ij</sub><sup>w<sub>j</sub></sup> = exp(Σ w ln x), re-weighted over present values like {@link
     * #arithmetic}. Values must be positive.
     */
    public static double[] geometric(double[][] cols, double[] w) {
        int n = cols.length == 0 ? 0 : cols[0].length;
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double wsum = 0;
            for (int j = 0; j < cols.length; j++) {
                double v = cols[j][i];
                if (!Double.isNaN(v)) {
                    if (!(v > 0)) {
                        throw new IllegalArgumentException("the geometric mean needs positive normalised values");
                    }
                    sum += w[j] * StrictMath.log(v);
                    wsum += w[j];
                }
            }
            s[i] = wsum > 0 ? StrictMath.exp(sum / wsum) : Double.NaN;
        }
        return s;
    }

    /**
     * TOPSIS (Hwang and Yoon 1981): v = w·r, ideal = column maximum, anti-ideal = column minimum, Euclidean
     * distances d⁺ and d⁻, closeness C = d⁻/(d⁺ + d⁻). An entity at both (every column constant) gets 0.5.
     */
    public static double[] topsis(double[][] cols, double[] w) {
        int m = cols.length;
        int n = m == 0 ? 0 : cols[0].length;
        double[] best = new double[m];
        double[] worst = new double[m];
        for (int j = 0; j < m; j++) {
            double hi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            for (double v : cols[j]) {
                hi = Math.max(hi, v);
                lo = Math.min(lo, v);
            }
            best[j] = w[j] * hi;
            worst[j] = w[j] * lo;
        }
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            double dp = 0;
            double dm = 0;
            for (int j = 0; j < m; j++) {
                double v = w[j] * cols[j][i];
                dp += (v - best[j]) * (v - best[j]);
                dm += (v - worst[j]) * (v - worst[j]);
            }
            dp = StrictMath.sqrt(dp);
            dm = StrictMath.sqrt(dm);
            c[i] = dp + dm > 0 ? dm / (dp + dm) : 0.5;
        }
        return c;
    }

    /** VIKOR's measures: group utility S, individual regret R and the compromise index Q (smaller is better). */
    public record Vikor(double[] s, double[] r, double[] q) {}

    /**
     * VIKOR (Opricovic 1998; Opricovic and Tzeng 2004): S<sub>i</sub> = Σ w<sub>j</sub>(f*<sub>j</sub> −
     * f<sub>ij</sub>)/(f*<sub>j</sub> − f⁻<sub>j</sub>), R<sub>i</sub> = max of the same terms, Q<sub>i</sub> = v(S −
     * S*)/(S⁻ − S*) + (1 − v)(R − R*)/(R⁻ − R*). A constant column, or S (R) equal for everyone, contributes 0.
     */
    public static Vikor vikor(double[][] cols, double[] w, double v) {
        int m = cols.length;
        int n = m == 0 ? 0 : cols[0].length;
        double[] s = new double[n];
        double[] r = new double[n];
        double[] best = new double[m];
        double[] range = new double[m];
        for (int j = 0; j < m; j++) {
            double hi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            for (double x : cols[j]) {
                hi = Math.max(hi, x);
                lo = Math.min(lo, x);
            }
            best[j] = hi;
            range[j] = hi - lo;
        }
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double max = 0;
            for (int j = 0; j < m; j++) {
                double t = range[j] > 0 ? w[j] * (best[j] - cols[j][i]) / range[j] : 0;
                sum += t;
                max = Math.max(max, t);
            }
            s[i] = sum;
            r[i] = max;
        }
        double sMin = Double.POSITIVE_INFINITY, sMax = Double.NEGATIVE_INFINITY;
        double rMin = Double.POSITIVE_INFINITY, rMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            sMin = Math.min(sMin, s[i]);
            sMax = Math.max(sMax, s[i]);
            rMin = Math.min(rMin, r[i]);
            rMax = Math.max(rMax, r[i]);
        }
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            double a = sMax > sMin ? (s[i] - sMin) / (sMax - sMin) : 0;
            double b = rMax > rMin ? (r[i] - rMin) / (rMax - rMin) : 0;
            q[i] = v * a + (1 - v) * b;
        }
        return new Vikor(s, r, q);
    }
}
