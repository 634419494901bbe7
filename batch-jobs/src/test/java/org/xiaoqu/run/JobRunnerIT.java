package org.xiaoqu.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.StoreSettings;
import org.xiaoqu.store.TestStores;

/** Job control on both stores, with a real job: completion, idempotence, stop, kill + recover, the lock. */
class JobRunnerIT {
    @TempDir
    Path dir;

    private static JobParameters count(long n, long pauseMillis) {
        return new JobParametersBuilder()
                .addLong("count", n)
                .addLong("pauseMillis", pauseMillis, false)
                .toJobParameters();
    }

    private static long rows(Store store) {
        return new JdbcTemplate(store.dataSource())
                .queryForObject("SELECT COUNT(DISTINCT N) FROM XQ_TEST_COUNT", Long.class);
    }

    private static long sum(Store store) {
        return new JdbcTemplate(store.dataSource()).queryForObject("SELECT SUM(N) FROM XQ_TEST_COUNT", Long.class);
    }

    private OutputFolder out() {
        return OutputFolder.plan(null, dir.resolve("out"), CountingJob.NAME);
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void completesOnceAndRenamesItsOutputIntoPlace_thenTheSameInputIsUnchanged(TestStores.Kind kind) throws Exception {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            RunResult first =
                    new JobRunner(store, new StopSignal()).start(new CountingJob.Definition(), count(95, 0), out());

            assertThat(first.status()).isEqualTo("COMPLETED");
            assertThat(first.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(rows(store)).isEqualTo(95);
            assertThat(first.outputDir()).isEqualTo(dir.resolve("out/test-counting/" + first.executionId()));
            assertThat(first.outputDir()).isDirectory();
            try (var entries = Files.list(dir.resolve("out/test-counting"))) {
                assertThat(entries.map(p -> p.getFileName().toString()))
                        .containsExactly(String.valueOf(first.executionId()));
            }

            RunResult again =
                    new JobRunner(store, new StopSignal()).start(new CountingJob.Definition(), count(95, 0), out());
            assertThat(again.status()).isEqualTo("UNCHANGED");
            assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(rows(store)).isEqualTo(95);

            RunInfo shown = new JobControl(store).show(first.executionId());
            assertThat(shown.status()).isEqualTo("COMPLETED");
            assertThat(shown.outputDir()).isEqualTo(first.outputDir().toString());
            assertThat(shown.steps()).extracting(RunInfo.Step::name).containsExactly("create-table", "count");
            assertThat(shown.steps().get(1).written()).isEqualTo(95);
        }
    }

    /**
     * The window between the job's COMPLETED and the rename of its folder, as a kill would leave it: the folder
     * under its temporary name, no output recorded. The next run moves it into place, then finds the input unchanged.
     */
    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aCompletedRunWhoseProcessDiedBeforeTheRenameHasItsOutputMovedIntoPlaceByTheNextRun(TestStores.Kind kind)
            throws Exception {
        Path target = dir.resolve("mine");
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            OutputFolder mine = OutputFolder.plan(target, dir.resolve("out"), CountingJob.NAME);
            RunResult first =
                    new JobRunner(store, new StopSignal()).start(new CountingJob.Definition(), count(7, 0), mine);
            assertThat(first.status()).isEqualTo("COMPLETED");
            Files.writeString(target.resolve("result.txt"), "the first run's");
            JdbcTemplate jdbc = new JdbcTemplate(store.dataSource());
            String work = jdbc.queryForObject(
                    "SELECT PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = ?"
                            + " AND PARAMETER_NAME = ?",
                    String.class,
                    first.executionId(),
                    JobRunner.OUTPUT_DIR);
            Files.move(target, Path.of(work));
            jdbc.update("DELETE FROM XQ_RUN WHERE JOB_EXECUTION_ID = ?", first.executionId());

            RunResult again = new JobRunner(store, new StopSignal())
                    .start(
                            new CountingJob.Definition(),
                            count(7, 0),
                            OutputFolder.plan(target, dir.resolve("out"), CountingJob.NAME));

            assertThat(again.status()).isEqualTo("UNCHANGED");
            assertThat(again.messages()).first().asString().contains("moved now to " + target);
            assertThat(target.resolve("result.txt")).hasContent("the first run's");
            assertThat(Path.of(work)).doesNotExist();
            assertThat(new JobControl(store).show(first.executionId()).outputDir())
                    .isEqualTo(target.toString());
            try (var left = Files.list(dir)) {
                assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".partial-"));
            }

