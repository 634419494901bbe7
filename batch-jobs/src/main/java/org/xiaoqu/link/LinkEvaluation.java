package org.xiaoqu.link;

import java.util.Locale;

/**
 * Quality of a link run against the truth.
 *
 * @param predictedPairs linked pairs
 * @param truePairs true pairs in the input
 * @param truePositives linked pairs that are true
 * @param precision pairwise precision
 * @param recall pairwise recall
 * @param f1 pairwise F1
 * @param bcubedPrecision cluster-level B-cubed precision (mean over records)
 * @param bcubedRecall cluster-level B-cubed recall
 * @param bcubedF1 B-cubed F1
 * @param review pairs sent to review (counted as not linked)
 */
public record LinkEvaluation(
        long predictedPairs,
        long truePairs,
        long truePositives,
        double precision,
        double recall,
        double f1,
        double bcubedPrecision,
        double bcubedRecall,
        double bcubedF1,
        long review) {

    public String toText() {
        return String.format(
                Locale.ROOT,
                "pairs: precision %.4f recall %.4f F1 %.4f (%d linked, %d true, %d correct; %d in review)%n"
                        + "B-cubed: precision %.4f recall %.4f F1 %.4f%n",
                precision,
                recall,
                f1,
                predictedPairs,
                truePairs,
                truePositives,
                review,
                bcubedPrecision,
                bcubedRecall,
                bcubedF1);
    }
}
