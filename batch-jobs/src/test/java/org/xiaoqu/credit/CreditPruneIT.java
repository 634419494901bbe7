package org.xiaoqu.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.config.ConfigLoader;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.imports.Pruner;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.TestStores;

/**
 * {@code xiaoqu prune} and the credit tables: two stores reconcile the committed sample city as of a date month after
 * month; one of them also has an attempt older than its latest completed run that failed, two newer ones (one failed,
 * one abandoned) and the rows of an attempt whose job row is gone, and is pruned with a retention of 0 days. The prune
 * drops the older runs, the superseded attempt, the abandoned one and the orphan rows; keeps the latest completed run,
 * job row included, and the failed attempt after it — and the next run writes the same scores.csv, previous scores
 * and change included, as the store that was never pruned. On H2 and PostgreSQL.
 */
class CreditPruneIT {
    private static final Path CITY =
            Path.of("..", "samples", "city").toAbsolutePath().normalize();
    private static final List<String> TABLES =
            List.of(CreditStore.DISCREPANCY_TABLE, CreditStore.LEDGER_TABLE, CreditStore.SCORE_TABLE);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void theNextRunScoresAgainstTheSamePreviousRunAfterAPrune(TestStores.Kind kind) throws IOException {
        XiaoquConfig config = ConfigLoader.load(CITY.resolve("xiaoqu.yaml"));
        try (Store pruned = Store.open(TestStores.fresh(kind, dir.resolve("pruned")));
                Store kept = Store.open(TestStores.fresh(kind, dir.resolve("kept")))) {
            JdbcTemplate p = new JdbcTemplate(pruned.dataSource());
            long p1 = reconcile(pruned, "pruned", config, "2026-03-01").executionId();
            long oldFailed = reconcile(pruned, "pruned", config, "2026-04-01").executionId();
            mark(p, oldFailed, "FAILED");
            long p2 = reconcile(pruned, "pruned", config, "2026-06-01").executionId();
            long newFailed = reconcile(pruned, "pruned", config, "2026-07-01").executionId();
            mark(p, newFailed, "FAILED");
            long newAbandoned =
                    reconcile(pruned, "pruned", config, "2026-08-01").executionId();
            mark(p, newAbandoned, "ABANDONED");
            reconcile(kept, "kept", config, "2026-03-01");
            reconcile(kept, "kept", config, "2026-06-01");

            // an attempt whose job row an earlier prune dropped: rows and no job execution
            long orphan = newAbandoned + 1000;
            p.update(
                    "INSERT INTO XQ_CREDIT_DISCREPANCY (RUN_ID, DISCREPANCY, SOURCE, RECORD_ID) VALUES (?, 'INVALID_CODE',"
                            + " 's', 'r')",
                    orphan);
            // more rows than H2 deletes in one transaction, and not a whole number of its chunks
            int orphanLedger = 2 * CreditStore.H2_ROWS + 1;
            List<Object[]> ledger = new ArrayList<>();
            for (int i = 0; i < orphanLedger; i++) {
                ledger.add(new Object[] {orphan, "k" + i});
            }
            p.batchUpdate(
                    "INSERT INTO XQ_CREDIT_LEDGER (RUN_ID, EVENT_KEY, ITEM_CODE, EVENT_DATE, STATE, IN_LEDGER) VALUES (?,"
                            + " ?, 'B01', DATE '2026-01-01', 'active', TRUE)",
                    ledger);
            p.update("INSERT INTO XQ_CREDIT_SCORE (RUN_ID, CREDIT_CODE, SCORE) VALUES (?, 'c', 80)", orphan);

            long rows1 = rows(p, p1);
            long rowsOldFailed = rows(p, oldFailed);
            long rows2 = rows(p, p2);
            long rowsNewFailed = rows(p, newFailed);
            long rowsNewAbandoned = rows(p, newAbandoned);
            assertThat(List.of(rows1, rowsOldFailed, rows2, rowsNewFailed, rowsNewAbandoned))
                    .allMatch(n -> n > 100);
            assertThat(rows(p, orphan)).isEqualTo(orphanLedger + 2);

            // a retention that keeps every run still drops the orphan rows: nothing will ever read them
            Timestamp longAgo = Timestamp.valueOf("2000-01-01 00:00:00");
            CreditRetention.Result keepAll =
                    CreditRetention.prune(pruned.dataSource(), pruned.dialect(), longAgo, true);
            assertThat(keepAll.runs()).containsExactly(orphan);
            assertThat(keepAll.latest()).isEqualTo(p2);

            List<Long> dropped = List.of(p1, oldFailed, newAbandoned, orphan);
            long droppedRows = rows1 + rowsOldFailed + rowsNewAbandoned + orphanLedger + 2;
            Pruner.Result dry = new Pruner(pruned).prune(10, Duration.ZERO, true);
            assertThat(dry.creditRuns()).isEqualTo(dropped);
            assertThat(dry.creditRows()).isEqualTo(droppedRows);
            assertThat(dry.runs()).contains(p1, newAbandoned).doesNotContain(p2);
            assertThat(rows(p, p1)).as("a dry run drops nothing").isEqualTo(rows1);

            Pruner.Result done = new Pruner(pruned).prune(10, Duration.ZERO, false);
            assertThat(done.creditRuns()).isEqualTo(dropped);
            assertThat(done.creditRows()).isEqualTo(droppedRows);
            assertThat(done.counts()).containsEntry("creditRuns", 4).containsEntry("creditRows", droppedRows);
            for (long run : dropped) {
                assertThat(rows(p, run)).as("rows of run %d", run).isZero();
            }
            assertThat(rows(p, p2)).isEqualTo(rows2);
            assertThat(rows(p, newFailed)).isEqualTo(rowsNewFailed);
            assertThat(p.queryForList(
                            "SELECT JOB_EXECUTION_ID || ' ' || STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID",
                            String.class))
                    .as("the latest completed run's job row stays, and the failed attempts' (restartable)")
                    .containsExactly(oldFailed + " FAILED", p2 + " COMPLETED", newFailed + " FAILED");

            RunResult p3 = reconcile(pruned, "pruned", config, "2026-09-01");
            RunResult k3 = reconcile(kept, "kept", config, "2026-09-01");
            List<String> scores = lines(k3.outputDir().resolve("scores.csv"));
            assertThat(lines(p3.outputDir().resolve("scores.csv"))).isEqualTo(scores);
            assertThat(scores.get(0)).endsWith(",previous_score,previous_grade,change");
            assertThat(scores.subList(1, scores.size()))
                    .as("scored against the previous run, and some scores changed")
                    .allMatch(l -> !l.endsWith(",,,"))
                    .anyMatch(l -> !l.endsWith(",0"));

            // once a later run completed, the run before it and the attempt between them go too
            Pruner.Result next = new Pruner(pruned).prune(10, Duration.ZERO, false);
            assertThat(next.creditRuns()).containsExactly(p2, newFailed);
            assertThat(next.creditRows()).isEqualTo(rows2 + rowsNewFailed);
            assertThat(rows(p, p3.executionId())).isPositive();
        }
    }

    private RunResult reconcile(Store store, String name, XiaoquConfig config, String asOf) {
        RunResult r = new CreditReconcile(
                        store,
                        new StopSignal(),
                        dir.resolve("out"),
                        dir.resolve(name).resolve(asOf))
                .run(config, LocalDate.parse(asOf), false, null, false, "en");
        assertThat(r.status()).as(r.messages().toString()).isEqualTo("COMPLETED");
        return r;
    }

    /** What a killed, failed or abandoned attempt leaves in the job repository. */
    private static void mark(JdbcTemplate jdbc, long run, String status) {
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = ? WHERE JOB_EXECUTION_ID = ?", status, run);
    }

    private static long rows(JdbcTemplate jdbc, long run) {
        long n = 0;
        for (String t : TABLES) {
            n += jdbc.queryForObject("SELECT COUNT(*) FROM " + t + " WHERE RUN_ID = ?", Long.class, run);
        }
        return n;
    }

    private static List<String> lines(Path f) throws IOException {
        return Files.readAllLines(f, StandardCharsets.UTF_8);
    }
}
