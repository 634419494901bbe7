package org.xiaoqu.grid.geo;

import java.util.List;

/** STAND-IN until the gridgeo branch lands: a conflict found while resolving grids. */
public record GridConflict(String kind, String unifiedBuildingId, List<String> records, String reason) {}
