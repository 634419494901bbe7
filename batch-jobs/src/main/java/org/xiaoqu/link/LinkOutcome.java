package org.xiaoqu.link;

import java.util.List;

/**
 * Everything a link produced, in memory: for callers inside the JVM (the grid merge, the credit reconcile).
 *
 * @param summary the figures
 * @param parameters the model used
 * @param pairs pairs at or above the review floor, strongest first
 * @param records every record's cluster and distinguishability, by source and id
 */
public record LinkOutcome(
        LinkSummary summary, ModelParameters parameters, List<LinkPair> pairs, List<RecordAssignment> records) {

    public LinkOutcome {
        pairs = List.copyOf(pairs);
        records = List.copyOf(records);
    }

    /** The linked pairs only. */
    public List<LinkPair> matches() {
        return pairs.stream()
                .filter(p -> p.decision() == LinkPair.Decision.MATCH)
                .toList();
    }
}
