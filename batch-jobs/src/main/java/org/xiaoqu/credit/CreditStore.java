package org.xiaoqu.credit;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoqu.report.StoredTable;
import org.xiaoqu.schemas.OutputSchema;
import org.xiaoqu.store.Dialect;

/**
 * The run's tables persisted in the store (migration V20), and the previous run's scores. A run's rows are written
 * partition by partition, in transactions of their own (not the step's: millions of rows in one transaction would
 * hold them all in the database's undo log). A restart is a new run with a run id of its own: what a failed attempt
 * wrote stays under the attempt's id until {@code prune} drops it ({@code CreditRetention}), and only completed runs
 * count as previous.
 *
 * <p>On H2 a transaction takes at most {@value #H2_ROWS} rows: H2 marks each row committed at commit, and rows of a
 * larger transaction have left its page cache by then and are read back (a quarter more time a row, measured on 500,000
 * ledger rows). PostgreSQL takes a partition's rows in one COPY.
 */
final class CreditStore {
    static final String DISCREPANCY_TABLE = "XQ_CREDIT_DISCREPANCY";
    static final String LEDGER_TABLE = "XQ_CREDIT_LEDGER";
    static final String SCORE_TABLE = "XQ_CREDIT_SCORE";

    private final DataSource dataSource;
    private final Dialect dialect;
    private final TransactionTemplate own;

    /** Rows per transaction on H2. */
    static final int H2_ROWS = 5_000;

    CreditStore(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.own = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The scores of the latest completed run before {@code runId}. */
    Map<String, Scorer.Previous> previous(long runId) {
        Map<String, Scorer.Previous> m = new HashMap<>();
        new JdbcTemplate(dataSource)
                .query(
                        "SELECT CREDIT_CODE, SCORE, GRADE FROM " + SCORE_TABLE + " WHERE RUN_ID ="
                                + " (SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e"
                                + " WHERE e.JOB_EXECUTION_ID < ? AND e.STATUS = 'COMPLETED'"
                                + " AND EXISTS (SELECT 1 FROM " + SCORE_TABLE
                                + " s WHERE s.RUN_ID = e.JOB_EXECUTION_ID))",
                        rs -> {
                            m.put(rs.getString(1), new Scorer.Previous(rs.getBigDecimal(2), rs.getString(3)));
                        },
                        runId);
        return m;
    }

    /** Deletes the run's rows, if any: the step of a run that is executed again writes them again. */
    void clear(long runId) {
        own.executeWithoutResult(status -> {
            for (String table : List.of(DISCREPANCY_TABLE, LEDGER_TABLE, SCORE_TABLE)) {
                try {
                    StoredTable.delete(dataSource, dialect, table, runId);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot clear " + table + " of run " + runId, e);
                }
            }
        });
    }

    /** Appends rows of the run's three tables (one partition's). */
    void append(
            long runId,
            List<? extends List<?>> discrepancies,
            List<? extends List<?>> ledger,
            List<? extends List<?>> scores) {
        if (dialect == Dialect.POSTGRESQL) {
            own.executeWithoutResult(status -> {
                insert(DISCREPANCY_TABLE, CreditOutputs.DISCREPANCY_SCHEMA, runId, discrepancies);
                insert(LEDGER_TABLE, CreditOutputs.LEDGER_SCHEMA, runId, ledger);
                insert(SCORE_TABLE, CreditOutputs.SCORE_SCHEMA, runId, scores);
            });
            return;
        }
        inChunks(DISCREPANCY_TABLE, CreditOutputs.DISCREPANCY_SCHEMA, runId, discrepancies);
        inChunks(LEDGER_TABLE, CreditOutputs.LEDGER_SCHEMA, runId, ledger);
        inChunks(SCORE_TABLE, CreditOutputs.SCORE_SCHEMA, runId, scores);
    }

    private void inChunks(String table, OutputSchema schema, long runId, List<? extends List<?>> rows) {
        for (int from = 0; from < rows.size(); from += H2_ROWS) {
            List<? extends List<?>> chunk = rows.subList(from, Math.min(rows.size(), from + H2_ROWS));
            own.executeWithoutResult(status -> insert(table, schema, runId, chunk));
        }
    }

    private void insert(String table, OutputSchema schema, long runId, Iterable<? extends List<?>> rows) {
        try {
            StoredTable.insert(dataSource, dialect, table, schema, runId, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the rows of " + table + " of run " + runId, e);
        }
    }
}
