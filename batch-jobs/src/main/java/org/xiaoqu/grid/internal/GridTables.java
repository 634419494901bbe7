package org.xiaoqu.grid.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The store tables of the grid merge keyed by {@code RUN_ID}, for the publish step, its restart and prune. */
public final class GridTables {
    /** A run's detail: what a later run or a person reads of that run only; prune drops it for old runs. */
    public static final List<String> DETAIL = List.of(
            "XQ_GRID_UNIFIED_BUILDING",
            "XQ_GRID_BUILDING_CROSSWALK",
            "XQ_GRID_GRID_CROSSWALK",
            "XQ_GRID_CONFLICT",
            "XQ_GRID_UNMATCHED",
            "XQ_GRID_REVIEW");

    /** The id changes: history that explains today's ids, kept by prune. */
    public static final String LINEAGE = "XQ_GRID_ID_LINEAGE";

    public static final String RUN = "XQ_GRID_RUN";

    private GridTables() {}

    /**
     * Deletes run {@code runId}'s detail rows, and with {@code all} its lineage and run row too; returns the rows
     * deleted.
     */
    public static long deleteRun(Connection c, long runId, boolean all) throws SQLException {
        long n = 0;
        for (String t : DETAIL) {
            n += delete(c, t, runId);
        }
        if (all) {
            n += delete(c, LINEAGE, runId);
            n += delete(c, RUN, runId);
        }
        return n;
    }

    private static long delete(Connection c, String table, long runId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " WHERE RUN_ID = ?")) {
            st.setLong(1, runId);
            return st.executeUpdate();
        }
    }
}
