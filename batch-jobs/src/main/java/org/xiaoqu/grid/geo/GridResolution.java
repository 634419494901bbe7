package org.xiaoqu.grid.geo;

import java.util.List;

/**
 * What {@link UnifiedGridResolver#resolve} found: one {@link BuildingGrid} per unified building (sorted by id),
 * the grid crosswalk (sorted by department, department grid, unified grid) and the conflicts (sorted by building,
 * kind, records).
 */
public record GridResolution(
        List<BuildingGrid> buildings, List<GridCrosswalkRow> crosswalk, List<GridConflict> conflicts) {
    public GridResolution {
        buildings = List.copyOf(buildings);
        crosswalk = List.copyOf(crosswalk);
        conflicts = List.copyOf(conflicts);
    }
}
