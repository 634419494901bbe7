package org.xiaoqu.credit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.report.StoredTable;
import org.xiaoqu.store.Dialect;

/**
 * What {@code xiaoqu prune} drops of credit reconcile: the rows of a run in {@code XQ_CREDIT_DISCREPANCY},
 * {@code _LEDGER} and {@code _SCORE} (migration V20, keyed by the job execution id) once the run's job ended before
 * the retention's start and either it is older than the latest completed run (an older run, or an attempt that
 * failed or was abandoned and has been superseded) or its own job row goes too (completed or abandoned: {@code
 * imports.Pruner} drops those); and every row of a run whose job row is gone already. It keeps the latest completed
 * run with scores whole, job row included — the next run's previous scores, its change column, are that run's
 * ({@link CreditStore#previous}) — and every attempt newer than it that may still be restarted. Call it under the
 * store's lock and before the job rows are pruned.
 */
public final class CreditRetention {
    private static final List<String> TABLES =
            List.of(CreditStore.DISCREPANCY_TABLE, CreditStore.LEDGER_TABLE, CreditStore.SCORE_TABLE);

    /**
     * The runs whose rows were (or would be) dropped, how many rows went, and the run that stays as the next run's
     * previous one (its job row must stay too), null when there is none.
     */
    public record Result(List<Long> runs, long rows, @Nullable Long latest) {}

    private CreditRetention() {}

    public static Result prune(DataSource dataSource, Dialect dialect, Timestamp finishedBefore, boolean dryRun) {
        try (Connection c = dataSource.getConnection()) {
            Long latest = latestCompleted(c);
            List<Long> runs = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(
                            "SELECT r.RUN_ID, e.STATUS,"
                                    + " COALESCE(e.END_TIME, e.START_TIME, e.CREATE_TIME) FROM (SELECT RUN_ID FROM "
                                    + String.join(" UNION SELECT RUN_ID FROM ", TABLES)
                                    + ") r LEFT JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = r.RUN_ID ORDER BY r.RUN_ID");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long run = rs.getLong(1);
                    String status = rs.getString(2);
                    Timestamp ended = rs.getTimestamp(3);
                    if (latest != null && run == latest) {
                        continue;
                    }
                    boolean old = ended != null && ended.before(finishedBefore);
                    boolean superseded = latest != null && run < latest;
                    boolean jobRowGoes = "COMPLETED".equals(status) || "ABANDONED".equals(status);
                    if (status == null || (old && (superseded || jobRowGoes))) {
                        runs.add(run);
                    }
                }
            }
            long rows = 0;
            for (long run : runs) {
                rows += dryRun ? count(c, run) : delete(c, dialect, run);
            }
            return new Result(runs, rows, latest);
        } catch (SQLException e) {
            throw new XiaoquException(ExitCode.FAILED, "cannot prune the credit reconcile runs: " + e.getMessage(), e);
        }
    }

    /** As {@link CreditStore#previous} finds it for the next run: the latest completed run with scores. */
    private static @Nullable Long latestCompleted(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e"
                        + " WHERE e.STATUS = 'COMPLETED' AND EXISTS (SELECT 1 FROM " + CreditStore.SCORE_TABLE
                        + " s WHERE s.RUN_ID = e.JOB_EXECUTION_ID)");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            long v = rs.getLong(1);
            return rs.wasNull() ? null : v;
        }
    }

    /**
     * On PostgreSQL one transaction a run. On H2 {@value CreditStore#H2_ROWS} rows a transaction, as the job writes
     * them: a million rows of a run go in 7 s against 18 s in one transaction (H2 2.4.240, a ledger-like table,
     * measured). A prune killed half-way leaves a run that nothing reads half deleted; the next prune finishes it.
     */
    private static long delete(Connection c, Dialect dialect, long run) throws SQLException {
        boolean chunked = dialect == Dialect.H2;
        c.setAutoCommit(false);
        try {
            long n = 0;
            for (String t : TABLES) {
                String sql = "DELETE FROM " + t + " WHERE RUN_ID = ?"
                        + (chunked ? " FETCH FIRST " + CreditStore.H2_ROWS + " ROWS ONLY" : "");
                try (PreparedStatement st = c.prepareStatement(sql)) {
                    st.setLong(1, run);
                    int deleted;
                    do {
                        deleted = st.executeUpdate();
                        n += deleted;
                        if (chunked) {
                            c.commit();
                        }
                    } while (chunked && deleted > 0);
                }
            }
            c.commit();
            return n;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static long count(Connection c, long run) throws SQLException {
        return StoredTable.countRun(c, TABLES, run);
    }
}
