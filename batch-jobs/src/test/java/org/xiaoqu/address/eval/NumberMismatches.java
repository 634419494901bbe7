package org.xiaoqu.address.eval;

import java.nio.file.Path;
import java.util.*;
import org.xiaoqu.address.*;

/**
 * A hand-run diagnostic, not a test: prints the parser's building/unit/room mismatches on a NAACL split
 * (train or dev — the test split is only scored), grouped by the shape of the text around the span
 * (digits as 9, latin as A, Chinese numerals as 九), with a few examples per group, G = gold, P = parser.
 * Run with the test classpath: {@code java ... org.xiaoqu.address.eval.NumberMismatches PATH/train.txt [examples]}.
 */
final class NumberMismatches {
    static final Set<AddressComponent> N =
            Set.of(AddressComponent.BUILDING, AddressComponent.UNIT, AddressComponent.ROOM);

    public static void main(String[] args) {
        AddressParser parser = AddressParser.hunan();
        List<LabelledAddress> all = CorpusReader.read(Corpus.NAACL, Path.of(args[0]));
        int examples = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Map<String, List<String>> groups = new HashMap<>();
        int[] k = new int[3];
        for (LabelledAddress a : all) {
            ParsedAddress p = parser.parse(a.text());
            Set<String> gold = new TreeSet<>(), pred = new TreeSet<>();
            for (var g : a.gold())
                if (N.contains(g.component()))
                    gold.add(g.component().name().charAt(0) + ":" + g.start() + ":" + g.end());
            for (Span s : AddressEvaluation.predicted(p))
                if (N.contains(s.component()))
                    pred.add(s.component().name().charAt(0) + ":" + s.start() + ":" + s.end());
            k[0] += gold.size();
            k[1] += pred.size();
            for (String g : gold) if (pred.contains(g)) k[2]++;
            if (gold.equals(pred)) continue;
            String render = "G " + render(a.text(), gold) + "\n    P " + render(a.text(), pred);
            for (String g : gold)
                if (!pred.contains(g))
                    groups.computeIfAbsent("FN " + shape(a.text(), g), x -> new ArrayList<>())
                            .add(render);
            for (String s : pred)
                if (!gold.contains(s))
                    groups.computeIfAbsent("FP " + shape(a.text(), s), x -> new ArrayList<>())
                            .add(render);
        }
        System.out.printf(
                "gold %d pred %d ok %d  P %.4f R %.4f F %.4f%n",
                k[0], k[1], k[2], k[2] / (double) k[1], k[2] / (double) k[0], 2.0 * k[2] / (k[0] + k[1]));
        groups.entrySet().stream()
                .sorted((x, y) -> y.getValue().size() - x.getValue().size())
                .limit(60)
                .forEach(e -> {
                    System.out.println(e.getValue().size() + "  " + e.getKey());
                    e.getValue().stream().limit(examples).forEach(r -> System.out.println("    " + r));
                });
    }

    static String shape(String t, String key) {
        String[] f = key.split(":");
        int s = Integer.parseInt(f[1]), e = Integer.parseInt(f[2]);
        String before = t.substring(Math.max(0, s - 1), s), after = t.substring(e, Math.min(t.length(), e + 1));
        return f[0] + " " + fold(before) + "[" + fold(t.substring(s, e)) + "]" + fold(after);
    }

    static String fold(String x) {
        return x.replaceAll("[0-9]+", "9").replaceAll("[A-Za-z]+", "A").replaceAll("[一二三四五六七八九十两零]+", "九");
    }

    static String render(String t, Set<String> spans) {
        StringBuilder b = new StringBuilder(t);
        List<int[]> list = new ArrayList<>();
        for (String key : spans) {
            String[] f = key.split(":");
            list.add(new int[] {f[0].charAt(0), Integer.parseInt(f[1]), Integer.parseInt(f[2])});
        }
        list.sort((x, y) -> y[1] - x[1]);
        for (int[] x : list) {
            b.insert(x[2], "]");
            b.insert(x[1], "[" + (char) x[0] + ":");
        }
        return b.toString();
    }
}
