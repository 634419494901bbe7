package org.xiaoqu.link;

import org.jspecify.annotations.Nullable;

/**
 * A record's cluster and its distinguishability.
 *
 * @param source the record's source
 * @param id its id
 * @param cluster the cluster id (the smallest member's source and id)
 * @param clusterSize the number of records in the cluster
 * @param split true when its component held conflicting exclusive values and was split
 * @param bestWeight the weight of its best candidate, null with none
 * @param secondWeight the weight of its second-best candidate, null with fewer than two
 * @param gap best minus second best in bits, null with fewer than two candidates
 */
public record RecordAssignment(
        String source,
        String id,
        String cluster,
        int clusterSize,
        boolean split,
        @Nullable Double bestWeight,
        @Nullable Double secondWeight,
        @Nullable Double gap) {}
