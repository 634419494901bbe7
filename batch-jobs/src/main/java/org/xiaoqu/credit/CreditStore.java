package org.xiaoqu.credit;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.report.StoredTable;
import org.xiaoqu.schemas.OutputSchema;
import org.xiaoqu.store.Dialect;

/** The run's tables persisted in the store (migration V20), and the previous run's scores. */
final class CreditStore {
    static final String DISCREPANCY_TABLE = "XQ_CREDIT_DISCREPANCY";
    static final String LEDGER_TABLE = "XQ_CREDIT_LEDGER";
    static final String SCORE_TABLE = "XQ_CREDIT_SCORE";

    private final DataSource dataSource;
    private final Dialect dialect;

    CreditStore(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /** The scores of the latest run before {@code runId}. */
    Map<String, Scorer.Previous> previous(long runId) {
        Map<String, Scorer.Previous> m = new HashMap<>();
        new JdbcTemplate(dataSource)
                .query(
                        "SELECT CREDIT_CODE, SCORE, GRADE FROM " + SCORE_TABLE + " WHERE RUN_ID ="
                                + " (SELECT MAX(RUN_ID) FROM " + SCORE_TABLE + " WHERE RUN_ID < ?)",
                        rs -> {
                            m.put(rs.getString(1), new Scorer.Previous(rs.getBigDecimal(2), rs.getString(3)));
                        },
                        runId);
        return m;
    }

    /** Replaces the run's rows (a restarted run writes them again). */
    void save(
            long runId,
            Iterable<? extends List<?>> discrepancies,
            Iterable<? extends List<?>> ledger,
            Iterable<? extends List<?>> scores)
            throws SQLException {
        save(DISCREPANCY_TABLE, CreditOutputs.DISCREPANCY_SCHEMA, runId, discrepancies);
        save(LEDGER_TABLE, CreditOutputs.LEDGER_SCHEMA, runId, ledger);
        save(SCORE_TABLE, CreditOutputs.SCORE_SCHEMA, runId, scores);
    }

    private void save(String table, OutputSchema schema, long runId, Iterable<? extends List<?>> rows)
            throws SQLException {
        StoredTable.delete(dataSource, dialect, table, runId);
        StoredTable.insert(dataSource, dialect, table, schema, runId, rows);
    }
}
