package org.xiaoqu.address.eval;

import java.util.List;
import java.util.Locale;

/**
 * The parser's scores on one corpus file.
 *
 * @param corpus the corpus format
 * @param file the file scored
 * @param addresses how many addresses it holds
 * @param labels the score of each mapped label, in component order
 * @param micro the micro average over the mapped labels
 * @param numbers the micro average over building, unit and room
 * @param mapping how the corpus labels were mapped, for the record
 */
public record EvaluationResult(
        Corpus corpus,
        String file,
        int addresses,
        List<LabelScore> labels,
        LabelScore micro,
        LabelScore numbers,
        String mapping) {

    public EvaluationResult {
        labels = List.copyOf(labels);
    }

    /** The score of one label, by component name. */
    public LabelScore label(String name) {
        return labels.stream()
                .filter(l -> l.label().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no label " + name));
    }

    /** A table for people. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "address parser on %s (%s): %d addresses%n",
                corpus.name().toLowerCase(Locale.ROOT),
                file,
                addresses));
        b.append(String.format(
                Locale.ROOT, "%-14s %7s %7s %7s %7s %7s %7s%n", "label", "gold", "pred", "correct", "P", "R", "F1"));
        for (LabelScore l : labels) {
            row(b, l);
        }
        row(b, micro);
        row(b, numbers);
        b.append("mapping: ").append(mapping).append(System.lineSeparator());
        return b.toString();
    }

    private static void row(StringBuilder b, LabelScore l) {
        b.append(String.format(
                Locale.ROOT,
                "%-14s %7d %7d %7d %7.4f %7.4f %7.4f%n",
                l.label(),
                l.gold(),
                l.predicted(),
                l.correct(),
                l.precision(),
                l.recall(),
                l.f1()));
    }
}
