package org.xiaoqu.grid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.xiaoqu.run.JobRunner;

/**
 * The merge's work folder (spill files between the steps): {@code .grid-work-<job instance>} beside the output
 * folder of the instance's <em>first</em> execution. Anchored on the first execution, not on the current one, so
 * that a restart finds the files of the steps already done even when it writes its output elsewhere ({@code xiaoqu
 * jobs restart} run from another folder, or with another {@code --out}). Removed when the job completes.
 */
final class GridWork {
    private GridWork() {}

    static Path of(JobRepository repository, JobExecution job) {
        JobExecution first = job;
        for (JobExecution e : repository.getJobExecutions(job.getJobInstance())) {
            if (e.getId() < first.getId() && e.getJobParameters().getString(JobRunner.OUTPUT_DIR) != null) {
                first = e;
            }
        }
        Path out = Path.of(first.getJobParameters().getString(JobRunner.OUTPUT_DIR));
        return out.toAbsolutePath()
                .getParent()
                .resolve(".grid-work-" + job.getJobInstance().getInstanceId());
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
