package org.xiaoqu.grid.geo;

import java.util.Objects;

/**
 * How one department cell maps onto the unified grid: of the placed buildings that department puts in {@code
 * departmentGrid}, {@code buildings} are in {@code unifiedGrid}; {@code share} is that count over all of them (the
 * shares of one department cell sum to 1).
 */
public record GridCrosswalkRow(
        String department, String departmentGrid, String unifiedGrid, int buildings, double share) {
    public GridCrosswalkRow {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(departmentGrid, "departmentGrid");
        Objects.requireNonNull(unifiedGrid, "unifiedGrid");
    }
}
