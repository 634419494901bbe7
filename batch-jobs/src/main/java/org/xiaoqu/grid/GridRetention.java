package org.xiaoqu.grid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.grid.internal.GridTables;
import org.xiaoqu.report.StoredTable;

/**
 * What {@code xiaoqu prune} drops of the grid merge: the detail rows (buildings, crosswalks, conflicts, unmatched,
 * review) of completed runs finished before the retention's start, the run row staying as PRUNED; and every row of
 * attempts that never completed (a run id with rows but no run row: a publish of an older version killed half-way;
 * its restart got a new run id). It keeps what later runs need: the latest completed run whole (the next run
 * carries ids forward from it), and the one before it too while the latest is an attempt whose job did not complete
 * (its restart replaces it and carries ids forward from the one before); the id sequence; every reviewer's decision;
 * and the id lineage of every completed run — history, few rows, and the only account of why an id a department
 * still holds is retired or merged, whose chain of merges and splits may reach back to any run. Call it under the
 * store's lock.
 */
public final class GridRetention {
    /** The runs whose detail was (or would be) dropped and how many rows went. */
    public record Result(List<Long> runs, long rows) {}

    private GridRetention() {}

    public static Result prune(DataSource dataSource, Timestamp finishedBefore, boolean dryRun) {
        try (Connection c = dataSource.getConnection()) {
            List<Long> keep = needed(c);
            List<Long> old = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT RUN_ID FROM " + GridTables.RUN
                    + " WHERE STATUS = 'COMPLETED' AND FINISHED_AT < ? ORDER BY RUN_ID")) {
                st.setTimestamp(1, finishedBefore);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        if (!keep.contains(rs.getLong(1))) {
                            old.add(rs.getLong(1));
                        }
                    }
                }
            }
            TreeSet<Long> unfinished = unfinished(c);
            List<Long> runs = new ArrayList<>(old);
            runs.addAll(unfinished);
            runs.sort(null);
            long rows = 0;
            for (long run : runs) {
                boolean attempt = unfinished.contains(run);
                if (dryRun) {
                    rows += count(c, run, attempt);
                    continue;
                }
                c.setAutoCommit(false);
                try {
                    rows += GridTables.deleteRun(c, run, attempt);
                    if (!attempt) {
                        try (PreparedStatement st = c.prepareStatement(
                                "UPDATE " + GridTables.RUN + " SET STATUS = 'PRUNED' WHERE RUN_ID = ?")) {
                            st.setLong(1, run);
                            st.executeUpdate();
                        }
                    }
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            }
            return new Result(runs, rows);
        } catch (SQLException e) {
            throw new XiaoquException(ExitCode.FAILED, "cannot prune the grid merge runs: " + e.getMessage(), e);
        }
    }

    /** The latest completed run, and the one before it while the latest's job is not complete. */
    private static List<Long> needed(Connection c) throws SQLException {
        List<Long> keep = new ArrayList<>();
        Long latest = latestBefore(c, Long.MAX_VALUE);
        if (latest == null) {
            return keep;
        }
        keep.add(latest);
        if (restartable(c, latest)) {
            Long before = latestBefore(c, latest);
            if (before != null) {
                keep.add(before);
            }
        }
        return keep;
    }

    private static @Nullable Long latestBefore(Connection c, long run) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT MAX(RUN_ID) FROM " + GridTables.RUN + " WHERE STATUS = 'COMPLETED' AND RUN_ID < ?")) {
            st.setLong(1, run);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                return rs.wasNull() ? null : v;
            }
        }
    }

    /** Its job execution is there and neither completed nor abandoned: a restart may replace it. */
    private static boolean restartable(Connection c, long run) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE"
                + " JOB_EXECUTION_ID = ? AND STATUS NOT IN ('COMPLETED', 'ABANDONED')")) {
            st.setLong(1, run);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Run ids with rows in any table but no run row. */
    private static TreeSet<Long> unfinished(Connection c) throws SQLException {
        TreeSet<Long> runs = new TreeSet<>();
        List<String> tables = new ArrayList<>(GridTables.DETAIL);
        tables.add(GridTables.LINEAGE);
        for (String t : tables) {
            try (PreparedStatement st = c.prepareStatement("SELECT DISTINCT RUN_ID FROM " + t
                            + " WHERE RUN_ID NOT IN (SELECT RUN_ID FROM " + GridTables.RUN + ")");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    runs.add(rs.getLong(1));
                }
            }
        }
        return runs;
    }

    private static long count(Connection c, long run, boolean all) throws SQLException {
        List<String> tables = new ArrayList<>(GridTables.DETAIL);
        if (all) {
            tables.add(GridTables.LINEAGE);
        }
        return StoredTable.countRun(c, tables, run);
    }
}
