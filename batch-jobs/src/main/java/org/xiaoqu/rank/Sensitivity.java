package org.xiaoqu.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.xiaoqu.rank.internal.Aggregate;
import org.xiaoqu.rank.internal.Normalise;
import org.xiaoqu.rank.internal.Ranks;

/**
 * Uncertainty of a ranking by seeded Monte Carlo (the OECD/JRC handbook's uncertainty analysis, COINr's {@code
 * get_sensitivity}): each draw perturbs the weights (Dirichlet around the scheme's weights, or uniform ±spread) and,
 * when the scheme lists alternatives, picks a normalisation and an aggregation; it re-scores, re-rounds and
 * re-ranks every ranked entity (vetoed ones stay behind the others) and re-grades them.
 *
 * <p>Deterministic: draw d uses its own {@link SplittableRandom} seeded from (seed, d), so results do not depend
 * on the number of threads. Primitive arrays throughout: values row-major, ranks by a sort of a {@code double[]}
 * and binary search (standard competition ranks), ranks kept as {@code char} per (entity, draw) — exact up to
 * 65,535 entities, in steps of ⌈n / 65,535⌉ above.
 */
public final class Sensitivity {
    private Sensitivity() {}

    /** Per ranked entity (in {@link RankResult.Prepared#rankedIds()} order). */
    public record Outcome(
            int draws,
            long seed,
            int rankStep,
            int[] median,
            int[] q05,
            int[] q95,
            double[] gradeStable,
            boolean[] unstable) {}

