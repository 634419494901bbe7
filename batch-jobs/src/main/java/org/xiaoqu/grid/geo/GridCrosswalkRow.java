package org.xiaoqu.grid.geo;

/** STAND-IN until the gridgeo branch lands: department grid → unified grid, with counts and share. */
public record GridCrosswalkRow(
        String department, String departmentGrid, String unifiedGrid, int buildings, double share) {}
