package org.xiaoqu.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.run.JobControl;
import org.xiaoqu.run.JobRunner;
import org.xiaoqu.run.OutputFolder;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.run.Subprocess;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.StoreLock;
import org.xiaoqu.store.StoreSettings;
import org.xiaoqu.store.TestStores;

/**
 * An import SIGKILLed mid-file, then resumed — by {@code jobs recover} + {@code jobs restart}, or by simply
 * importing the same file again — ends with every valid row exactly once, every reject of the whole file
 * counted once (a duplicate key whose first occurrence was staged before the kill included), and the load
 * published once. On H2 and PostgreSQL.
 */
class ImportRestartIT {
    private static final int ROWS = 200_000;
    /** Physical lines (the header is line 1) whose households value is not a number. */
    private static final Set<Long> BAD = Set.of(1_001L, 60_001L, 120_001L, 170_001L, 195_001L);
    /** A line repeating the record id of line {@link #FIRST}. */
    private static final long DUPLICATE = 190_001L;

    private static final long FIRST = 11L;

    @TempDir
    Path dir;

    enum Resume {
        RECOVER_AND_RESTART,
        IMPORT_AGAIN
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (TestStores.Kind kind : TestStores.Kind.values()) {
            for (Resume resume : Resume.values()) {
                all.add(Arguments.of(kind, resume));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void aKilledImportResumesWithEveryRowOnceAndTheBudgetOverTheWholeFile(TestStores.Kind kind, Resume resume)
            throws Exception {
        Path file = dir.resolve("网格楼栋.csv");
        writeFile(file);
        StoreSettings settings = TestStores.fresh(kind, dir);
        try (Store store = Store.open(settings)) {
            JdbcTemplate jdbc = new JdbcTemplate(store.dataSource());
            Process child = Subprocess.java(
                    dir.resolve("child.log"),
                    ImportJobMain.class,
                    settings.url(),
                    settings.user() == null ? "-" : settings.user(),
                    settings.schema(),
                    file.toString(),
                    dir.resolve("out").toString());
            awaitStaged(jdbc, 10_000);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            long staged = count(jdbc, "SELECT COUNT(*) FROM XQ_STG_GRID_MEMBERSHIP");
            assertThat(staged)
                    .as("killed mid-file, before the duplicate on line " + DUPLICATE + "\n"
                            + Files.readString(dir.resolve("child.log")))
                    .isBetween(10_000L, DUPLICATE - 40_000);
            assertThat(jdbc.queryForObject("SELECT STATUS FROM XQ_LOAD", String.class))
                    .isEqualTo("STAGING");

            awaitLockReleased(store);

            RunResult done;
            OutputFolder out = OutputFolder.plan(null, dir.resolve("out"), ImportJobConfiguration.JOB);
            if (resume == Resume.RECOVER_AND_RESTART) {
                List<Long> recovered = new JobControl(store).recover();
                assertThat(recovered).hasSize(1);
                done = new JobRunner(store, new StopSignal()).restart(recovered.get(0), out);
            } else {
                done = ImportJobMain.run(store, file, dir.resolve("out"));
            }

            assertThat(done.status()).as(done.messages().toString()).isEqualTo("COMPLETED");
            assertThat(done.exitCode()).isEqualTo(ExitCode.REJECTS_WITHIN_BUDGET);
            long valid = ROWS - BAD.size() - 1;
            assertThat(done.counts().get("read")).isEqualTo((long) ROWS);
            assertThat(done.counts().get("valid")).isEqualTo(valid);
            assertThat(done.counts().get("rejected")).isEqualTo((long) BAD.size() + 1);

            long loadId = jdbc.queryForObject("SELECT LOAD_ID FROM XQ_LOAD", Long.class);
            assertThat(jdbc.queryForList("SELECT STATUS FROM XQ_LOAD", String.class))
                    .as("one load, published once")
                    .containsExactly("PUBLISHED");
            assertThat(count(jdbc, "SELECT LOAD_ID FROM XQ_ACTIVE_LOAD WHERE SOURCE_ID = ?", ImportJobMain.SOURCE))
                    .isEqualTo(loadId);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM XQ_ACTIVE_LOAD")).isEqualTo(1);

            assertThat(count(jdbc, "SELECT COUNT(*) FROM XQ_STG_GRID_MEMBERSHIP"))
                    .isEqualTo(valid);
            assertThat(count(jdbc, "SELECT COUNT(DISTINCT RECORD_ID) FROM XQ_GRID_MEMBERSHIP"))
                    .isEqualTo(valid);
            assertThat(count(jdbc, "SELECT SUM(LINE) FROM XQ_GRID_MEMBERSHIP")).isEqualTo(expectedLineSum());
            assertThat(count(jdbc, "SELECT SUM(HOUSEHOLDS) FROM XQ_GRID_MEMBERSHIP"))
                    .isEqualTo(expectedHouseholds());

            List<Long> rejectedLines =
                    jdbc.queryForList("SELECT LINE FROM XQ_REJECT WHERE LOAD_ID = ? ORDER BY LINE", Long.class, loadId);
            List<Long> expected = new ArrayList<>(BAD);
            expected.add(DUPLICATE);
            assertThat(rejectedLines)
                    .containsExactlyElementsOf(expected.stream().sorted().toList());
            assertThat(jdbc.queryForObject(
                            "SELECT REASON FROM XQ_REJECT WHERE LOAD_ID = ? AND LINE = ?",
                            String.class,
                            loadId,
                            DUPLICATE))
                    .contains("first seen on line " + FIRST);

            List<String> rejectsCsv = Files.readAllLines(done.outputDir().resolve("rejects.csv"));
            assertThat(rejectsCsv).hasSize(1 + BAD.size() + 1);
        }
    }

    private static void writeFile(Path file) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("记录编号,网格编码,详细地址,小区名称,楼栋,单元,户数\n");
            for (long line = 2; line <= ROWS + 1; line++) {
                long id = line == DUPLICATE ? FIRST : line;
                String households = BAD.contains(line) ? "二十户" : Long.toString(households(line));
                w.write("R" + id + ",43010300" + (1000 + line % 97) + ",天心区坡子街芙蓉华庭" + line + "栋,芙蓉华庭," + line + "栋,1单元,"
                        + households + "\n");
            }
        }
    }

    private static long households(long line) {
        return line % 50;
    }

    private static long expectedLineSum() {
        long sum = 0;
        for (long line = 2; line <= ROWS + 1; line++) {
            if (!BAD.contains(line) && line != DUPLICATE) {
                sum += line;
            }
        }
        return sum;
    }

    private static long expectedHouseholds() {
        long sum = 0;
        for (long line = 2; line <= ROWS + 1; line++) {
            if (!BAD.contains(line) && line != DUPLICATE) {
                sum += households(line);
            }
        }
        return sum;
    }

    private static long count(JdbcTemplate jdbc, String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    /**
     * PostgreSQL frees a killed session's advisory lock only once its backend notices the client is gone,
     * a moment after the process died; a resume in that moment rightly exits 5.
     */
    private static void awaitLockReleased(Store store) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try (StoreLock lock = StoreLock.acquire(store, "test")) {
                return;
            } catch (XiaoquException e) {
                if (e.exitCode() != ExitCode.LOCKED || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            Thread.sleep(50);
        }
    }

    private static void awaitStaged(JdbcTemplate jdbc, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (count(jdbc, "SELECT COUNT(*) FROM XQ_STG_GRID_MEMBERSHIP") >= atLeast) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the child may still be migrating the store
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the import did not stage " + atLeast + " rows within 120 s");
    }
}
