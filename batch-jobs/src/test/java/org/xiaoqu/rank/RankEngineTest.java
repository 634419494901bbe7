package org.xiaoqu.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on small cases whose ranks, scores and grades are worked out by hand in the comments. */
class RankEngineTest {
    @TempDir
    Path dir;

    private RankScheme scheme(String body) throws IOException {
        return scheme("{year: 2025}", body);
    }

    private RankScheme scheme(String period, String body) throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.writeString(
                f, "id: t\nentityKind: estate\nperiod: " + period + "\nsources:\n  - {id: v, file: v.csv}\n" + body);
        return SchemeLoader.load(f, null);
    }

    private static RankData data(RankScheme s, double[][] values, double[][] vetoes, double[][] adjustments) {
        int n = values[0].length;
        List<String> ids = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("e" + i);
            groups.add(i < n / 2 ? "g1" : "g2");
        }
        return new RankData(
                ids,
                ids,
                new ArrayList<>(groups),
                new ArrayList<>(java.util.Collections.nCopies(n, (String) null)),
                s.indicators(),
                values,
                vetoes,
                adjustments,
                List.of());
    }

    private static int[] ranksById(RankResult r) {
        return r.entities().stream()
                .sorted(java.util.Comparator.comparing(RankedEntity::id))
                .mapToInt(RankedEntity::rank)
                .toArray();
    }

    private static double[] scoresById(RankResult r) {
        return r.entities().stream()
                .sorted(java.util.Comparator.comparing(RankedEntity::id))
                .mapToDouble(RankedEntity::score)
                .toArray();
    }

    private static final String TWO =
            """
            indicators:
              - {id: a, source: v, direction: benefit, weight: 3}
              - {id: b, source: v, direction: cost, weight: 1}
            weighting: {method: fixed}
            grades:
              by: score
              bands:
                - {grade: 优秀, min: 80}
                - {grade: 合格, min: 50}
                - {grade: 不合格}
            """;

    @Test
    void competitionRanksTiesAndDense() throws IOException {
        // a: 10 20 20 30 0 → min-max 1/3 2/3 2/3 1 0; b (cost): 5 5 5 5 5 → constant, 1 for all
        // score = 100 × (0.75 a + 0.25 b): 50, 75, 75, 100, 25 → ranks 4 2 2 1 5 (1224); dense 3 2 2 1 4
        double[][] v = {{10, 20, 20, 30, 0}, {5, 5, 5, 5, 5}};
        RankScheme s = scheme(TWO);
        RankResult r = RankEngine.rank(s, data(s, v, new double[0][], new double[0][]), Map.of());
        assertArrayEquals(new double[] {50, 75, 75, 100, 25}, scoresById(r), 1e-9);
        assertArrayEquals(new int[] {4, 2, 2, 1, 5}, ranksById(r));
        RankScheme dense = scheme(TWO + "ties: {method: dense}\n");
        assertArrayEquals(
                new int[] {3, 2, 2, 1, 4},
                ranksById(RankEngine.rank(dense, data(dense, v, new double[0][], new double[0][]), Map.of())));
        assertEquals(
                List.of("合格", "合格", "合格", "优秀", "不合格"),
                r.entities().stream()
                        .sorted(java.util.Comparator.comparing(RankedEntity::id))
                        .map(RankedEntity::grade)
                        .toList());
    }

    @Test
    void tieBreakerSplitsTiesOnTheNamedIndicator() throws IOException {
        // a and b swap between e1 and e2 with equal weights: both score 50; breaker b (cost: lower better) → e2 first
        double[][] v = {{0, 10, 0, 5}, {0, 10, 0, 5}};
        RankScheme s = scheme(
                """
                indicators:
                  - {id: a, source: v, direction: benefit}
                  - {id: b, source: v, direction: benefit}
                ties: {breakers: [b]}
                grades: {bands: [{grade: A}]}
                """);
        double[][] w = {{10, 0, 5, 5}, {0, 10, 5, 5}};
        RankResult r = RankEngine.rank(s, data(s, w, new double[0][], new double[0][]), Map.of());
        // scores: e0 50, e1 50, e2 50, e3 50 — b normalised 0, 1, .5, .5 → e1 1st, e2 = e3 2nd, e0 4th
        assertArrayEquals(new int[] {4, 1, 2, 2}, ranksById(r));
        assertTrue(v.length > 0);
    }

    @Test
    void vetoDropsToLowestGradeAndBehindEveryone() throws IOException {
        double[][] v = {{10, 20, 30}, {1, 1, 1}};
        RankScheme s = scheme(
                TWO
                        + """
                vetoes:
                  - {id: accident, name: 重大安全事故, source: v}
                """);
        // a 0, .5, 1; b constant → scores 25, 62.5, 100; e2 best on score but vetoed → rank 3, 不合格
        RankResult r = RankEngine.rank(s, data(s, v, new double[][] {{Double.NaN, 0, 1}}, new double[0][]), Map.of());
        RankedEntity e2 = r.entities().stream()
                .filter(e -> e.id().equals("e2"))
                .findFirst()
                .orElseThrow();
        assertEquals(3, e2.rank());
        assertEquals("VETOED", e2.status());
        assertEquals("不合格", e2.grade());
        assertEquals(100, e2.score(), 1e-9);
        assertArrayEquals(new int[] {2, 1, 3}, ranksById(r));
    }

    @Test
    void bonusAndPenaltyAreCappedPerItemAndInTotal() throws IOException {
        double[][] v = {{0, 10}, {1, 1}};
        RankScheme s = scheme(
                TWO
                        + """
                adjustments:
                  - {id: honour, source: v, kind: bonus, pointsPerUnit: 2, cap: 3}
                  - {id: praise, source: v, kind: bonus, pointsPerUnit: 1}
                  - {id: complaint, source: v, kind: penalty, pointsPerUnit: 1.5}
                adjustmentCaps: {bonus: 4, penalty: 10}
                """);
        // e0 composite 25: honour 5 units → min(3, 10) = 3, praise 2 → 2: bonus min(4, 5) = 4; penalty 3 × 1.5 = 4.5
        double[][] adj = {{5, 0}, {2, 0}, {3, Double.NaN}};
        RankResult r = RankEngine.rank(s, data(s, v, new double[0][], adj), Map.of());
        assertArrayEquals(new double[] {25 + 4 - 4.5, 100}, scoresById(r), 1e-9);
    }

    @Test
    void gradesByRankShare() throws IOException {
        double[][] v = {{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}};
        RankScheme s = scheme(
                """
                indicators: [{id: a, source: v, direction: benefit}]
                grades:
                  by: rank-share
                  bands: [{grade: 优秀, share: 0.2}, {grade: 良好, share: 0.3}, {grade: 一般}]
                """);
        RankResult r = RankEngine.rank(s, data(s, v, new double[0][], new double[0][]), Map.of());
        List<String> grades = r.entities().stream().map(RankedEntity::grade).toList(); // rank order
        assertEquals(List.of("优秀", "优秀", "良好", "良好", "良好", "一般", "一般", "一般", "一般", "一般"), grades);
    }

    @Test
    void missingValuesExcludedImputedWithinGroupOrReweighted() throws IOException {
        double nan = Double.NaN;
        // groups: e0 e1 in g1, e2 e3 in g2
        double[][] v = {{0, 10, 20, 30}, {4, nan, 8, 10}};
        String ind =
                """
                indicators:
                  - {id: a, source: v, direction: benefit}
                  - {id: b, source: v, direction: benefit}
                grades: {bands: [{grade: A}]}
                """;
        RankScheme exclude = scheme(ind);
        RankResult r = RankEngine.rank(exclude, data(exclude, v, new double[0][], new double[0][]), Map.of());
        assertArrayEquals(new int[] {3, 0, 2, 1}, ranksById(r));
        // impute-median within g1 → b(e1) = 4 (the only g1 value): b normalised 0, 0, 4/6, 1
        RankScheme impute = scheme(ind + "missing: {policy: impute-median}\n");
        RankResult ri = RankEngine.rank(impute, data(impute, v, new double[0][], new double[0][]), Map.of());
        double[] s = scoresById(ri);
        assertEquals(0, s[0], 1e-9);
        assertEquals(100.0 * (1.0 / 3) / 2, s[1], 0.005);
        assertTrue(ri.entities().stream()
                .filter(e -> e.id().equals("e1"))
                .findFirst()
                .orElseThrow()
                .imputed()[1]);
        // reweight: e1 scored on a alone → 100 × 1/3
        RankScheme reweight = scheme(ind + "missing: {policy: reweight}\n");
        double[] sr =
                scoresById(RankEngine.rank(reweight, data(reweight, v, new double[0][], new double[0][]), Map.of()));
        assertEquals(33.33, sr[1], 1e-9);
        assertEquals(Arrays.toString(new double[] {0, 33.33, 66.67, 100}), Arrays.toString(sr));
    }

    @Test
    void sameInputsSameBitsAndSensitivityIndependentOfThreads() throws IOException {
        int n = 200;
        double[][] v = new double[3][n];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        for (double[] col : v) {
            for (int i = 0; i < n; i++) {
                col[i] = rng.nextInt(50);
            }
        }
        RankScheme s = scheme(
                """
                indicators:
                  - {id: a, source: v, direction: benefit}
                  - {id: b, source: v, direction: cost}
                  - {id: c, source: v, direction: benefit}
                grades: {by: rank-share, bands: [{grade: A, share: 0.2}, {grade: B}]}
                sensitivity: {aggregations: [topsis, vikor], normalisations: [rank, z-score]}
                """);
        RankResult a = RankEngine.rank(s, data(s, v, new double[0][], new double[0][]), Map.of());
        RankResult b = RankEngine.rank(s, data(s, v, new double[0][], new double[0][]), Map.of());
        assertArrayEquals(scoresById(a), scoresById(b), 0);
        Sensitivity.Outcome one = Sensitivity.run(a, 300, 42, 1);
        Sensitivity.Outcome two = Sensitivity.run(a, 300, 42, 2);
        assertArrayEquals(one.median(), two.median());
        assertArrayEquals(one.q05(), two.q05());
        assertArrayEquals(one.q95(), two.q95());
        assertArrayEquals(one.gradeStable(), two.gradeStable(), 0);
        for (int k = 0; k < one.median().length; k++) {
            assertTrue(one.q05()[k] <= one.median()[k] && one.median()[k] <= one.q95()[k]);
        }
        Sensitivity.Outcome other = Sensitivity.run(a, 300, 43, 2);
        assertTrue(!Arrays.equals(one.q95(), other.q95()) || !Arrays.equals(one.q05(), other.q05()));
    }

    @Test
    void sensitivityWithoutPerturbationKeepsEveryRank() throws IOException {
        double[][] v = {{5, 1, 9, 3, 7, 3}, {2, 8, 4, 6, 1, 6}};
        RankScheme s = scheme(
                """
                indicators:
                  - {id: a, source: v, direction: benefit}
                  - {id: b, source: v, direction: benefit}
                grades: {by: rank-share, bands: [{grade: A, share: 0.5}, {grade: B}]}
                sensitivity: {weights: uniform, spread: 0}
                """);
        RankResult r = RankEngine.rank(s, data(s, v, new double[0][], new double[0][]), Map.of());
        Sensitivity.Outcome o = Sensitivity.run(r, 50, 1, 2);
        int[] base = r.prepared().baseRank();
        assertArrayEquals(base, o.median());
        assertArrayEquals(base, o.q05());
        assertArrayEquals(base, o.q95());
        for (double g : o.gradeStable()) {
            assertEquals(1.0, g, 0);
        }
    }

    @Test
    void halfYearsMakeTheYearAsDeclared() throws IOException {
        Map<String, Double> halves = Map.of("2025H1", 60.0, "2025H2", 80.0);
        Map<String, Double> one = Map.of("2025H1", 60.0);
        Map<String, Double> whole = Map.of("2025", 10.0, "2025H1", 60.0);
        int[] count = new int[1];
        String base = "indicators: [{id: a, source: v, direction: benefit}]\ngrades: {bands: [{grade: A}]}\n";
        assertEquals(70, RankInputs.year(scheme(base), halves, count), 0);
        assertEquals(10, RankInputs.year(scheme(base), whole, count), 0);
        assertEquals(60, RankInputs.year(scheme(base), one, count), 0);
        RankScheme sum = scheme("{year: 2025, halfYears: sum}", base);
        assertEquals(140, RankInputs.year(sum, halves, count), 0);
        assertTrue(Double.isNaN(RankInputs.year(sum, one, count)));
        RankScheme weighted = scheme("{year: 2025, halfYears: weighted, halfYearWeights: [1, 3]}", base);
        assertEquals(75, RankInputs.year(weighted, halves, count), 0);
        RankScheme last = scheme("{year: 2025, halfYears: last}", base);
        assertEquals(80, RankInputs.year(last, halves, count), 0);
        assertEquals(2, count[0], "one-half values seen");
    }
}
