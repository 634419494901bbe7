package org.xiaoqu.run;

import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.StoreSettings;

/** Runs {@link CountingJob} in a separate JVM, so that tests can kill it: {@code URL COUNT PAUSE_MS OUT}. */
public final class CountingJobMain {
    private CountingJobMain() {}

    public static void main(String[] args) {
        StoreSettings settings = new StoreSettings(args[0], "-".equals(args[4]) ? null : args[4], "", args[5]);
        try (Store store = Store.open(settings)) {
            RunResult result = new JobRunner(store, new StopSignal())
                    .start(
                            new CountingJob.Definition(),
                            new JobParametersBuilder()
                                    .addLong("count", Long.parseLong(args[1]))
                                    .addLong("pauseMillis", Long.parseLong(args[2]))
                                    .toJobParameters(),
                            OutputFolder.plan(null, java.nio.file.Path.of(args[3]), CountingJob.NAME));
            System.out.println(
                    "RESULT " + result.status() + " " + result.exitCode().code());
            System.exit(result.exitCode().code());
        } catch (org.xiaoqu.common.XiaoquException e) {
            System.out.println("ERROR " + e.exitCode().code() + " " + e.getMessage());
            System.exit(e.exitCode().code());
        }
    }
}
