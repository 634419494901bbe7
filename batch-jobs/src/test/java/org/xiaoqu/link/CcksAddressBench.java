package org.xiaoqu.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xiaoqu.link.internal.Similarity;

/**
 * ROC-AUC of the engine's Chinese address comparison on the CCKS 2021 address-relevance pairs, beside the
 * character-bigram Jaccard baseline: exact (label 2) against non-matching (label 0), and exact against all
 * others (labels 0 and 1). The gram weights are fitted on the texts only, never on the labels.
 */
public final class CcksAddressBench {
    /** The four AUCs and the pair counts. */
    public record Figures(
            double engineExactVsNone,
            double jaccardExactVsNone,
            double engineExactVsRest,
            double jaccardExactVsRest,
            int exact,
            int partial,
            int none) {
        String toText() {
            return String.format(
                    Locale.ROOT,
                    "ccks2021 address relevance: %d exact, %d partial, %d non-matching pairs%n"
                            + "ROC-AUC exact vs non-matching: engine %.4f, bigram Jaccard %.4f%n"
                            + "ROC-AUC exact vs partial+non-matching: engine %.4f, bigram Jaccard %.4f%n",
                    exact,
                    partial,
                    none,
                    engineExactVsNone,
                    jaccardExactVsNone,
                    engineExactVsRest,
                    jaccardExactVsRest);
        }
    }

    private CcksAddressBench() {}

    public static Figures measure(Path tsv) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 3) {
                rows.add(f);
            }
        }
        Set<String> corpus = new LinkedHashSet<>();
        rows.forEach(r -> {
            corpus.add(r[0]);
            corpus.add(r[1]);
        });
        AddressComparison engine = AddressComparison.fit(corpus, 2);
        int n = rows.size();
        double[] e = new double[n];
        double[] j = new double[n];
        int[] label = new int[n];
        int[] counts = new int[3];
        for (int i = 0; i < n; i++) {
            String[] r = rows.get(i);
            e[i] = engine.similarity(r[0], r[1]);
            j[i] = Similarity.ngramJaccard(r[0], r[1], 2);
            label[i] = Integer.parseInt(r[2].trim());
            counts[label[i]]++;
        }
        return new Figures(
                auc(e, label, true),
                auc(j, label, true),
                auc(e, label, false),
                auc(j, label, false),
                counts[2],
                counts[1],
                counts[0]);
    }

    /** Mann–Whitney AUC of label 2 against label 0 (or against 0 and 1), ties counted half. */
    static double auc(double[] score, int[] label, boolean noneOnly) {
        List<Double> pos = new ArrayList<>();
        List<Double> neg = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            if (label[i] == 2) {
                pos.add(score[i]);
            } else if (label[i] == 0 || !noneOnly) {
                neg.add(score[i]);
            }
        }
        double[] ns = neg.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double sum = 0;
        for (double p : pos) {
            int lo = lowerBound(ns, p);
            int hi = upperBound(ns, p);
            sum += lo + 0.5 * (hi - lo);
        }
        return sum / pos.size() / ns.length;
    }

    private static int lowerBound(double[] a, double v) {
        int i = Arrays.binarySearch(a, v);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && a[i - 1] == v) {
            i--;
        }
        return i;
    }

    private static int upperBound(double[] a, double v) {
        int i = Arrays.binarySearch(a, v);
        if (i < 0) {
            return -i - 1;
        }
        while (i < a.length && a[i] == v) {
            i++;
        }
        return i;
    }

    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        Figures f = measure(Path.of(args[0]));
        System.out.print(f.toText());
        System.out.printf(Locale.ROOT, "wall seconds: %.2f%n", (System.nanoTime() - t0) / 1e9);
    }
}
