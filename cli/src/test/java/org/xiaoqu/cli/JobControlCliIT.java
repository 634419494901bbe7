package org.xiaoqu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.run.CountingJobMain;
import org.xiaoqu.run.Subprocess;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.StoreSettings;
import org.xiaoqu.store.TestStores;

/**
 * {@code xiaoqu jobs …} against live runs in other processes, on H2 and PostgreSQL: stop from another
 * process, SIGTERM (143) and SIGINT (130) leaving the run STOPPED, exit 5 while another run holds the
 * lock, read-only listing meanwhile, and a final restart that completes with every row exactly once.
 */
class JobControlCliIT {
    @TempDir
    Path dir;

    private StoreSettings settings;
    private Map<String, String> env;

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void stopSignalsLockAndRestartThroughTheCommandLine(TestStores.Kind kind) throws Exception {
        settings = TestStores.fresh(kind, dir);
        env = new HashMap<>();
        env.put("LANG", "en_US.UTF-8");
        env.put("XIAOQU_DB_URL", settings.url());
        env.put("XIAOQU_DB_SCHEMA", settings.schema());
        if (settings.user() != null) {
            env.put("XIAOQU_DB_USER", settings.user());
        }
        try (Store store = Store.open(settings)) {
            Process first = Subprocess.java(
                    dir.resolve("first.log"),
                    CountingJobMain.class,
                    settings.url(),
                    "1000",
                    "60",
                    dir.resolve("out").toString(),
                    settings.user() == null ? "-" : settings.user(),
                    settings.schema());
            awaitRows(store, 20);
            long id = runs().get(0).get("executionId").asLong();

            CliRun stop = cli("jobs", "stop", Long.toString(id));
            assertThat(stop.exitCode()).as(stop.toString()).isZero();
            assertThat(stop.out()).contains("asked to stop");
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(first.exitValue()).isEqualTo(143);
            assertThat(status(id)).isEqualTo("STOPPED");

            Process restart = cliProcess("restart-term.log", "jobs", "restart", Long.toString(id));
            long second = awaitNewRun(store, id);
            CliRun locked = cli("jobs", "recover");
            assertThat(locked.exitCode()).as(locked.toString()).isEqualTo(5);
            assertThat(locked.err()).contains("locked by job test-counting").contains("pid " + restart.pid());
            assertThat(runs().get(0).get("status").asText()).isEqualTo("STARTED");
            restart.destroy(); // SIGTERM
            assertThat(restart.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(restart.exitValue()).isEqualTo(143);
            assertThat(status(second)).isEqualTo("STOPPED");

            Process interrupted = cliProcess("restart-int.log", "jobs", "restart", Long.toString(second));
            long third = awaitNewRun(store, second);
            new ProcessBuilder("kill", "-INT", Long.toString(interrupted.pid()))
                    .start()
                    .waitFor();
            assertThat(interrupted.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(interrupted.exitValue()).isEqualTo(130);
            assertThat(status(third)).isEqualTo("STOPPED");

            CliRun done = cli("jobs", "restart", Long.toString(third));
            assertThat(done.exitCode()).as(done.toString()).isZero();
            assertThat(done.out()).contains("xiaoqu test-counting: COMPLETED (exit 0)");
            JdbcTemplate jdbc = new JdbcTemplate(store.dataSource());
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT N) FROM XQ_TEST_COUNT", Long.class))
                    .isEqualTo(1000);
            assertThat(jdbc.queryForObject("SELECT SUM(N) FROM XQ_TEST_COUNT", Long.class))
                    .isEqualTo(1000L * 1001 / 2);

            CliRun show = cli(
                    "jobs",
                    "show",
                    Long.toString(runs().get(0).get("executionId").asLong()));
            assertThat(show.out()).contains("COMPLETED").contains("count").contains("written=");
        }
    }

    private CliRun cli(String... args) {
        return CliRun.run(dir, env, args);
    }

    private JsonNode runs() {
        CliRun list = cli("--json", "jobs", "list");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        return list.json().get("runs");
    }

    private String status(long id) {
        CliRun show = cli("--json", "jobs", "show", Long.toString(id));
        return show.json().get("status").asText();
    }

    private Process cliProcess(String log, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--db", settings.url()));
        all.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder();
        pb.environment().putAll(env);
        // a forked test JVM may have inherited SIGINT as ignored, which a JVM cannot undo: reset it first
        List<String> command = new ArrayList<>(List.of(
                "env",
                "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Main.class.getName()));
        command.addAll(all);
        return pb.command(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile())
                .start();
    }

    private long awaitNewRun(Store store, long after) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode newest = runs().get(0);
            if (newest.get("executionId").asLong() > after
                    && newest.get("status").asText().equals("STARTED")) {
                Thread.sleep(1000); // let it commit a few chunks
                return newest.get("executionId").asLong();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no new run after " + after + " within 60 s");
    }

    private static void awaitRows(Store store, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JdbcTemplate jdbc = new JdbcTemplate(store.dataSource());
        while (System.nanoTime() < deadline) {
            try {
                Long n = jdbc.queryForObject("SELECT COUNT(*) FROM XQ_TEST_COUNT", Long.class);
                if (n != null && n >= atLeast) {
                    return;
                }
            } catch (RuntimeException notYetCreated) {
                // the job creates its table in its first step
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the job did not write " + atLeast + " rows within 60 s");
    }
}
