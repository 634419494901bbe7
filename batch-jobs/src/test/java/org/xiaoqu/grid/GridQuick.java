package org.xiaoqu.grid;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.xiaoqu.config.ConfigLoader;
import org.xiaoqu.grid.internal.Matching;
import org.xiaoqu.grid.internal.MergeRecord;
import org.xiaoqu.grid.internal.Prepare;
import org.xiaoqu.grid.internal.Spill;

/** Development harness: prepare + match a city folder, print scores. Not a test. */
public final class GridQuick {
    public static void main(String[] args) throws Exception {
        Path city = Path.of(args[0]);
        Path work = Files.createTempDirectory("gridquick");
        var sources = GridSources.of(ConfigLoader.load(city.resolve("xiaoqu.yaml")));
        long t0 = System.nanoTime();
        System.out.println(new Prepare(work).run(sources));
        var districts = Prepare.districts(work);
        for (String d : districts) {
            Matching.district(work, d);
        }
        Matching.unknown(work, districts);
        long t1 = System.nanoTime();
        Map<String, String> truth = new HashMap<>();
        Map<String, String> amb = new HashMap<>();
        for (String line : Files.readAllLines(city.resolve("truth/records.csv"))
                .subList(
                        1, Files.readAllLines(city.resolve("truth/records.csv")).size())) {
            String[] f = line.split(",", -1);
            truth.put(f[0] + ":" + f[1], f[2]);
            amb.put(f[0] + ":" + f[1], f[4] + " " + f[6]);
        }
        Map<String, String> pred = new HashMap<>();
        Map<String, String> bykey = new HashMap<>();
        long[] review = {0};
        Map<String, Integer> rules = new java.util.TreeMap<>();
        Map<String, java.util.List<String>> clusters = new HashMap<>();
        for (String d : districts) {
            Spill.forEach(work.resolve("m-" + d + ".bin"), r -> collect(r, pred, review, rules, clusters));
        }
        Spill.forEach(work.resolve("m-unknown.bin"), r -> collect(r, pred, review, rules, clusters));
        System.out.println(rules);
        System.out.println(GridEvaluation.score(
                truth,
                pred,
                review[0],
                amb.values().stream().filter(s -> s.startsWith("true")).count()));
        System.out.printf("%.1f s%n", (t1 - t0) / 1e9);
        Map<String, String> ruleOf = new HashMap<>();
        Map<String, String> why = new HashMap<>();
        for (String d : districts) {
            Spill.forEach(work.resolve("m-" + d + ".bin"), r -> why.put(r.ref(), r.address + " :: " + r.explanation));
        }
        for (String d : districts) {
            Spill.forEach(work.resolve("m-" + d + ".bin"), r -> ruleOf.put(r.ref(), r.status + " " + r.rule));
        }
        Spill.forEach(work.resolve("m-unknown.bin"), r -> ruleOf.put(r.ref(), r.status + " " + r.rule));
        // majority cluster of each truth
        Map<String, Map<String, Integer>> tc = new HashMap<>();
        truth.forEach((ref, t) ->
                tc.computeIfAbsent(t, x -> new HashMap<>()).merge(pred.getOrDefault(ref, "-" + ref), 1, Integer::sum));
        Map<String, Integer> missCause = new java.util.TreeMap<>();
        truth.forEach((ref, t) -> {
            var m = tc.get(t);
            String best = m.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .get()
                    .getKey();
            String p = pred.getOrDefault(ref, "-" + ref);
            if (!p.equals(best)) {
                String[] a = amb.get(ref).split(" ", 2);
                String noise = a.length > 1 ? a[1] : "";
                missCause.merge(ruleOf.get(ref) + " | " + noise, 1, Integer::sum);
                if (noise.isEmpty()
                        && ruleOf.get(ref).startsWith("REVIEW")
                        && missCause.get(ruleOf.get(ref) + " | ") < 6)
                    System.out.println("CLEANREVIEW " + ref + " " + why.get(ref));
            }
        });
        missCause.entrySet().stream()
                .sorted((x, y) -> y.getValue() - x.getValue())
                .limit(40)
                .forEach(e -> System.out.println("OFF " + e.getValue() + " " + e.getKey()));
        // errors: clusters mixing truths, and truths split
        int shown = 0;
        for (var e : clusters.entrySet()) {
            var ts = e.getValue().stream().map(truth::get).distinct().toList();
            if (ts.size() > 1 && shown++ < 15) {
                System.out.println("MIXED " + e.getKey() + " "
                        + e.getValue().stream()
                                .map(x -> x + "=" + truth.get(x) + "[" + amb.get(x) + "]")
                                .toList());
            }
        }
        Map<String, java.util.Set<String>> byTruth = new HashMap<>();
        pred.forEach((k, v) -> byTruth.computeIfAbsent(truth.get(k), x -> new java.util.TreeSet<>())
                .add(v));
        shown = 0;
        for (var e : byTruth.entrySet()) {
            if (e.getValue().size() > 1 && shown++ < 25) {
                System.out.println("SPLIT " + e.getKey() + " " + e.getValue());
                for (String p : e.getValue()) {
                    System.out.println("    " + p + " "
                            + clusters.get(p).stream()
                                    .map(x -> x + "[" + amb.get(x) + "]")
                                    .toList());
                }
            }
        }
    }

    private static void collect(
            MergeRecord r,
            Map<String, String> pred,
            long[] review,
            Map<String, Integer> rules,
            Map<String, java.util.List<String>> clusters) {
        rules.merge(r.status + " " + r.rule, 1, Integer::sum);
        if (r.status.equals("LINKED")) {
            pred.put(r.ref(), r.buildingKey);
            clusters.computeIfAbsent(r.buildingKey, k -> new java.util.ArrayList<>())
                    .add(r.ref());
        } else if (r.status.equals("REVIEW")) {
            review[0]++;
            if (review[0] % 25 == 0)
                System.out.println("REVIEW " + r.ref() + " " + r.address + " " + r.explanation + " " + r.candidates);
        } else if (!r.rule.equals("NO_BUILDING")) {
            if (rules.get(r.status + " " + r.rule) < 5)
                System.out.println("UNMATCHED " + r.ref() + " " + r.address + " key=" + r.estateKey + " b=" + r.building
                        + " plate=" + r.doorplate + " " + r.explanation);
        } else {
            if (rules.get(r.status + " " + r.rule) < 5) System.out.println("NOBUILDING " + r.ref() + " " + r.address);
        }
    }
}
