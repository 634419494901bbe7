package org.xiaoqu.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.rank.internal.Aggregate;
import org.xiaoqu.rank.internal.Ahp;
import org.xiaoqu.rank.internal.IntSort;
import org.xiaoqu.rank.internal.Normalise;
import org.xiaoqu.rank.internal.Ranks;
import org.xiaoqu.rank.internal.Weights;

/**
 * Ranks one period's data under a scheme: winsorise, check availability, impute, normalise, weigh, aggregate, add
 * bonus and subtract penalty items (each capped), round, apply vetoes, rank with the tie rule and tie-breakers,
 * grade. Deterministic: the same data and scheme give the same bits (strict floating point, sorted inputs, no
 * hash order).
 */
public final class RankEngine {
    private RankEngine() {}

    /** A previous period's place, for the change columns. */
    public record Previous(int rank, double score) {}

    /** Ranks {@code data}; {@code previous} maps entity id to last period's place (may be empty). */
    public static RankResult rank(RankScheme scheme, RankData data, Map<String, Previous> previous) {
        int n = data.size();
        List<RankScheme.Indicator> ind = data.indicators();
        int m = ind.size();
        List<String> notes = new ArrayList<>(data.notes());

        double[][] values = new double[m][];
        for (int j = 0; j < m; j++) {
            values[j] = data.values()[j].clone();
            if (scheme.winsorise() != null) {
                int clamped = winsorise(values[j], scheme.winsorise()[0], scheme.winsorise()[1]);
                if (clamped > 0) {
                    notes.add("indicator " + ind.get(j).id() + ": " + clamped + " outlying values winsorised to the "
                            + scheme.winsorise()[0] + "–" + scheme.winsorise()[1] + " quantiles");
                }
            }
        }

        // availability and who is ranked
        double[] availability = new double[n];
        boolean[] rankable = new boolean[n];
        for (int i = 0; i < n; i++) {
            int present = 0;
            for (int j = 0; j < m; j++) {
                if (!Double.isNaN(values[j][i])) {
                    present++;
                }
            }
            availability[i] = m == 0 ? 0 : (double) present / m;
            rankable[i] = present > 0
                    && availability[i] + 1e-12 >= scheme.minAvailability()
                    && (scheme.missing() != RankScheme.MissingPolicy.EXCLUDE || present == m);
        }
        int[] idx = indexes(rankable);
        int k = idx.length;

        // imputation within the group (then overall)
        boolean[][] imputed = new boolean[m][n];
        double[][] clean = new double[m][k];
        for (int j = 0; j < m; j++) {
            for (int a = 0; a < k; a++) {
                clean[j][a] = values[j][idx[a]];
            }
            if (scheme.missing() == RankScheme.MissingPolicy.IMPUTE_MEAN
                    || scheme.missing() == RankScheme.MissingPolicy.IMPUTE_MEDIAN) {
                impute(
                        clean[j],
                        idx,
                        data.groups(),
                        scheme.missing() == RankScheme.MissingPolicy.IMPUTE_MEDIAN,
                        imputed[j]);
            }
        }

        // normalise, weigh, aggregate
        double[][] norm = normaliseAll(scheme, ind, clean, scheme.normalisation());
        Ahp.Result ahp = null;
        double[] w;
        switch (scheme.weighting()) {
            case FIXED ->
                w = Weights.normalised(
                        ind.stream().mapToDouble(RankScheme.Indicator::weight).toArray());
            case AHP -> {
                double[][] sub = subMatrix(scheme, ind);
                ahp = Ahp.of(
                        sub, scheme.randomIndexName().equals("saaty-2005") ? Ahp.RI_SAATY_2005 : Ahp.RI_SAATY_1980);
                w = ahp.weights();
            }
            case ENTROPY -> w = Weights.entropy(nonNegative(completeColumns(norm)));
            case CRITIC -> w = Weights.critic(completeColumns(norm));
            default -> w = Weights.equal(m);
        }
        double[] composite = aggregate(scheme.aggregation(), norm, w, scheme.vikorV());

        // points, vetoes, rounding
        double[] bonus = new double[k];
        double[] penalty = new double[k];
        double[] score = new double[k];
        boolean[] vetoed = new boolean[k];
        List<List<String>> vetoIds = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            int i = idx[a];
            double b = 0;
            double p = 0;
            for (int t = 0; t < scheme.adjustments().size(); t++) {
                RankScheme.Adjustment adj = scheme.adjustments().get(t);
                double v = data.adjustmentValues()[t][i];
                if (!Double.isNaN(v) && v > 0) {
                    double pts = Math.min(adj.cap(), v * adj.pointsPerUnit());
                    if (adj.bonus()) {
                        b += pts;
                    } else {
                        p += pts;
                    }
                }
            }
            bonus[a] = Math.min(scheme.bonusCap(), b);
            penalty[a] = Math.min(scheme.penaltyCap(), p);
            score[a] = round(composite[a] * scheme.scale() + bonus[a] - penalty[a], scheme.rounding());
            List<String> hit = new ArrayList<>();
            for (int t = 0; t < scheme.vetoes().size(); t++) {
                double v = data.vetoValues()[t][i];
                if (!Double.isNaN(v) && v >= scheme.vetoes().get(t).atLeast()) {
                    hit.add(scheme.vetoes().get(t).id());
                }
            }
            vetoed[a] = !hit.isEmpty();
            vetoIds.add(hit);
        }

