package org.xiaoqu.grid.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Earlier attempts of the run being published. A publish commits its rows in one transaction, so an attempt
 * killed mid-publish leaves nothing; but one killed after that commit, before Spring Batch recorded its step as
 * complete, leaves a whole run in the store that its restart (a new run id of the same job instance) is about to
 * publish again. The restart replaces it — its rows deleted, the id counters it advanced put back — so that the
 * restarted run mints the very ids, and reports the very lineage, of a run that was never killed. An attempt that
 * a later run already carried ids forward from stays: it has become history.
 */
public final class Attempts {
    private static final Logger log = LoggerFactory.getLogger(Attempts.class);

    private Attempts() {}

    /** Replaces the completed-in-store attempts of job instance {@code instanceId}; returns their run ids. */
    public static List<Long> replace(Connection c, long runId, long instanceId) throws SQLException {
        List<Long> attempts = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT r.RUN_ID FROM " + GridTables.RUN
                + " r JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = r.RUN_ID WHERE e.JOB_INSTANCE_ID = ? AND"
                + " r.RUN_ID <> ? AND r.STATUS = 'COMPLETED' ORDER BY r.RUN_ID")) {
            st.setLong(1, instanceId);
            st.setLong(2, runId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    attempts.add(rs.getLong(1));
                }
            }
        }
        List<Long> replaced = new ArrayList<>();
        for (long attempt : attempts) {
            if (laterRuns(c, attempt) > 0) {
                log.info(
                        "grid merge: run {} completed in the store before its process ended and later runs carried"
                                + " ids forward from it; it stays",
                        attempt);
                continue;
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE XQ_GRID_ID_SEQ SET NEXT_VALUE = VALUE_BEFORE,"
                    + " LAST_RUN_ID = NULL, VALUE_BEFORE = NULL WHERE LAST_RUN_ID = ?")) {
                st.setLong(1, attempt);
                st.executeUpdate();
            }
            GridTables.deleteRun(c, attempt, true);
            replaced.add(attempt);
            log.warn(
                    "grid merge: run {} wrote its results to the store but its process ended before the job"
                            + " completed; run {} replaces them",
                    attempt,
                    runId);
        }
        return replaced;
    }

    private static long laterRuns(Connection c, long attempt) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("SELECT COUNT(*) FROM " + GridTables.RUN + " WHERE RUN_ID > ?")) {
            st.setLong(1, attempt);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
