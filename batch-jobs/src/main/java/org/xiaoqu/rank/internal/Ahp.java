package org.xiaoqu.rank.internal;

/**
 * Saaty's analytic hierarchy process on one reciprocal pairwise matrix: the principal eigenvector as the weights,
 * λ<sub>max</sub>, the consistency index CI = (λ<sub>max</sub> − n)/(n − 1) and the consistency ratio CR = CI/RI(n).
 */
public final class Ahp {
    /**
     * Saaty's random consistency index RI(n), n = 1…10, as printed in T. L. Saaty, <i>The Analytic Hierarchy
     * Process</i>, McGraw-Hill, 1980 (the mean CI of random reciprocal matrices of order n); the table most
     * schemes and Chinese standards quote. Pinned: a scheme's consistency ratio never moves with a library.
     */
    public static final double[] RI_SAATY_1980 = {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};

    /**
     * The extended table of T. L. Saaty, <i>Theory and Applications of the Analytic Network Process</i>, RWS
     * Publications, 2005, p. 31 (also in Saaty 2008, Int. J. Services Sciences 1(1), Table 3), n = 1…15.
     */
    public static final double[] RI_SAATY_2005 = {
        0, 0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59
    };

    /** The outcome for one matrix. */
    public record Result(double[] weights, double lambdaMax, double ci, double ri, double cr) {}

    private Ahp() {}

    /**
     * Weights of the reciprocal matrix {@code a} by power iteration (to a relative change below 1e-15, at most
     * 10,000 steps — deterministic), with {@code randomIndex} ({@link #RI_SAATY_1980} or {@link #RI_SAATY_2005}).
     *
     * @throws IllegalArgumentException when the matrix is not square, positive and reciprocal, or larger than
     *     the random-index table
     */
    public static Result of(double[][] a, double[] randomIndex) {
        int n = a.length;
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("the pairwise matrix must be square (" + n + " × " + n + ")");
            }
            for (int j = 0; j < n; j++) {
                if (!(a[i][j] > 0)) {
                    throw new IllegalArgumentException("pairwise value at row " + (i + 1) + ", column " + (j + 1)
                            + " must be positive, not " + a[i][j]);
                }
                if (Math.abs(a[i][j] * a[j][i] - 1) > 1e-3) {
                    throw new IllegalArgumentException("pairwise value at row " + (j + 1) + ", column " + (i + 1)
                            + " must be the reciprocal of row " + (i + 1) + ", column " + (j + 1) + " ("
                            + (1 / a[i][j]) + ", not " + a[j][i] + ")");
                }
            }
        }
        if (n >= randomIndex.length) {
            throw new IllegalArgumentException(
                    "the random-index table stops at " + (randomIndex.length - 1) + " criteria; this matrix has " + n);
        }
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        double[] next = new double[n];
        for (int step = 0; step < 10_000; step++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += a[i][j] * w[j];
                }
                next[i] = s;
                sum += s;
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= sum;
                change = Math.max(change, Math.abs(next[i] - w[i]));
            }
            double[] t = w;
            w = next;
            next = t;
            if (change < 1e-15) {
                break;
            }
        }
        double lambda = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += a[i][j] * w[j];
            }
            lambda += s / w[i];
        }
        lambda /= n;
        double ci = n > 1 ? (lambda - n) / (n - 1) : 0;
        double ri = randomIndex[n];
        double cr = ri > 0 ? ci / ri : 0;
        return new Result(w, lambda, ci, ri, cr);
    }
}
