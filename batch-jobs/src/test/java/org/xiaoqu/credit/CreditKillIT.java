package org.xiaoqu.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.config.ConfigLoader;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.run.Subprocess;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.StoreSettings;
import org.xiaoqu.store.TestStores;

/**
 * A credit reconcile killed while it spills leaves its staging folder behind, spill folder ({@code .work}) and all:
 * each attempt writes into a folder of its own, so the attempt after it never reuses that one. Its restart removes it,
 * and so does the next run of the job with other inputs, also when the store lost the killed run (an embedded H2 store
 * may lose a killed process's last commits); a run that completes leaves no spill folder. The killed attempts are
 * real: a JVM of their own ({@link CreditReconcileMain}) halted with the spill half written. On H2 and PostgreSQL.
 */
class CreditKillIT {
    private static final Path CITY =
            Path.of("..", "samples", "city").toAbsolutePath().normalize();
    private static final String LEDGER = "省平台/物业企业信用台账.csv";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aKilledAttemptsSpillIsRemovedByItsRestartAndByTheNextRun(TestStores.Kind kind) throws Exception {
        Path city = largerCity(dir.resolve("city"));
        StoreSettings settings = TestStores.fresh(kind, dir);
        Path out = dir.resolve("out");
        Path runs = out.resolve(CreditReconcileJobConfiguration.JOB);

        Path killed = kill(settings, city, out, "2026-06-01", true);
        RunResult restart;
        try (Store store = Store.open(settings)) {
            restart = reconcile(store, city, out, "2026-06-01");
            assertThat(restart.recovered()).hasSize(1);
            assertThat(instance(store, restart.executionId()))
                    .as("the same inputs: the killed run restarted")
                    .isEqualTo(instance(store, restart.recovered().get(0)));
            assertThat(killed).doesNotExist();
            assertThat(staging(runs)).isEmpty();
            assertThat(restart.outputDir().resolve(ReconcileTasklet.WORK)).doesNotExist();
        }

        // killed at once: on H2 the store may not know of the attempt, whose folder goes all the same
        Path killedAgain = kill(settings, city, out, "2026-07-01", false);
        try (Store store = Store.open(settings)) {
            RunResult next = reconcile(store, city, out, "2026-08-01");
            assertThat(instance(store, next.executionId()))
                    .as("other inputs: a new run")
                    .isNotEqualTo(instance(store, restart.executionId()));
            assertThat(killedAgain).doesNotExist();
            assertThat(staging(runs)).isEmpty();
            assertThat(next.outputDir().resolve(ReconcileTasklet.WORK)).doesNotExist();
            try (Stream<Path> finished = Files.list(runs)) {
                assertThat(finished.map(p -> p.getFileName().toString()))
                        .containsExactlyInAnyOrder(
                                String.valueOf(restart.executionId()), String.valueOf(next.executionId()));
            }
        }
    }

    /** Runs a reconcile in a JVM that is halted while it spills; returns the staging folder it left. */
    private Path kill(StoreSettings settings, Path city, Path out, String asOf, boolean checkpoint) throws Exception {
        Path log = dir.resolve("kill-" + asOf + ".log");
        Process child = Subprocess.java(
                log,
                CreditReconcileMain.class,
                settings.url(),
                settings.user() == null ? "-" : settings.user(),
                settings.schema(),
                city.resolve("xiaoqu.yaml").toString(),
                out.toString(),
                asOf,
                Boolean.toString(checkpoint));
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue())
                .as("halted while spilling: %s", Files.readString(log, StandardCharsets.UTF_8))
                .isEqualTo(CreditReconcileMain.KILLED);
        List<Path> left = staging(out.resolve(CreditReconcileJobConfiguration.JOB));
        assertThat(left).hasSize(1);
        assertThat(CreditReconcileMain.spill(left.get(0).resolve(ReconcileTasklet.WORK)))
                .isNotEmpty();
        return left.get(0);
    }

    private static RunResult reconcile(Store store, Path city, Path out, String asOf) {
        RunResult r = new CreditReconcile(store, new StopSignal(), out, null)
                .run(ConfigLoader.load(city.resolve("xiaoqu.yaml")), LocalDate.parse(asOf), false, null);
        assertThat(r.status()).as(r.messages().toString()).isEqualTo("COMPLETED");
        return r;
    }

    /** The staging folders of runs under {@code runs}: hidden, renamed into place only when a run completes. */
    private static List<Path> staging(Path runs) throws IOException {
        try (Stream<Path> dirs = Files.list(runs)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith(".")).toList();
        }
    }

    private static long instance(Store store, long execution) {
        return new JdbcTemplate(store.dataSource())
                .queryForObject(
                        "SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                        Long.class,
                        execution);
    }

    /**
     * The committed sample city with its ledger forty times over (each copy of a record under a record id of its
     * own): the spill lasts long enough to be caught half written on any machine.
     */
    private static Path largerCity(Path to) throws IOException {
        try (Stream<Path> all = Files.walk(CITY)) {
            for (Path p : all.toList()) {
                Path t = to.resolve(CITY.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        List<String> lines = Files.readAllLines(to.resolve(LEDGER), StandardCharsets.UTF_8);
        List<String> larger = new ArrayList<>(lines);
        for (int copy = 1; copy < 40; copy++) {
            for (String line : lines.subList(1, lines.size())) {
                larger.add(line.replaceFirst(",", "-" + copy + ","));
            }
        }
        Files.write(to.resolve(LEDGER), larger, StandardCharsets.UTF_8);
        return to;
    }
}