        // order: no veto first, score, tie-breakers; then id for display only
        int[] breakerCol = scheme.tieBreakers().stream()
                .mapToInt(b -> indexOf(ind, b))
                .filter(c -> c >= 0)
                .toArray();
        IntSort.Comparator tie = (x, y) -> {
            if (vetoed[x] != vetoed[y]) {
                return vetoed[x] ? 1 : -1;
            }
            int c = Double.compare(score[y], score[x]);
            for (int b = 0; c == 0 && b < breakerCol.length; b++) {
                c = Double.compare(norm[breakerCol[b]][y], norm[breakerCol[b]][x]);
            }
            return c;
        };
        int[] ord = IntSort.sorted(k, (x, y) -> {
            int c = tie.compare(x, y);
            return c != 0 ? c : data.ids().get(idx[x]).compareTo(data.ids().get(idx[y]));
        });
        boolean[] tied = new boolean[k];
        for (int p = 1; p < k; p++) {
            tied[p] = tie.compare(ord[p - 1], ord[p]) == 0;
        }
        int[] rank = Ranks.ofOrder(ord, tied, scheme.denseRanks());
        int[] grade = grades(scheme, score, rank, vetoed, k);

        double[][] contribution = new double[m][k];
        for (int j = 0; j < m; j++) {
            for (int a = 0; a < k; a++) {
                contribution[j][a] = w[j] * norm[j][a] * scheme.scale();
            }
        }

