package org.xiaoqu.grid.geo;

import org.jspecify.annotations.Nullable;

/** STAND-IN until the gridgeo branch lands: a unified building's unified grid. */
public record BuildingGrid(
        String unifiedBuildingId,
        @Nullable String unifiedGridCode,
        String method,
        @Nullable Double longitude,
        @Nullable Double latitude) {}
