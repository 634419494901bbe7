package org.xiaoqu.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.config.ConfigLoader;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.run.Progress;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.TestStores;

/**
 * A merge whose publish step fails half-way through its districts, or right after it committed the store's rows
 * (the moment a SIGKILL can also hit: rows committed, the step not yet recorded complete), is resumed by running
 * the merge again — with its output elsewhere this time — and publishes exactly what a run that never failed does:
 * the same ids per record, the same files, the same rows and nothing of the failed attempt, the same id sequence.
 * The failures are thrown by the progress display, which the publish step calls after each district and once more
 * after its commit. Over the committed city, on H2 and PostgreSQL. (GridKillCliIT kills a real process.)
 */
class GridRestartIT {
    @TempDir
    Path dir;

    /** Fails the publish step after its first district, or after its commit (the second report of the last). */
    enum Failure {
        MID_PUBLISH,
        AFTER_COMMIT
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aPublishThatFailedResumesToTheResultOfARunThatDidNot(TestStores.Kind kind) throws Exception {
        XiaoquConfig config = ConfigLoader.load(GridMergeIT.CITY.resolve("xiaoqu.yaml"));
        GridSnapshot clean = cleanRun(kind, config);
        for (Failure failure : Failure.values()) {
            Path home = dir.resolve(failure.name());
            try (Store store = Store.open(TestStores.fresh(kind, home))) {
                JdbcTemplate jdbc = new JdbcTemplate(store.dataSource());
                RunResult failed = merge(store, config, failing(failure), home.resolve("run"));
                assertThat(failed.status())
                        .as(failure + ": " + failed.messages())
                        .isEqualTo("FAILED");
                assertThat(home.resolve("run")).doesNotExist();
                long runRows = count(jdbc, "SELECT COUNT(*) FROM XQ_GRID_RUN");
                long buildings = count(jdbc, "SELECT COUNT(*) FROM XQ_GRID_UNIFIED_BUILDING");
                if (failure == Failure.MID_PUBLISH) {
                    assertThat(runRows + buildings)
                            .as("a publish that failed leaves nothing")
                            .isZero();
                    assertThat(count(jdbc, "SELECT COUNT(*) FROM XQ_GRID_ID_SEQ WHERE NEXT_VALUE > 1"))
                            .as("nor an advanced id sequence")
                            .isZero();
                } else {
                    assertThat(runRows).as("committed before it failed").isEqualTo(1);
                }

                // again, with the output elsewhere: the restart must still find the work of the steps it skips
                Path elsewhere = home.resolve("elsewhere/run");
                RunResult resumed = merge(store, config, Progress.NONE, elsewhere);
                assertThat(resumed.status()).as(resumed.messages().toString()).isEqualTo("COMPLETED");
                assertThat(resumed.executionId()).isNotEqualTo(failed.executionId());
                assertThat(jdbc.queryForList(
                                "SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                                String.class,
                                resumed.executionId()))
                        .as("only the publish step ran again")
                        .containsExactly("publish");
                GridSnapshot.of(store, elsewhere, resumed.executionId()).assertSameAs(clean);
                assertThat(workFolders(home)).as("work folders left").isEmpty();
            }
        }
    }

    /**
     * A merge killed while it matched districts, on H2: H2 writes committed transactions to its file only at its next
     * background write, so the store the restart finds can hold a partition's step execution without the execution
     * context that a later transaction gave it. Here the match step fails after its first district and the contexts
     * of its unfinished partitions are then removed (what Spring Batch reads for a context row that was lost or never
     * filled in); the resumed merge must still match every district and publish what a clean run does.
     */
    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aMatchWhosePartitionsLostTheirContextResumes(TestStores.Kind kind) throws Exception {
        XiaoquConfig config = ConfigLoader.load(GridMergeIT.CITY.resolve("xiaoqu.yaml"));
        GridSnapshot clean = cleanRun(kind, config);
        Path home = dir.resolve("lost-context");
        try (Store store = Store.open(TestStores.fresh(kind, home))) {
            JdbcTemplate jdbc = new JdbcTemplate(store.dataSource());
            RunResult failed = merge(store, config, failingMatch(), home.resolve("run"));
            assertThat(failed.status()).as(failed.messages().toString()).isEqualTo("FAILED");
            int lost = jdbc.update("DELETE FROM BATCH_STEP_EXECUTION_CONTEXT WHERE STEP_EXECUTION_ID IN (SELECT"
                    + " STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'matchDistrict:%' AND"
                    + " STATUS <> 'COMPLETED')");
            assertThat(lost).as("unfinished partitions").isPositive();

            RunResult resumed = merge(store, config, Progress.NONE, home.resolve("run"));
            assertThat(resumed.status()).as(resumed.messages().toString()).isEqualTo("COMPLETED");
            GridSnapshot.of(store, home.resolve("run"), resumed.executionId()).assertSameAs(clean);
        }
    }

    /** What a merge that nothing interrupts publishes, in a fresh store of {@code kind}. */
    private GridSnapshot cleanRun(TestStores.Kind kind, XiaoquConfig config) throws Exception {
        try (Store store = Store.open(TestStores.fresh(kind, dir.resolve("clean")))) {
            RunResult r = merge(store, config, Progress.NONE, dir.resolve("clean/run"));
            assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
            return GridSnapshot.of(store, r.outputDir(), r.executionId());
        }
    }

    /** Fails the match step's partition that reports the first district matched. */
    private static Progress failingMatch() {
        return new Progress() {
            private final AtomicBoolean failed = new AtomicBoolean();

            @Override
            public void update(String job, String step, long items) {}

            @Override
            public void update(String job, String step, long done, long total, String unit) {
                if (step.equals("match") && failed.compareAndSet(false, true)) {
                    throw new IllegalStateException("failing after the first district matched");
                }
            }
        };
    }

    private static Progress failing(Failure failure) {
        return new Progress() {
            private int lastReports;

            @Override
            public void update(String job, String step, long items) {}

            @Override
            public void update(String job, String step, long done, long total, String unit) {
                if (!step.equals("publish")) {
                    return;
                }
                if (failure == Failure.MID_PUBLISH && done == 1 && total > 1) {
                    throw new IllegalStateException("failing after the first district");
                }
                if (failure == Failure.AFTER_COMMIT && done == total && ++lastReports == 2) {
                    throw new IllegalStateException("failing after the commit");
                }
            }
        };
    }

    private static RunResult merge(Store store, XiaoquConfig config, Progress progress, Path out) {
        return GridMerge.run(
                store,
                new StopSignal(),
                progress,
                config,
                new GridMerge.Options(out, out.getParent().resolve("out"), GridMerge.DEFAULT_BASE, "", false, "en"));
    }

    private static List<Path> workFolders(Path home) throws Exception {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> all = Files.walk(home)) {
            all.filter(p -> p.getFileName().toString().startsWith(".grid-work-"))
                    .forEach(found::add);
        }
        return found;
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
