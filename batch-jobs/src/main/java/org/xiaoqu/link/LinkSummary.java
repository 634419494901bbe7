package org.xiaoqu.link;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one link run (the JSON of {@code summary.json}).
 *
 * @param mode link or dedupe
 * @param records records per source
 * @param candidates candidate pairs per blocking key (each pair counted under the first key that blocks it)
 * @param partitionsPerKey partitions of the blocking spill per key (memory is bounded by the largest)
 * @param candidatePairs all candidate pairs compared
 * @param skippedBlocks blocks above maxBlockPairs that were not compared, and the pairs they held
 * @param truePairs true pairs in the input, null without truth
 * @param truePairsInCandidates true pairs among the candidates
 * @param pairsCompleteness truePairsInCandidates / truePairs, null without truth
 * @param matches linked pairs
 * @param review pairs in the review band (or sent to review by a small gap)
 * @param droppedByOneToOne pairs above the threshold dropped by the one-to-one assignment
 * @param clusters clusters of two or more records
 * @param splits components split by the hierarchy check, with the conflicting values
 * @param lambda the match share of candidate pairs
 * @param emIterations EM iterations (0 when parameters were loaded)
 * @param seconds wall time of each stage
 */
public record LinkSummary(
        String mode,
        Map<String, Long> records,
        Map<String, Long> candidates,
        int partitionsPerKey,
        long candidatePairs,
        List<Long> skippedBlocks,
        @Nullable Long truePairs,
        @Nullable Long truePairsInCandidates,
        @Nullable Double pairsCompleteness,
        long matches,
        long review,
        long droppedByOneToOne,
        long clusters,
        List<SplitReport> splits,
        double lambda,
        int emIterations,
        Map<String, Double> seconds) {

    /**
     * A component split because it held several values of an exclusive field.
     *
     * @param field the exclusive field
     * @param values the values it held
     * @param clusters the cluster ids it became
     */
    public record SplitReport(String field, List<String> values, List<String> clusters) {}
}
