package org.xiaoqu.grid.geo;

import java.util.List;
import java.util.Objects;

/**
 * A contradiction found while resolving unified grids.
 *
 * @param kind one of the constants here
 * @param records the record keys involved, sorted
 * @param reason one line for a person, naming the department and cells
 */
public record GridConflict(String kind, String unifiedBuildingId, List<String> records, String reason) {
    /** A department's membership names a cell that does not contain the building's point. */
    public static final String GRID_CONFLICT = "GRID_CONFLICT";
    /** One department puts the building in two or more of its cells. */
    public static final String SPLIT_MEMBERSHIP = "SPLIT_MEMBERSHIP";
    /** A membership names a cell its department's grid does not have. */
    public static final String UNKNOWN_GRID = "UNKNOWN_GRID";
    /** The building's records' points lie far apart (likely a wrong link). */
    public static final String POINTS_DISAGREE = "POINTS_DISAGREE";

    public GridConflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unifiedBuildingId, "unifiedBuildingId");
        records = List.copyOf(records);
        Objects.requireNonNull(reason, "reason");
    }
}