        List<RankedEntity> out = new ArrayList<>(n);
        int[] posOf = new int[n];
        Arrays.fill(posOf, -1);
        for (int a = 0; a < k; a++) {
            posOf[idx[a]] = a;
        }
        for (int p = 0; p < k; p++) {
            int a = ord[p];
            out.add(entity(
                    scheme,
                    data,
                    idx[a],
                    a,
                    rank[a],
                    vetoed[a] ? "VETOED" : "RANKED",
                    score[a],
                    composite[a] * scheme.scale(),
                    bonus[a],
                    penalty[a],
                    scheme.bands().get(grade[a]),
                    availability,
                    values,
                    norm,
                    contribution,
                    imputed,
                    vetoIds.get(a),
                    previous));
        }
        TreeMap<String, Integer> unranked = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (posOf[i] < 0) {
                unranked.put(data.ids().get(i), i);
            }
        }
        for (int i : unranked.values()) {
            out.add(entity(
                    scheme,
                    data,
                    i,
                    -1,
                    0,
                    "INSUFFICIENT_DATA",
                    Double.NaN,
                    Double.NaN,
                    0,
                    0,
                    null,
                    availability,
                    values,
                    norm,
                    contribution,
                    imputed,
                    List.of(),
                    previous));
        }
        if (!unranked.isEmpty()) {
            notes.add(unranked.size() + " entities not ranked: too few indicator values (at least "
                    + Math.round(scheme.minAvailability() * 100) + "% needed"
                    + (scheme.missing() == RankScheme.MissingPolicy.EXCLUDE ? ", and every value under 'exclude'" : "")
                    + ")");
        }
        List<String> rankedIds = new ArrayList<>(k);
        double[] points = new double[k];
        for (int a = 0; a < k; a++) {
            rankedIds.add(data.ids().get(idx[a]));
            points[a] = bonus[a] - penalty[a];
        }
        return new RankResult(
                scheme,
                List.copyOf(out),
                List.copyOf(ind),
                w,
                ahp,
                List.copyOf(notes),
                new RankResult.Prepared(List.copyOf(rankedIds), clean, points, vetoed, rank, grade));
    }

    private static RankedEntity entity(
            RankScheme scheme,
            RankData data,
            int i,
            int a,
            int rank,
            String status,
            double score,
            double composite,
            double bonus,
            double penalty,
            RankScheme.@Nullable Band band,
            double[] availability,
            double[][] values,
            double[][] norm,
            double[][] contribution,
            boolean[][] imputed,
            List<String> vetoes,
            Map<String, Previous> previous) {
        int m = values.length;
        double[] raw = new double[m];
        double[] nv = new double[m];
        double[] cv = new double[m];
        boolean[] imp = new boolean[m];
        for (int j = 0; j < m; j++) {
            raw[j] = data.values()[j][i];
            nv[j] = a >= 0 ? norm[j][a] : Double.NaN;
            cv[j] = a >= 0 ? contribution[j][a] : Double.NaN;
            imp[j] = imputed[j][i];
        }
        Previous prev = previous.get(data.ids().get(i));
        return new RankedEntity(
                data.ids().get(i),
                data.names().get(i),
                data.groups().get(i),
                data.persons().get(i),
                rank,
                status,
                score,
                composite,
                bonus,
                penalty,
                band == null ? "" : band.grade(),
                band == null ? "" : band.gradeEn(),
                availability[i],
                raw,
                nv,
                cv,
                imp,
                List.copyOf(vetoes),
                prev == null ? null : prev.rank(),
                prev == null ? null : prev.score());
    }

    /** Band index of each ranked entity; vetoed entities get the lowest. */
    static int[] grades(RankScheme scheme, double[] score, int[] rank, boolean[] vetoed, int k) {
        List<RankScheme.Band> bands = scheme.bands();
        int[] g = new int[k];
        int nonVetoed = 0;
        for (boolean v : vetoed) {
            if (!v) {
                nonVetoed++;
            }
        }
        for (int a = 0; a < k; a++) {
            if (vetoed[a]) {
                g[a] = bands.size() - 1;
                continue;
            }
            int b = bands.size() - 1;
            if (scheme.gradesByShare()) {
                double cum = 0;
                for (int t = 0; t < bands.size(); t++) {
                    cum += bands.get(t).share();
                    if (rank[a] <= Math.floor(cum * nonVetoed + 1e-9) || t == bands.size() - 1) {
                        b = t;
                        break;
                    }
                }
            } else {
                for (int t = 0; t < bands.size(); t++) {
                    if (score[a] >= bands.get(t).min()) {
                        b = t;
                        break;
                    }
                }
            }
            g[a] = b;
        }
        return g;
    }

    /** The normalised columns under {@code method} (used by the engine and by every sensitivity draw). */
    static double[][] normaliseAll(
            RankScheme scheme, List<RankScheme.Indicator> ind, double[][] clean, Normalise.Method method) {
        double[][] norm = new double[clean.length][];
        for (int j = 0; j < clean.length; j++) {
            RankScheme.Indicator x = ind.get(j);
            norm[j] = Normalise.column(clean[j], method, x.benefit(), scheme.lower(), scheme.upper(), x.target());
        }
        return norm;
    }

    static double[] aggregate(Aggregate.Method method, double[][] norm, double[] w, double v) {
        return switch (method) {
            case ARITHMETIC -> Aggregate.arithmetic(norm, w);
            case GEOMETRIC -> Aggregate.geometric(norm, w);
            case TOPSIS -> Aggregate.topsis(norm, w);
            case VIKOR -> {
                double[] q = Aggregate.vikor(norm, w, v).q();
                double[] s = new double[q.length];
                for (int i = 0; i < q.length; i++) {
                    s[i] = 1 - q[i];
                }
                yield s;
            }
        };
    }

    private static final double[] POW10 = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};

    /**
     * Rounds half up on the scaled binary value, ⌊x·10<sup>d</sup> + ½⌋ / 10<sup>d</sup>: one rule, cheap enough
     * for every sensitivity draw, and the same bits on every JVM (basic IEEE operations only).
     */
    static double round(double x, int decimals) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double p = POW10[decimals];
        return Math.floor(x * p + 0.5) / p;
    }

    private static double[][] subMatrix(RankScheme scheme, List<RankScheme.Indicator> ind) {
        double[][] full = scheme.pairwise();
        int[] pos =
                ind.stream().mapToInt(x -> indexOf(scheme.indicators(), x.id())).toArray();
        double[][] sub = new double[pos.length][pos.length];
        for (int r = 0; r < pos.length; r++) {
            for (int c = 0; c < pos.length; c++) {
                sub[r][c] = full[pos[r]][pos[c]];
            }
        }
        return sub;
    }

    private static int indexOf(List<RankScheme.Indicator> ind, String id) {
        for (int j = 0; j < ind.size(); j++) {
            if (ind.get(j).id().equals(id)) {
                return j;
            }
        }
        return -1;
    }

    private static int[] indexes(boolean[] keep) {
        int c = 0;
        for (boolean b : keep) {
            if (b) {
                c++;
            }
        }
        int[] idx = new int[c];
        int p = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                idx[p++] = i;
            }
        }
        return idx;
    }

    /** Columns restricted to rows with no missing value (for entropy and CRITIC under re-weighting). */
    private static double[][] completeColumns(double[][] norm) {
        int k = norm.length == 0 ? 0 : norm[0].length;
        boolean[] ok = new boolean[k];
        Arrays.fill(ok, true);
        for (double[] col : norm) {
            for (int a = 0; a < k; a++) {
                if (Double.isNaN(col[a])) {
                    ok[a] = false;
                }
            }
        }
        int[] idx = indexes(ok);
        double[][] c = new double[norm.length][idx.length];
        for (int j = 0; j < norm.length; j++) {
            for (int a = 0; a < idx.length; a++) {
                c[j][a] = norm[j][idx[a]];
            }
        }
        return c;
    }

    private static double[][] nonNegative(double[][] cols) {
        double[][] c = new double[cols.length][];
        for (int j = 0; j < cols.length; j++) {
            double min = 0;
            for (double v : cols[j]) {
                min = Math.min(min, v);
            }
            c[j] = cols[j].clone();
            for (int a = 0; a < c[j].length; a++) {
                c[j][a] -= min;
            }
        }
        return c;
    }

    private static void impute(
            double[] col, int[] idx, List<@Nullable String> groups, boolean median, boolean[] flags) {
        // groups numbered in sorted order (deterministic), values gathered in primitive arrays
        TreeMap<String, Integer> numbers = new TreeMap<>();
        for (int a = 0; a < col.length; a++) {
            String g = groups.get(idx[a]);
            if (g != null) {
                numbers.putIfAbsent(g, 0);
            }
        }
        int gi = 0;
        for (Map.Entry<String, Integer> e : numbers.entrySet()) {
            e.setValue(gi++);
        }
        int[] groupOf = new int[col.length];
        int[] count = new int[gi + 1];
        for (int a = 0; a < col.length; a++) {
            String g = groups.get(idx[a]);
            groupOf[a] = g == null ? gi : numbers.get(g);
            if (!Double.isNaN(col[a])) {
                count[groupOf[a]]++;
            }
        }
        double[][] byGroup = new double[gi + 1][];
        for (int g = 0; g <= gi; g++) {
            byGroup[g] = new double[count[g]];
        }
        int[] fill = new int[gi + 1];
        double[] all = new double[col.length];
        int allN = 0;
        for (int a = 0; a < col.length; a++) {
            if (!Double.isNaN(col[a])) {
                byGroup[groupOf[a]][fill[groupOf[a]]++] = col[a];
                all[allN++] = col[a];
            }
        }
        double overall = centre(Arrays.copyOf(all, allN), median);
        double[] centres = new double[gi + 1];
        for (int g = 0; g <= gi; g++) {
            centres[g] = g < gi && count[g] > 0 ? centre(byGroup[g], median) : overall;
        }
        for (int a = 0; a < col.length; a++) {
            if (Double.isNaN(col[a])) {
                col[a] = centres[groupOf[a]];
                flags[idx[a]] = true;
            }
        }
    }

    private static double centre(double[] v, boolean median) {
        if (v.length == 0) {
            return Double.NaN;
        }
        if (median) {
            double[] c = v.clone();
            Arrays.sort(c);
            int h = c.length / 2;
            return c.length % 2 == 1 ? c[h] : (c[h - 1] + c[h]) / 2;
        }
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Clamps values outside the [lo, hi] quantiles (type 7) to them; returns how many moved. */
    static int winsorise(double[] col, double lo, double hi) {
        double[] v = Arrays.stream(col).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length < 3) {
            return 0;
        }
        double qLo = quantile(v, lo);
        double qHi = quantile(v, hi);
        int moved = 0;
        for (int i = 0; i < col.length; i++) {
            if (Double.isNaN(col[i])) {
                continue;
            }
            if (col[i] < qLo) {
                col[i] = qLo;
                moved++;
            } else if (col[i] > qHi) {
                col[i] = qHi;
                moved++;
            }
        }
        return moved;
    }

    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