    /** Runs {@code draws} draws with {@code seed} on {@code threads} threads. */
    public static Outcome run(RankResult result, int draws, long seed, int threads) {
        RankScheme scheme = result.scheme();
        RankResult.Prepared p = result.prepared();
        int k = p.rankedIds().size();
        int m = result.indicators().size();
        List<Normalise.Method> norms = new ArrayList<>();
        norms.add(scheme.normalisation());
        scheme.sensitivity().normalisations().stream()
                .filter(x -> !norms.contains(x))
                .forEach(norms::add);
        List<Aggregate.Method> aggs = new ArrayList<>();
        aggs.add(scheme.aggregation());
        scheme.sensitivity().aggregations().stream()
                .filter(x -> !aggs.contains(x))
                .forEach(aggs::add);

        Matrix[] matrices = new Matrix[norms.size()];
        for (int t = 0; t < norms.size(); t++) {
            matrices[t] = Matrix.of(
                    RankEngine.normaliseAll(scheme, result.indicators(), p.clean(), norms.get(t)),
                    aggs.contains(Aggregate.Method.GEOMETRIC));
        }
        int step = Math.max(1, (k + 65_534) / 65_535);
        if ((long) k * draws > Integer.MAX_VALUE - 16) {
            throw org.xiaoqu.common.XiaoquException.usage("--sensitivity " + draws + " × " + k
                    + " ranked entities is more than one run keeps (" + (Integer.MAX_VALUE / k)
                    + " draws at most for this many entities)");
        }
        char[] ranks = new char[k * draws];
        int[] sameGrade = new int[k];
        int workers = Math.max(1, Math.min(threads, draws));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "rank-sensitivity");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<int[]>> parts = new ArrayList<>();
            for (int wkr = 0; wkr < workers; wkr++) {
                int first = wkr;
                parts.add(pool.submit(() -> {
                    Worker worker = new Worker(scheme, p, result.weights(), matrices, aggs, k, m);
                    int[] same = new int[k];
                    for (int d = first; d < draws; d += workers) {
                        worker.draw(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + d), d, draws, step, ranks, same);
                    }
                    return same;
                }));
            }
            for (Future<int[]> f : parts) {
                int[] same = f.get();
                for (int a = 0; a < k; a++) {
                    sameGrade[a] += same[a];
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("sensitivity analysis failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        int[] median = new int[k];
        int[] q05 = new int[k];
        int[] q95 = new int[k];
        double[] stable = new double[k];
        boolean[] unstable = new boolean[k];
        int[] counts = new int[(k + step - 1) / step + 1];
        for (int a = 0; a < k; a++) {
            // counting sort of this entity's draws: exact order statistics, no boxing
            java.util.Arrays.fill(counts, 0);
            int base = a * draws;
            for (int d = 0; d < draws; d++) {
                counts[ranks[base + d]]++;
            }
            q05[a] = orderStatistic(counts, nearestRank(0.05, draws)) * step + 1;
            median[a] = orderStatistic(counts, nearestRank(0.5, draws)) * step + 1;
            q95[a] = orderStatistic(counts, nearestRank(0.95, draws)) * step + 1;
            stable[a] = (double) sameGrade[a] / draws;
            unstable[a] = stable[a] < scheme.sensitivity().stableShare();
        }
        return new Outcome(draws, seed, step, median, q05, q95, stable, unstable);
    }

    /** Nearest-rank quantile position (1-based): ⌈p·n⌉. */
    static int nearestRank(double p, int n) {
        return Math.max(1, (int) Math.ceil(p * n - 1e-9));
    }

    private static int orderStatistic(int[] counts, int position) {
        int seen = 0;
        for (int v = 0; v < counts.length; v++) {
            seen += counts[v];
            if (seen >= position) {
                return v;
            }
        }
        return counts.length - 1;
    }

    /** A normalised matrix row-major with its column extremes (and logs for the geometric mean). */
    private record Matrix(double[] x, double[] log, double[] max, double[] min, int m) {
        static Matrix of(double[][] cols, boolean logs) {
            int m = cols.length;
            int k = m == 0 ? 0 : cols[0].length;
            double[] x = new double[k * m];
            double[] lg = logs ? new double[k * m] : new double[0];
            double[] max = new double[m];
            double[] min = new double[m];
            for (int j = 0; j < m; j++) {
                max[j] = Double.NEGATIVE_INFINITY;
                min[j] = Double.POSITIVE_INFINITY;
                for (int a = 0; a < k; a++) {
                    double v = cols[j][a];
                    x[a * m + j] = v;
                    if (logs) {
                        lg[a * m + j] = v > 0 ? StrictMath.log(v) : Double.NaN;
                    }
                    if (!Double.isNaN(v)) {
                        max[j] = Math.max(max[j], v);
                        min[j] = Math.min(min[j], v);
                    }
                }
            }
            return new Matrix(x, lg, max, min, m);
        }
    }

    private static final class Worker {
        final RankScheme scheme;
        final RankResult.Prepared p;
        final double[] baseWeights;
        final Matrix[] matrices;
        final List<Aggregate.Method> aggs;
        final int k;
        final int m;
        final double[] w;
        final double[] score;
        final double[] scratch;
        final long[] packed;
        final int[] rank;
        final double[] s;
        final double[] r;

        Worker(
                RankScheme scheme,
                RankResult.Prepared p,
                double[] baseWeights,
                Matrix[] matrices,
                List<Aggregate.Method> aggs,
                int k,
                int m) {
            this.scheme = scheme;
            this.p = p;
            this.baseWeights = baseWeights;
            this.matrices = matrices;
            this.aggs = aggs;
            this.k = k;
            this.m = m;
            this.w = new double[m];
            this.score = new double[k];
            this.scratch = new double[k];
            this.packed = new long[k];
            this.rank = new int[k];
            this.s = new double[k];
            this.r = new double[k];
        }

        void draw(SplittableRandom rng, int d, int draws, int step, char[] ranks, int[] same) {
            weights(rng);
            Matrix mx = matrices[matrices.length == 1 ? 0 : rng.nextInt(matrices.length)];
            Aggregate.Method agg = aggs.size() == 1 ? aggs.get(0) : aggs.get(rng.nextInt(aggs.size()));
            if (agg == Aggregate.Method.GEOMETRIC && mx.log.length == 0) {
                agg = aggs.get(0);
            }
            composite(mx, agg);
            double scale = scheme.scale();
            int decimals = scheme.rounding();
            for (int a = 0; a < k; a++) {
                score[a] = RankEngine.round(score[a] * scale + p.points()[a], decimals);
            }
            if (!Ranks.competitionPacked(score, p.vetoed(), decimals, packed, rank)) {
                for (int a = 0; a < k; a++) {
                    scratch[a] = p.vetoed()[a] ? score[a] - 1e12 : score[a];
                }
                System.arraycopy(scratch, 0, score, 0, k);
                Ranks.competition(score, scratch, rank);
            }
            int[] grade = RankEngine.grades(scheme, score, rank, p.vetoed(), k);
            for (int a = 0; a < k; a++) {
                ranks[a * draws + d] = (char) ((rank[a] - 1) / step);
                if (grade[a] == p.baseGrade()[a]) {
                    same[a]++;
                }
            }
        }

        private void weights(SplittableRandom rng) {
            RankScheme.SensitivitySpec spec = scheme.sensitivity();
            double sum = 0;
            for (int j = 0; j < m; j++) {
                double v;
                if (spec.dirichlet()) {
                    v = gamma(rng, spec.concentration() * baseWeights[j] * m);
                } else {
                    v = baseWeights[j] * (1 + spec.spread() * (2 * rng.nextDouble() - 1));
                }
                w[j] = v;
                sum += v;
            }
            for (int j = 0; j < m; j++) {
                w[j] /= sum;
            }
        }

        private void composite(Matrix mx, Aggregate.Method agg) {
            double[] x = mx.x;
            switch (agg) {
                case ARITHMETIC -> {
                    for (int a = 0, o = 0; a < k; a++, o += m) {
                        double t = 0;
                        for (int j = 0; j < m; j++) {
                            t += w[j] * x[o + j];
                        }
                        score[a] = Double.isNaN(t) ? reweighted(x, o, false) : t;
                    }
                }
                case GEOMETRIC -> {
                    double[] lg = mx.log;
                    for (int a = 0, o = 0; a < k; a++, o += m) {
                        double t = 0;
                        for (int j = 0; j < m; j++) {
                            t += w[j] * lg[o + j];
                        }
                        score[a] = StrictMath.exp(Double.isNaN(t) ? reweighted(lg, o, true) : t);
                    }
                }
                case TOPSIS -> {
                    for (int a = 0, o = 0; a < k; a++, o += m) {
                        double dp = 0;
                        double dm = 0;
                        for (int j = 0; j < m; j++) {
                            double wj = w[j];
                            double up = wj * (mx.max[j] - x[o + j]);
                            double dn = wj * (x[o + j] - mx.min[j]);
                            dp += up * up;
                            dm += dn * dn;
                        }
                        dp = Math.sqrt(dp);
                        dm = Math.sqrt(dm);
                        score[a] = dp + dm > 0 ? dm / (dp + dm) : 0.5;
                    }
                }
                case VIKOR -> {
                    double sMin = Double.POSITIVE_INFINITY, sMax = Double.NEGATIVE_INFINITY;
                    double rMin = Double.POSITIVE_INFINITY, rMax = Double.NEGATIVE_INFINITY;
                    for (int a = 0, o = 0; a < k; a++, o += m) {
                        double sum = 0;
                        double max = 0;
                        for (int j = 0; j < m; j++) {
                            double range = mx.max[j] - mx.min[j];
                            double t = range > 0 ? w[j] * (mx.max[j] - x[o + j]) / range : 0;
                            sum += t;
                            max = Math.max(max, t);
                        }
                        s[a] = sum;
                        r[a] = max;
                        sMin = Math.min(sMin, sum);
                        sMax = Math.max(sMax, sum);
                        rMin = Math.min(rMin, max);
                        rMax = Math.max(rMax, max);
                    }
                    double v = scheme.vikorV();
                    for (int a = 0; a < k; a++) {
                        double qa = sMax > sMin ? (s[a] - sMin) / (sMax - sMin) : 0;
                        double qb = rMax > rMin ? (r[a] - rMin) / (rMax - rMin) : 0;
                        score[a] = 1 - (v * qa + (1 - v) * qb);
                    }
                }
            }
        }

        /** The re-weight policy for an entity with missing values: its present weights scaled back to 1. */
        private double reweighted(double[] x, int o, boolean logs) {
            double t = 0;
            double ws = 0;
            for (int j = 0; j < m; j++) {
                double v = x[o + j];
                if (!Double.isNaN(v)) {
                    t += w[j] * v;
                    ws += w[j];
                }
            }
            return ws > 0 ? t / ws : (logs ? Double.NEGATIVE_INFINITY : 0);
        }

        /** Marsaglia and Tsang's gamma(shape, 1) draw; shape < 1 by the boost u^(1/shape). */
        private static double gamma(SplittableRandom rng, double shape) {
            if (shape < 1) {
                double u = rng.nextDouble();
                return gamma(rng, shape + 1) * StrictMath.pow(u == 0 ? Double.MIN_VALUE : u, 1 / shape);
            }
            double d = shape - 1.0 / 3;
            double c = 1 / Math.sqrt(9 * d);
            while (true) {
                double x;
                double v;
                do {
                    x = normal(rng);
                    v = 1 + c * x;
                } while (v <= 0);
                v = v * v * v;
                double u = rng.nextDouble();
                if (u < 1 - 0.0331 * x * x * x * x) {
                    return d * v;
                }
                if (StrictMath.log(u) < 0.5 * x * x + d * (1 - v + StrictMath.log(v))) {
                    return d * v;
                }
            }
        }

        /** Standard normal by Box–Muller (StrictMath: the same bits everywhere). */
        private static double normal(SplittableRandom rng) {
            double u1 = rng.nextDouble();
            double u2 = rng.nextDouble();
            return StrictMath.sqrt(-2 * StrictMath.log(u1 == 0 ? Double.MIN_VALUE : u1))
                    * StrictMath.cos(2 * Math.PI * u2);
        }
    }
}
