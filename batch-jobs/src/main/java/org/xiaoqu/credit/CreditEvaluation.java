package org.xiaoqu.credit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.schemas.CreditDiscrepancy;

/**
 * Recall and precision of a run's discrepancies.csv against the generator's {@code truth/credit-discrepancies.csv},
 * per class and overall. A discrepancy is found when the (class, source, record id, field) tuple is in both.
 *
 * @param byClass per class: true positives, false positives, false negatives
 */
public record CreditEvaluation(Map<CreditDiscrepancy, Counts> byClass) {
    /** The counts of one class (or of all). */
    public record Counts(long truePositives, long falsePositives, long falseNegatives) {
        public double precision() {
            long found = truePositives + falsePositives;
            return found == 0 ? 1.0 : (double) truePositives / found;
        }

        public double recall() {
            long truth = truePositives + falseNegatives;
            return truth == 0 ? 1.0 : (double) truePositives / truth;
        }
    }

    /** Every class together. */
    public Counts overall() {
        long tp = 0, fp = 0, fn = 0;
        for (Counts c : byClass.values()) {
            tp += c.truePositives();
            fp += c.falsePositives();
            fn += c.falseNegatives();
        }
        return new Counts(tp, fp, fn);
    }

    /** Scores {@code discrepancies} (a run's discrepancies.csv, complete: no --max-rows) against {@code truthDir}. */
    public static CreditEvaluation of(Path discrepancies, Path truthDir) {
        Set<Discrepancy.Key> found = keys(discrepancies, "discrepancy");
        Set<Discrepancy.Key> truth = keys(truthDir.resolve("credit-discrepancies.csv"), "class");
        Map<CreditDiscrepancy, Counts> by = new EnumMap<>(CreditDiscrepancy.class);
        for (CreditDiscrepancy c : CreditDiscrepancy.values()) {
            long tp = 0, fp = 0, fn = 0;
            for (Discrepancy.Key k : found) {
                if (k.kind() == c) {
                    if (truth.contains(k)) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
            for (Discrepancy.Key k : truth) {
                if (k.kind() == c && !found.contains(k)) {
                    fn++;
                }
            }
            by.put(c, new Counts(tp, fp, fn));
        }
        return new CreditEvaluation(by);
    }

    private static Set<Discrepancy.Key> keys(Path file, String classColumn) {
        Set<Discrepancy.Key> keys = new HashSet<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .build()
                    .parse(r)) {
                keys.add(new Discrepancy.Key(
                        CreditDiscrepancy.valueOf(rec.get(classColumn)),
                        rec.get("source"),
                        rec.get("record_id"),
                        rec.get("field")));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw XiaoquException.usage("cannot read " + file + ": " + e.getMessage());
        }
        return keys;
    }

    /** A Markdown table of precision and recall per class and overall. */
    public String table() {
        StringBuilder b =
                new StringBuilder("| class | found | truth | precision | recall |\n|---|---:|---:|---:|---:|\n");
        Map<String, Counts> rows = new LinkedHashMap<>();
        byClass.forEach((c, n) -> rows.put(c.name(), n));
        rows.put("overall", overall());
        rows.forEach((name, c) -> b.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.4f | %.4f |%n",
                name,
                c.truePositives() + c.falsePositives(),
                c.truePositives() + c.falseNegatives(),
                c.precision(),
                c.recall())));
        return b.toString();
    }
}
