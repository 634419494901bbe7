package org.xiaoqu.grid.geo;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A unified building's unified grid and point.
 *
 * @param unifiedGridCode the base layer's cell, or {@code null} when {@code method} is {@link #UNPLACED}
 * @param method how the cell was decided: {@link #BASE_LAYER}, {@link #POINT_IN_POLYGON}, {@link #MEMBERSHIP}
 *     or {@link #UNPLACED}
 * @param longitude the building's WGS-84 point (the median of its records' points), or {@code null}
 * @param latitude see {@code longitude}
 */
public record BuildingGrid(
        String unifiedBuildingId,
        @Nullable String unifiedGridCode,
        String method,
        @Nullable Double longitude,
        @Nullable Double latitude) {
    /** The base layer's own membership decided it. */
    public static final String BASE_LAYER = "BASE_LAYER";
    /** The base layer lacks the building; its point fell in a base cell. */
    public static final String POINT_IN_POLYGON = "POINT_IN_POLYGON";
    /** The base layer lacks it and it has no point; its other departments' cells overlap this base cell most. */
    public static final String MEMBERSHIP = "MEMBERSHIP";
    /** Nothing placed it. */
    public static final String UNPLACED = "UNPLACED";

    public BuildingGrid {
        Objects.requireNonNull(unifiedBuildingId, "unifiedBuildingId");
        Objects.requireNonNull(method, "method");
    }
}
