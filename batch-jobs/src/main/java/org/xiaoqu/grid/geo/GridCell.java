package org.xiaoqu.grid.geo;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One department's grid cell as read from its {@code grid-cell} source.
 *
 * @param department the department (综治, 公安…)
 * @param sourceId the source it came from (for messages)
 * @param gridCode the cell's code, unique within the department
 * @param gridName the cell's name
 * @param districtCode the district's 6-digit code when known
 * @param wkt the cell's boundary as WKT POLYGON or MULTIPOLYGON in {@code crs}, or {@code null} when the
 *     department has no geometry
 * @param crs the system of {@code wkt}
 */
public record GridCell(
        String department,
        String sourceId,
        String gridCode,
        String gridName,
        @Nullable String districtCode,
        @Nullable String wkt,
        Crs crs) {
    public GridCell {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(gridCode, "gridCode");
        Objects.requireNonNull(gridName, "gridName");
        Objects.requireNonNull(crs, "crs");
        if (wkt != null && wkt.isBlank()) {
            wkt = null;
        }
    }

    /** How messages name the cell: {@code 综治 grid 430102001001001 (source zongzhi-grids)}. */
    public String describe() {
        return department + " grid " + gridCode + " (source " + sourceId + ")";
    }
}
