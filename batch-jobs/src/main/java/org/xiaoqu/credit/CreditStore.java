package org.xiaoqu.credit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** The run's outputs persisted in the store (tables of migration V20), and the previous run's scores. */
final class CreditStore {
    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;

    CreditStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The scores of the latest run before {@code runId}. */
    Map<String, Scorer.Previous> previous(long runId) {
        Map<String, Scorer.Previous> m = new HashMap<>();
        jdbc.query(
                "SELECT CREDIT_CODE, SCORE, GRADE FROM XQ_CREDIT_SCORE WHERE RUN_ID ="
                        + " (SELECT MAX(RUN_ID) FROM XQ_CREDIT_SCORE WHERE RUN_ID < ?)",
                rs -> {
                    m.put(rs.getString(1), new Scorer.Previous(rs.getBigDecimal(2), rs.getString(3)));
                },
                runId);
        return m;
    }

    /** Replaces the run's rows (a restarted run writes them again). */
    void save(long runId, Reconciler.Result result, List<Scorer.Score> scores) {
        for (String t : List.of("XQ_CREDIT_DISCREPANCY", "XQ_CREDIT_LEDGER", "XQ_CREDIT_SCORE")) {
            jdbc.update("DELETE FROM " + t + " WHERE RUN_ID = ?", runId);
        }
        insert(
                "XQ_CREDIT_DISCREPANCY",
                CreditOutputs.DISCREPANCY_FIELDS,
                runId,
                result.discrepancies().stream().map(CreditOutputs::row).toList());
        insert(
                "XQ_CREDIT_LEDGER",
                CreditOutputs.LEDGER_FIELDS,
                runId,
                result.ledger().stream().map(CreditStore::typed).toList());
        insert(
                "XQ_CREDIT_SCORE",
                CreditOutputs.SCORE_FIELDS,
                runId,
                scores.stream().map(CreditStore::typed).toList());
    }

    private static List<@Nullable Object> typed(LedgerEntry e) {
        List<@Nullable Object> r = new ArrayList<>(CreditOutputs.row(e));
        r.set(6, java.sql.Date.valueOf(e.eventDate()));
        r.set(8, e.points());
        r.set(9, e.validUntil() == null ? null : java.sql.Date.valueOf(e.validUntil()));
        return r;
    }

    private static List<@Nullable Object> typed(Scorer.Score s) {
        List<@Nullable Object> r = new ArrayList<>(CreditOutputs.row(s));
        r.set(2, s.score());
        r.set(4, s.goodPoints());
        r.set(5, s.badPoints());
        r.set(9, s.previousScore());
        r.set(11, s.change());
        return r;
    }

    private void insert(String table, List<String> fields, long runId, List<? extends List<?>> rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (RUN_ID");
        for (String f : fields) {
            sql.append(", ").append(f.toUpperCase(Locale.ROOT));
        }
        sql.append(") VALUES (?").append(", ?".repeat(fields.size())).append(')');
        List<Object[]> batch = new ArrayList<>(BATCH);
        for (List<?> row : rows) {
            Object[] args = new Object[fields.size() + 1];
            args[0] = runId;
            for (int i = 0; i < fields.size(); i++) {
                Object v = row.get(i);
                args[i + 1] = v instanceof String s
                                && s.length() > 400
                                && !fields.get(i).equals("counted")
                                && !fields.get(i).equals("provenance")
                                && !fields.get(i).equals("supported_by")
                                && !fields.get(i).equals("detail")
                        ? s.substring(0, 400)
                        : v instanceof BigDecimal b ? b : v;
            }
            batch.add(args);
            if (batch.size() == BATCH) {
                jdbc.batchUpdate(sql.toString(), batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(sql.toString(), batch);
        }
    }
}
