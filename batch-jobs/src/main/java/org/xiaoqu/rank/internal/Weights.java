package org.xiaoqu.rank.internal;

/** Objective weights from the data, on columns {@code cols[j][i]} (indicator j, entity i) with no missing values. */
public final class Weights {
    private Weights() {}

    /** 1/m each. */
    public static double[] equal(int m) {
        double[] w = new double[m];
        java.util.Arrays.fill(w, 1.0 / m);
        return w;
    }

    /** Scales {@code w} to sum to 1 (in place) and returns it. */
    public static double[] normalised(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v;
        }
        for (int j = 0; j < w.length; j++) {
            w[j] = s > 0 ? w[j] / s : 1.0 / w.length;
        }
        return w;
    }

    /**
     * Shannon entropy weights: p<sub>ij</sub> = x<sub>ij</sub>/Σ<sub>i</sub>x<sub>ij</sub>, e<sub>j</sub> = −Σ p ln p
     * / ln n, w<sub>j</sub> = (1 − e<sub>j</sub>)/Σ(1 − e). Values must be non-negative (0 ln 0 = 0); a column of
     * zeros carries no information (e = 1).
     */
    public static double[] entropy(double[][] cols) {
        int m = cols.length;
        double[] d = new double[m];
        for (int j = 0; j < m; j++) {
            double[] x = cols[j];
            int n = x.length;
            double sum = 0;
            for (double v : x) {
                if (v < 0) {
                    throw new IllegalArgumentException("entropy weights need non-negative values");
                }
                sum += v;
            }
            double h = 0;
            if (sum > 0) {
                for (double v : x) {
                    double p = v / sum;
                    if (p > 0) {
                        h -= p * StrictMath.log(p);
                    }
                }
            }
            double e = sum > 0 && n > 1 ? h / StrictMath.log(n) : 1;
            d[j] = 1 - e;
        }
        return normalised(d);
    }

    /**
     * CRITIC (Diakoulaki, Mavrotas and Papayannakis 1995): on min-max normalised columns, C<sub>j</sub> =
     * σ<sub>j</sub> Σ<sub>k</sub>(1 − r<sub>jk</sub>) with r the Pearson correlation; w = C/ΣC. The columns given
     * must already be normalised and direction-adjusted.
     */
    public static double[] critic(double[][] cols) {
        int m = cols.length;
        int n = m == 0 ? 0 : cols[0].length;
        double[] mean = new double[m];
        double[] sd = new double[m];
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (double v : cols[j]) {
                s += v;
            }
            mean[j] = s / n;
            double ss = 0;
            for (double v : cols[j]) {
                ss += (v - mean[j]) * (v - mean[j]);
            }
            sd[j] = StrictMath.sqrt(ss / (n - 1));
        }
        double[] c = new double[m];
        for (int j = 0; j < m; j++) {
            double conflict = 0;
            for (int k = 0; k < m; k++) {
                double r;
                if (k == j) {
                    r = 1;
                } else if (sd[j] == 0 || sd[k] == 0) {
                    r = 0;
                } else {
                    double cov = 0;
                    for (int i = 0; i < n; i++) {
                        cov += (cols[j][i] - mean[j]) * (cols[k][i] - mean[k]);
                    }
                    r = cov / (n - 1) / (sd[j] * sd[k]);
                }
                conflict += 1 - r;
            }
            c[j] = sd[j] * conflict;
        }
        return normalised(c);
    }
}
