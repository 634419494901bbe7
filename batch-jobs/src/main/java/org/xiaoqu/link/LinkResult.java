package org.xiaoqu.link;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of {@link LinkEngine#run}: what a command prints as text or as JSON.
 *
 * @param summary the figures
 * @param outputFolder where pairs.csv, clusters.csv, review.csv, summary.json, parameters.json were written
 * @param files the files written
 */
public record LinkResult(LinkSummary summary, String outputFolder, List<String> files) {
    public LinkResult {
        files = List.copyOf(files);
    }

    /** A few lines for people. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("link (").append(summary.mode()).append("): ");
        summary.records().forEach((s, n) -> b.append(s).append(' ').append(n).append(" records; "));
        b.append('\n');
        b.append("candidates: ").append(summary.candidatePairs());
        b.append(" (").append(summary.partitionsPerKey()).append(" partitions per key)");
        summary.candidates()
                .forEach((k, n) -> b.append("\n  key ").append(k).append(": ").append(n));
        if (summary.pairsCompleteness() != null) {
            b.append(String.format(
                    Locale.ROOT,
                    "%npairs completeness: %.4f (%d of %d true pairs)",
                    summary.pairsCompleteness(),
                    summary.truePairsInCandidates(),
                    summary.truePairs()));
        }
        if (summary.skippedBlocks().get(0) > 0) {
            b.append("\nskipped blocks above maxBlockPairs: ")
                    .append(summary.skippedBlocks().get(0))
                    .append(" (")
                    .append(summary.skippedBlocks().get(1))
                    .append(" pairs)");
        }
        b.append(String.format(
                Locale.ROOT,
                "%nmatches: %d, review: %d, dropped by one-to-one: %d, clusters: %d, split: %d",
                summary.matches(),
                summary.review(),
                summary.droppedByOneToOne(),
                summary.clusters(),
                summary.splits().size()));
        b.append(String.format(
                Locale.ROOT,
                "%nmatch share of candidates %.5f, EM iterations %d",
                summary.lambda(),
                summary.emIterations()));
        b.append("\nseconds:");
        for (Map.Entry<String, Double> e : summary.seconds().entrySet()) {
            b.append(' ').append(e.getKey()).append(' ').append(e.getValue());
        }
        b.append("\noutput: ").append(outputFolder).append('\n');
        return b.toString();
    }
}
