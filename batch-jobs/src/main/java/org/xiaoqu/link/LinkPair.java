package org.xiaoqu.link;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scored pair at or above the review floor, with its explanation.
 *
 * @param leftSource the first record's source
 * @param leftId the first record's id
 * @param rightSource the second record's source
 * @param rightId the second record's id
 * @param weight the match weight in bits (prior included)
 * @param probability the match probability
 * @param decision linked, review, or dropped by the one-to-one assignment
 * @param comparisons every comparison's level and weight
 */
public record LinkPair(
        String leftSource,
        String leftId,
        String rightSource,
        String rightId,
        double weight,
        double probability,
        Decision decision,
        List<Outcome> comparisons) {

    public LinkPair {
        comparisons = List.copyOf(comparisons);
    }

    /** What became of a pair. */
    public enum Decision {
        MATCH,
        REVIEW,
        DROPPED_ONE_TO_ONE
    }

    /**
     * One comparison of a pair.
     *
     * @param name the comparison
     * @param level its level index, -1 when a value is missing
     * @param label the level's name (exact, >=0.9, else, missing…)
     * @param weight its weight in bits
     */
    public record Outcome(String name, int level, String label, double weight) {}

    /** The explanation as one line: {@code name=label(+w.ww); …}. */
    public String explanation() {
        return comparisons.stream()
                .map(o -> o.name() + "=" + o.label() + "(" + String.format(java.util.Locale.ROOT, "%+.2f", o.weight())
                        + ")")
                .collect(Collectors.joining("; "));
    }
}
