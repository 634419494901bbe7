package org.xiaoqu.grid;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;

/**
 * Scores a merge against the generator's truth ({@code truth/records.csv}: one row per membership record with its
 * true {@code building_id}): pairwise precision, recall and F1 at building level (two records are a true pair when
 * they have the same building), B-cubed precision, recall and F1, the share of records sent to review and the
 * share of genuinely ambiguous records. Records sent to review or left unmatched count as linked to nothing.
 */
public final class GridEvaluation {
    private GridEvaluation() {}

    /** Evaluates the run folder {@code runDir} (its {@code building_crosswalk.csv} and {@code review.csv}). */
    public static GridEvaluationResult evaluate(Path truthDir, Path runDir) {
        Path truthFile = truthDir.resolve("records.csv");
        if (!Files.isRegularFile(truthFile) && Files.isRegularFile(truthDir.resolve("truth/records.csv"))) {
            truthFile = truthDir.resolve("truth/records.csv");
        }
        Map<String, String> truth = new HashMap<>();
        long ambiguous = 0;
        for (CSVRecord r : csv(truthFile)) {
            truth.put(r.get("source_id") + ":" + r.get("record_id"), r.get("building_id"));
            if ("true".equals(r.get("ambiguous"))) {
                ambiguous++;
            }
        }
        Map<String, String> predicted = new HashMap<>();
        for (CSVRecord r : csv(runDir.resolve("building_crosswalk.csv"))) {
            predicted.put(r.get("source_id") + ":" + r.get("record_key"), r.get("unified_id"));
        }
        Set<String> review = new HashSet<>();
        Path reviewFile = runDir.resolve("review.csv");
        if (Files.isRegularFile(reviewFile)) {
            for (CSVRecord r : csv(reviewFile)) {
                review.add(r.get("source_id") + ":" + r.get("record_key"));
            }
        }
        return score(truth, predicted, review.size(), ambiguous);
    }

    /**
     * Scores predicted clusters against true ones over the truth's records; a record without a prediction is a
     * cluster of its own.
     */
    public static GridEvaluationResult score(
            Map<String, String> truth, Map<String, String> predicted, long reviewRecords, long ambiguousRecords) {
        Map<String, Long> cell = new HashMap<>();
        Map<String, Long> trueSize = new HashMap<>();
        Map<String, Long> predSize = new HashMap<>();
        for (var e : truth.entrySet()) {
            String t = e.getValue();
            String p = predicted.get(e.getKey());
            if (p == null) {
                p = "\u0000" + e.getKey();
            }
            cell.merge(p + "\u0001" + t, 1L, Long::sum);
            trueSize.merge(t, 1L, Long::sum);
            predSize.merge(p, 1L, Long::sum);
        }
        double tp = 0;
        double bPrecision = 0;
        double bRecall = 0;
        for (var e : cell.entrySet()) {
            long n = e.getValue();
            tp += pairs(n);
            String[] pt = e.getKey().split("\u0001", 2);
            // B-cubed: each of the n records sees n of its predicted cluster correct, n of its true cluster found
            bPrecision += (double) n * n / predSize.get(pt[0]);
            bRecall += (double) n * n / trueSize.get(pt[1]);
        }
        double predictedPairs =
                predSize.values().stream().mapToDouble(GridEvaluation::pairs).sum();
        double truePairs =
                trueSize.values().stream().mapToDouble(GridEvaluation::pairs).sum();
        double precision = predictedPairs == 0 ? 1 : tp / predictedPairs;
        double recall = truePairs == 0 ? 1 : tp / truePairs;
        long records = truth.size();
        double bp = records == 0 ? 1 : bPrecision / records;
        double br = records == 0 ? 1 : bRecall / records;
        return new GridEvaluationResult(
                records,
                (long) truePairs,
                (long) predictedPairs,
                (long) tp,
                precision,
                recall,
                f1(precision, recall),
                bp,
                br,
                f1(bp, br),
                reviewRecords,
                records == 0 ? 0 : (double) reviewRecords / records,
                ambiguousRecords,
                records == 0 ? 0 : (double) ambiguousRecords / records);
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Iterable<CSVRecord> csv(Path file) {
        if (!Files.isRegularFile(file)) {
            throw XiaoquException.usage("grid evaluate: " + file + " not found");
        }
        try {
            Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        } catch (IOException e) {
            throw new XiaoquException(ExitCode.INPUT_REJECTED, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