            // the same window, but something else has written into the folder since: it is kept, the run's goes beside
            Files.move(target, Path.of(work));
            jdbc.update("DELETE FROM XQ_RUN WHERE JOB_EXECUTION_ID = ?", first.executionId());
            Files.createDirectories(target);
            Files.writeString(target.resolve("result.txt"), "another job's");
            RunResult third = new JobRunner(store, new StopSignal())
                    .start(
                            new CountingJob.Definition(),
                            count(7, 0),
                            OutputFolder.plan(target, dir.resolve("out"), CountingJob.NAME));
            Path beside = dir.resolve("mine.run-" + first.executionId());
            assertThat(third.messages()).first().asString().contains("moved now to " + beside);
            assertThat(target.resolve("result.txt")).hasContent("another job's");
            assertThat(beside.resolve("result.txt")).hasContent("the first run's");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aStopRequestLeavesTheRunStoppedAndARestartCompletesItExactlyOnce(TestStores.Kind kind) throws Exception {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            StopSignal stop = new StopSignal();
            var running = CompletableFuture.supplyAsync(
                    () -> new JobRunner(store, stop).start(new CountingJob.Definition(), count(300, 40), out()));
            awaitRows(store, 30);
            stop.request(ExitCode.TERMINATED);
            RunResult stopped = running.get(60, TimeUnit.SECONDS);

            assertThat(stopped.status()).isEqualTo("STOPPED");
            assertThat(stopped.exitCode()).isEqualTo(ExitCode.TERMINATED);
            assertThat(stopped.outputDir()).isNull();
            assertThat(rows(store)).isBetween(30L, 299L);

            RunResult resumed = new JobRunner(store, new StopSignal()).restart(stopped.executionId(), out());
            assertThat(resumed.status()).isEqualTo("COMPLETED");
            assertThat(rows(store)).isEqualTo(300);
            assertThat(sum(store)).isEqualTo(300L * 301 / 2);
        }
    }

    @org.junit.jupiter.api.Test
    void anAbandonedRunIsNeverRestarted() throws Exception {
        try (Store store = Store.open(TestStores.fresh(TestStores.Kind.H2, dir))) {
            StopSignal stop = new StopSignal();
            var running = CompletableFuture.supplyAsync(
                    () -> new JobRunner(store, stop).start(new CountingJob.Definition(), count(300, 40), out()));
            awaitRows(store, 20);
            stop.request(ExitCode.INTERRUPTED);
            RunResult stopped = running.get(60, TimeUnit.SECONDS);
            assertThat(stopped.exitCode()).isEqualTo(ExitCode.INTERRUPTED);

            RunInfo abandoned = new JobControl(store).abandon(stopped.executionId());
            assertThat(abandoned.status()).isEqualTo("ABANDONED");
            assertThatThrownBy(() -> new JobRunner(store, new StopSignal()).restart(stopped.executionId(), out()))
                    .isInstanceOfSatisfying(XiaoquException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                        assertThat(e.getMessage()).contains("abandoned");
                    });
            assertThatThrownBy(() -> new JobControl(store).abandon(stopped.executionId() + 100))
                    .hasMessageContaining("there is no run");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aRunKilledWithSigkillIsRecoveredAndRestartedWithNothingLostOrDuplicated(TestStores.Kind kind)
            throws Exception {
        StoreSettings settings = TestStores.fresh(kind, dir);
        try (Store store = Store.open(settings)) {
            Process child = startCountingProcess(settings, 400, 50);
            awaitRows(store, 40);
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            long before = rows(store);
            assertThat(before).isBetween(40L, 399L);

            List<RunInfo> runs = new JobControl(store).list(10);
            assertThat(runs).hasSize(1);
            assertThat(runs.get(0).status()).isEqualTo("STARTED");

            List<Long> recovered = new JobControl(store).recover();
            assertThat(recovered).containsExactly(runs.get(0).executionId());
            assertThat(new JobControl(store).show(recovered.get(0)).status()).isEqualTo("FAILED");
            Path killedOutput = dir.resolve("out").resolve(CountingJob.NAME);
            List<Path> left;
            try (var entries = Files.list(killedOutput)) {
                left = entries.toList();
            }
            assertThat(left)
                    .singleElement()
                    .satisfies(p -> assertThat(p.getFileName().toString()).startsWith(".run.partial-"));

            // restarted from elsewhere: the killed attempt's folder goes, found by what the store recorded of it
            OutputFolder elsewhere = OutputFolder.plan(null, dir.resolve("elsewhere"), CountingJob.NAME);
            RunResult resumed = new JobRunner(store, new StopSignal()).restart(recovered.get(0), elsewhere);
            assertThat(resumed.status()).isEqualTo("COMPLETED");
            assertThat(rows(store)).isEqualTo(400);
            assertThat(sum(store)).isEqualTo(400L * 401 / 2);
            assertThat(left.get(0)).doesNotExist();
            assertThat(resumed.outputDir()).isEqualTo(dir.resolve("elsewhere/test-counting/" + resumed.executionId()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aSecondRunWhileOneHoldsTheLockExitsFiveNamingTheHolder_andTheStoreStaysIntact(TestStores.Kind kind)
            throws Exception {
        StoreSettings settings = TestStores.fresh(kind, dir);
        try (Store store = Store.open(settings)) {
            Process child = startCountingProcess(settings, 200, 30);
            awaitRows(store, 10);

            assertThatThrownBy(() -> new JobRunner(store, new StopSignal())
                            .start(new CountingJob.Definition(), count(5, 0), out()))
                    .isInstanceOfSatisfying(XiaoquException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(ExitCode.LOCKED);
                        assertThat(e.getMessage())
                                .contains("job test-counting")
                                .contains("pid " + child.pid())
                                .contains("since ");
                    });
            // read-only job control works while the job runs
            assertThat(new JobControl(store).list(5))
                    .extracting(RunInfo::status)
                    .containsExactly("STARTED");

            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isZero();
            assertThat(rows(store)).isEqualTo(200);
            assertThat(new JobControl(store).list(5))
                    .extracting(RunInfo::status)
                    .containsExactly("COMPLETED");
        }
    }

    private Process startCountingProcess(StoreSettings settings, int n, int pause) throws Exception {
        return Subprocess.java(
                dir.resolve("child.log"),
                CountingJobMain.class,
                settings.url(),
                Integer.toString(n),
                Integer.toString(pause),
                dir.resolve("out").toString(),
                settings.user() == null ? "-" : settings.user(),
                settings.schema());
    }

    private static void awaitRows(Store store, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (rows(store) >= atLeast) {
                    return;
                }
            } catch (RuntimeException notYetCreated) {
                // the job creates its table in its first step
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the job did not write " + atLeast + " rows within 30 s");
    }
}
