package org.xiaoqu.grid.geo;

import org.jspecify.annotations.Nullable;

/** STAND-IN until the gridgeo branch lands: one record's membership of a department grid. */
public record Membership(
        String department,
        String sourceId,
        String recordKey,
        String gridCode,
        @Nullable Double longitude,
        @Nullable Double latitude,
        Crs crs) {}
