package org.xiaoqu.grid;

/**
 * The quality of a merge against the truth.
 *
 * @param records records scored (those of the truth)
 * @param truePairs pairs of records of one building
 * @param predictedPairs pairs of records the merge put in one building
 * @param correctPairs pairs in both
 * @param reviewShare records sent to review over all records (they count as linked to nothing)
 * @param ambiguousShare records the generator marks genuinely ambiguous over all records
 */
public record GridEvaluationResult(
        long records,
        long truePairs,
        long predictedPairs,
        long correctPairs,
        double precision,
        double recall,
        double f1,
        double bcubedPrecision,
        double bcubedRecall,
        double bcubedF1,
        long reviewRecords,
        double reviewShare,
        long ambiguousRecords,
        double ambiguousShare) {}
