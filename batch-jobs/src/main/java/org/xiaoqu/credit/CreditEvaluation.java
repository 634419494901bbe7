package org.xiaoqu.credit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.schemas.CreditDiscrepancy;

/**
 * Recall and precision of a run's discrepancies.csv against the generator's {@code truth/credit-discrepancies.csv},
 * per class and overall. A discrepancy is found when the (class, source, record id, field) tuple is in both; the
 * enterprise it is reported under is compared with the truth's apart (a record with a wrong code that the reconciler
 * matched to another enterprise, or to none, is found and counted as such).
 *
 * @param byClass per class: true positives, false positives, false negatives, found under another enterprise
 */
public record CreditEvaluation(Map<CreditDiscrepancy, Counts> byClass) {
    /**
     * The counts of one class (or of all).
     *
     * @param otherEnterprise true positives reported under another enterprise code than the truth's (or none)
     */
    public record Counts(long truePositives, long falsePositives, long falseNegatives, long otherEnterprise) {
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
        long tp = 0, fp = 0, fn = 0, other = 0;
        for (Counts c : byClass.values()) {
            tp += c.truePositives();
            fp += c.falsePositives();
            fn += c.falseNegatives();
            other += c.otherEnterprise();
        }
        return new Counts(tp, fp, fn, other);
    }

    /** Scores {@code discrepancies} (a run's discrepancies.csv, complete: no --max-rows) against {@code truthDir}. */
    public static CreditEvaluation of(Path discrepancies, Path truthDir) {
        Map<Discrepancy.Key, String> found = keys(discrepancies, "discrepancy");
        Map<Discrepancy.Key, String> truth = keys(truthDir.resolve("credit-discrepancies.csv"), "class");
        Map<CreditDiscrepancy, Counts> by = new EnumMap<>(CreditDiscrepancy.class);
        for (CreditDiscrepancy c : CreditDiscrepancy.values()) {
            long tp = 0, fp = 0, fn = 0, other = 0;
            for (Map.Entry<Discrepancy.Key, String> k : found.entrySet()) {
                if (k.getKey().kind() == c) {
                    String enterprise = truth.get(k.getKey());
                    if (enterprise == null) {
                        fp++;
                    } else {
                        tp++;
                        if (!enterprise.equals(k.getValue())) {
                            other++;
                        }
                    }
                }
            }
            for (Discrepancy.Key k : truth.keySet()) {
                if (k.kind() == c && !found.containsKey(k)) {
                    fn++;
                }
            }
            by.put(c, new Counts(tp, fp, fn, other));
        }
        return new CreditEvaluation(by);
    }

    /** The discrepancies of a file, each with the enterprise code it names. */
    private static Map<Discrepancy.Key, String> keys(Path file, String classColumn) {
        Map<Discrepancy.Key, String> keys = new HashMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .build()
                    .parse(r)) {
                keys.put(
                        new Discrepancy.Key(
                                CreditDiscrepancy.valueOf(rec.get(classColumn)),
                                rec.get("source"),
                                rec.get("record_id"),
                                rec.get("field")),
                        rec.get("credit_code"));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw XiaoquException.usage("cannot read " + file + ": " + e.getMessage());
        }
        return keys;
    }

    /** A Markdown table of precision and recall per class and overall, and the finds under another enterprise. */
    public String table() {
        StringBuilder b = new StringBuilder(
                "| class | found | truth | precision | recall | other enterprise |\n|---|---:|---:|---:|---:|---:|\n");
        Map<String, Counts> rows = new LinkedHashMap<>();
        byClass.forEach((c, n) -> rows.put(c.name(), n));
        rows.put("overall", overall());
        rows.forEach((name, c) -> b.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.4f | %.4f | %d |%n",
                name,
                c.truePositives() + c.falsePositives(),
                c.truePositives() + c.falseNegatives(),
                c.precision(),
                c.recall(),
                c.otherEnterprise())));
        return b.toString();
    }
}
