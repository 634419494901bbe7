package org.xiaoqu.grid.geo;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One membership record after linkage: a department says the building (the unified building the record was
 * linked to) is in its grid cell {@code gridCode}, and perhaps where the building is.
 *
 * @param recordKey the record's key, as the linkage writes it ({@code source:record_id})
 * @param gridCode the department cell the record names (may be blank when the record names none)
 * @param longitude the record's point in {@code crs}, or {@code null}
 * @param latitude the record's point in {@code crs}, or {@code null}
 */
public record Membership(
        String department,
        String sourceId,
        String recordKey,
        String gridCode,
        @Nullable Double longitude,
        @Nullable Double latitude,
        Crs crs) {
    public Membership {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(recordKey, "recordKey");
        Objects.requireNonNull(gridCode, "gridCode");
        Objects.requireNonNull(crs, "crs");
    }

    /** True when the record carries a usable point (both coordinates, finite). */
    public boolean hasPoint() {
        return longitude != null && latitude != null && Double.isFinite(longitude) && Double.isFinite(latitude);
    }
}
