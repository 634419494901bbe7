package org.xiaoqu.grid.geo;

import org.jspecify.annotations.Nullable;

/** STAND-IN until the gridgeo branch lands: one department's grid cell. */
public record GridCell(
        String department,
        String sourceId,
        String gridCode,
        String gridName,
        @Nullable String districtCode,
        @Nullable String wkt,
        Crs crs) {}
