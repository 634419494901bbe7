package org.xiaoqu.credit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.config.ConfigLoader;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Dialect;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.StoreSettings;

/**
 * Runs {@code credit reconcile} in a JVM of its own and halts that JVM as soon as the run's spill folder holds a
 * spill file: no finally block, no shutdown hook runs, as after a SIGKILL. Exits {@value #KILLED} when it halted it,
 * 0 when the run ended first. Arguments: {@code URL USER|- SCHEMA CONFIG OUT AS_OF CHECKPOINT}; with {@code
 * CHECKPOINT} {@code true} an embedded H2 store writes what was committed to disk first, as it has by the time a
 * process is killed more than a moment after its last commit (H2 writes commits to disk a little later).
 */
public final class CreditReconcileMain {
    static final int KILLED = 137;

    private CreditReconcileMain() {}

    public static void main(String[] args) {
        StoreSettings settings = new StoreSettings(args[0], "-".equals(args[1]) ? null : args[1], "", args[2]);
        Path out = Path.of(args[4]);
        boolean checkpoint = Boolean.parseBoolean(args[6]) && settings.dialect() == Dialect.H2;
        Store store = Store.open(settings);
        Thread killer = new Thread(
                () -> {
                    while (true) {
                        if (spilling(out.resolve(CreditReconcileJobConfiguration.JOB))) {
                            if (checkpoint) {
                                new JdbcTemplate(store.dataSource()).execute("CHECKPOINT SYNC");
                            }
                            Runtime.getRuntime().halt(KILLED);
                        }
                        try {
                            Thread.sleep(1);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "killer");
        killer.setDaemon(true);
        killer.start();
        try (store) {
            RunResult r = new CreditReconcile(store, new StopSignal(), out, null)
                    .run(ConfigLoader.load(Path.of(args[3])), LocalDate.parse(args[5]), false, null);
            System.out.println("RESULT " + r.status() + " " + r.executionId());
        }
        System.exit(0);
    }

    /** A staging folder of the job's holds a spill file with something in it. */
    static boolean spilling(Path runs) {
        try (Stream<Path> dirs = Files.list(runs)) {
            for (Path d : dirs.toList()) {
                Path work = d.resolve(ReconcileTasklet.WORK);
                if (Files.isDirectory(work) && !spill(work).isEmpty()) {
                    return true;
                }
            }
            return false;
        } catch (IOException | UncheckedIOException e) {
            return false; // not there yet, or deleted while listed
        }
    }

    /** The non-empty files under {@code work}. */
    static java.util.List<Path> spill(Path work) throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            return files.filter(f -> {
                        try {
                            return Files.isRegularFile(f) && Files.size(f) > 0;
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .toList();
        }
    }
}
