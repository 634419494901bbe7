package org.xiaoqu.rank;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code bench/rank.sh}: ranks N synthetic entities × M indicators and runs D sensitivity draws, printing the time
 * of each phase. Arguments: N M D [threads] [mode]; mode {@code weights} (default: weights perturbed only) or
 * {@code all} (also min-max/rank normalisation and arithmetic/TOPSIS aggregation drawn per draw).
 */
public final class RankBench {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int m = Integer.parseInt(args[1]);
        int draws = Integer.parseInt(args[2]);
        int threads = args.length > 3
                ? Integer.parseInt(args[3])
                : Runtime.getRuntime().availableProcessors();
        boolean all = args.length > 4 && args[4].equals("all");
        Path dir = Files.createTempDirectory("rank-bench");
        StringBuilder y = new StringBuilder(
                """
                id: bench
                entityKind: enterprise
                period: {year: 2025}
                sources: [{id: v, file: v.csv}]
                indicators:
                """);
        for (int j = 0; j < m; j++) {
            y.append("  - {id: i")
                    .append(j)
                    .append(", source: v, direction: ")
                    .append(j % 4 == 3 ? "cost" : "benefit")
                    .append("}\n");
        }
        y.append(
                """
                missing: {policy: impute-median, minAvailability: 0.5}
                grades: {by: rank-share, bands: [{grade: 优秀, share: 0.2}, {grade: 良好, share: 0.5}, {grade: 一般}]}
                """);
        if (all) {
            y.append("sensitivity: {normalisations: [rank], aggregations: [topsis]}\n");
        }
        Path f = dir.resolve("bench.yaml");
        Files.writeString(f, y.toString());
        RankScheme scheme = SchemeLoader.load(f, null);

        long t0 = System.nanoTime();
        SplittableRandom rng = new SplittableRandom(2025);
        double[][] values = new double[m][n];
        for (int j = 0; j < m; j++) {
            double mean = 50 + 10 * rng.nextDouble();
            for (int i = 0; i < n; i++) {
                double u = rng.nextDouble();
                values[j][i] =
                        u < 0.02 ? Double.NaN : Math.round((mean + 15 * (rng.nextDouble() - 0.5) * 2) * 100) / 100.0;
            }
        }
        List<String> ids = new ArrayList<>(n);
        List<String> groups = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(String.format("E%07d", i));
            groups.add("D" + (i % 20));
        }
        RankData data = new RankData(
                ids,
                ids,
                new ArrayList<>(groups),
                new ArrayList<>(java.util.Collections.nCopies(n, (String) null)),
                scheme.indicators(),
                values,
                new double[0][],
                new double[0][],
                List.of());
        long t1 = System.nanoTime();
        RankResult result = RankEngine.rank(scheme, data, Map.of());
        long t2 = System.nanoTime();
        Sensitivity.Outcome o = Sensitivity.run(result, draws, 42, threads);
        long t3 = System.nanoTime();
        int unstable = 0;
        long width = 0;
        for (int a = 0; a < o.median().length; a++) {
            unstable += o.unstable()[a] ? 1 : 0;
            width += o.q95()[a] - o.q05()[a];
        }
        System.out.printf(
                java.util.Locale.ROOT,
                "entities %,d × indicators %d, %,d draws on %d threads (%s)%n",
                n,
                m,
                draws,
                threads,
                all ? "weights, normalisation and aggregation perturbed" : "weights perturbed");
        System.out.printf(
                java.util.Locale.ROOT,
                "data %.2f s, ranking %.2f s, sensitivity %.2f s (%.1f ms a draw)," + " ranking + sensitivity %.2f s%n",
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                (t3 - t2) / 1e9,
                (t3 - t2) / 1e6 / draws,
                (t3 - t1) / 1e9);
        System.out.printf(
                java.util.Locale.ROOT,
                "ranked %,d; mean Q5–Q95 width %.1f ranks; grade unstable: %,d%n",
                o.median().length,
                (double) width / o.median().length,
                unstable);
        Files.deleteIfExists(f);
        Files.deleteIfExists(dir);
    }
}
