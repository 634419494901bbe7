package org.xiaoqu.grid.geo;

import java.util.List;

/** STAND-IN until the gridgeo branch lands: the unified grid of every building, the crosswalk, the conflicts. */
public record GridResolution(
        List<BuildingGrid> buildings, List<GridCrosswalkRow> crosswalk, List<GridConflict> conflicts) {}
