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
 * partition by partition, each in a transaction of its own (not the step's: millions of rows in one transaction
 * would hold them all in the database's undo log); a restarted run deletes what its failed attempt wrote first, and
 * only completed runs count as previous.
 */
final class CreditStore {
    static final String DISCREPANCY_TABLE = "XQ_CREDIT_DISCREPANCY";
    static final String LEDGER_TABLE = "XQ_CREDIT_LEDGER";
    static final String SCORE_TABLE = "XQ_CREDIT_SCORE";

    private final DataSource dataSource;
    private final Dialect dialect;
    private final TransactionTemplate own;

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

    /** Deletes the run's rows (a restarted run writes them again). */
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

    /** Appends rows of the run's three tables in one transaction. */
    void append(
            long runId,
            Iterable<? extends List<?>> discrepancies,
            Iterable<? extends List<?>> ledger,
            Iterable<? extends List<?>> scores) {
        own.executeWithoutResult(status -> {
            insert(DISCREPANCY_TABLE, CreditOutputs.DISCREPANCY_SCHEMA, runId, discrepancies);
            insert(LEDGER_TABLE, CreditOutputs.LEDGER_SCHEMA, runId, ledger);
            insert(SCORE_TABLE, CreditOutputs.SCORE_SCHEMA, runId, scores);
        });
    }

    private void insert(String table, OutputSchema schema, long runId, Iterable<? extends List<?>> rows) {
        try {
            StoredTable.insert(dataSource, dialect, table, schema, runId, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the rows of " + table + " of run " + runId, e);
        }
    }
}
