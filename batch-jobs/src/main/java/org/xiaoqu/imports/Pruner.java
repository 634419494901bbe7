package org.xiaoqu.imports;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoqu.credit.CreditRetention;
import org.xiaoqu.grid.GridRetention;
import org.xiaoqu.schemas.InputKind;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.StoreLock;

/**
 * {@code xiaoqu prune}: drops what the configured retention no longer keeps — the staged rows and
 * rejects of superseded and rejected loads beyond the newest {@code keepLoads} per source (the
 * registry row stays, PRUNED), finished job runs older than {@code keepRuns}, the grid merge's
 * rows of runs older than {@code keepRuns} ({@link GridRetention}: the latest merge run, the id
 * sequence, the decisions and the id lineage stay) and credit reconcile's ({@link CreditRetention}:
 * the latest completed run stays, job row included, since the next run's score change is against it).
 * Published loads and running or restartable runs are never touched. Runs under the store's lock.
 */
public final class Pruner {
    /** What was (or, with dry run, would be) dropped. */
    public record Result(
            List<Long> loads,
            long stagedRows,
            List<Long> runs,
            List<Long> gridRuns,
            long gridRows,
            List<Long> creditRuns,
            long creditRows,
            boolean dryRun) {
        public Map<String, Object> counts() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("loads", loads.size());
            m.put("stagedRows", stagedRows);
            m.put("runs", runs.size());
            m.put("gridRuns", gridRuns.size());
            m.put("gridRows", gridRows);
            m.put("creditRuns", creditRuns.size());
            m.put("creditRows", creditRows);
            return m;
        }
    }

    private final Store store;

    public Pruner(Store store) {
        this.store = store;
    }

    public Result prune(int keepLoads, Duration keepRuns, boolean dryRun) {
        try (StoreLock lock = StoreLock.acquire(store, "prune")) {
            JdbcTemplate jdbc = new JdbcTemplate(store.dataSource());
            TransactionTemplate tx = new TransactionTemplate(new JdbcTransactionManager(store.dataSource()));
            List<Long> loads = new ArrayList<>();
            long[] rows = {0};
            List<Map<String, Object>> candidates = jdbc.queryForList(
                    "SELECT LOAD_ID, SOURCE_ID, KIND FROM XQ_LOAD WHERE STATUS IN ('SUPERSEDED', 'REJECTED')"
                            + " ORDER BY SOURCE_ID, LOAD_ID DESC");
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (Map<String, Object> c : candidates) {
                String source = (String) c.get("SOURCE_ID");
                int n = seen.merge(source, 1, Integer::sum);
                if (n <= keepLoads) {
                    continue;
                }
                long loadId = ((Number) c.get("LOAD_ID")).longValue();
                String table =
                        StagingTable.of(InputKind.of((String) c.get("KIND"))).name();
                loads.add(loadId);
                if (dryRun) {
                    Long count = jdbc.queryForObject(
                            "SELECT COUNT(*) FROM " + table + " WHERE LOAD_ID = ?", Long.class, loadId);
                    rows[0] += count == null ? 0 : count;
                    continue;
                }
                tx.executeWithoutResult(s -> {
                    rows[0] += jdbc.update("DELETE FROM " + table + " WHERE LOAD_ID = ?", loadId);
                    jdbc.update("DELETE FROM XQ_REJECT WHERE LOAD_ID = ?", loadId);
                    jdbc.update("UPDATE XQ_LOAD SET STATUS = 'PRUNED' WHERE LOAD_ID = ?", loadId);
                });
            }
            Timestamp before = Timestamp.valueOf(LocalDateTime.now().minus(keepRuns));
            GridRetention.Result grid = GridRetention.prune(store.dataSource(), before, dryRun);
            CreditRetention.Result credit = CreditRetention.prune(store.dataSource(), store.dialect(), before, dryRun);
            List<Long> runs = new ArrayList<>(jdbc.queryForList(
                    "SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE END_TIME < ?"
                            + " AND STATUS IN ('COMPLETED', 'ABANDONED') ORDER BY JOB_EXECUTION_ID",
                    Long.class,
                    before));
            // the next credit reconcile finds its previous scores through this run's job row
            runs.removeIf(id -> id.equals(credit.latest()));
            if (!dryRun) {
                for (Long id : runs) {
                    tx.executeWithoutResult(s -> deleteRun(jdbc, id));
                }
                jdbc.update("DELETE FROM BATCH_JOB_INSTANCE WHERE JOB_INSTANCE_ID NOT IN"
                        + " (SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION)");
            }
            return new Result(loads, rows[0], runs, grid.runs(), grid.rows(), credit.runs(), credit.rows(), dryRun);
        }
    }

    private static void deleteRun(JdbcTemplate jdbc, long id) {
        String steps = "SELECT STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?";
        jdbc.update("DELETE FROM BATCH_STEP_EXECUTION_CONTEXT WHERE STEP_EXECUTION_ID IN (" + steps + ")", id);
        jdbc.update("DELETE FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?", id);
        jdbc.update("DELETE FROM BATCH_JOB_EXECUTION_CONTEXT WHERE JOB_EXECUTION_ID = ?", id);
        jdbc.update("DELETE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = ?", id);
        jdbc.update("DELETE FROM XQ_RUN WHERE JOB_EXECUTION_ID = ?", id);
        jdbc.update("DELETE FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", id);
    }
}
