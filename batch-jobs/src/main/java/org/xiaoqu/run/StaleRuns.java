package org.xiaoqu.run;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Runs left STARTED (or STOPPING) by a process that was killed. Called only while holding the store's
 * lock: then no other process can be running them, so they are marked FAILED and become restartable.
 */
final class StaleRuns {
    private static final Logger log = LoggerFactory.getLogger(StaleRuns.class);

    private StaleRuns() {}

    static List<Long> recover(JobRepository repository, JobOperator operator) {
        List<Long> recovered = new ArrayList<>();
        for (String job : repository.getJobNames()) {
            for (JobExecution execution : repository.findRunningJobExecutions(job)) {
                String leftAs = execution.getStatus().name();
                operator.recover(execution);
                recovered.add(execution.getId());
                log.warn(
                        "run {} of job {} was left {} by a process that ended abnormally; marked FAILED, restart it with `xiaoqu jobs restart {}`",
                        execution.getId(),
                        job,
                        leftAs,
                        execution.getId());
            }
        }
        recovered.sort(null);
        return recovered;
    }
}
