/**
 * Geometry for the grid merge: coordinate systems (WGS-84, GCJ-02, BD-09) and their conversions, grid cells as
 * WKT polygons in a JTS spatial index, and the unified grid of each building ({@link
 * org.xiaoqu.grid.geo.UnifiedGridResolver}). See README.md in org/xiaoqu/grid.
 */
@NullMarked
package org.xiaoqu.grid.geo;

import org.jspecify.annotations.NullMarked;
