package org.xiaoqu.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.ExitCode;

/**
 * What one job run came to: the result every command renders as text or as the {@code --json} object.
 *
 * @param job the job name
 * @param executionId the Spring Batch job execution id, or null when nothing was started
 * @param status the batch status (COMPLETED, FAILED, STOPPED…) or UNCHANGED when the input was already done
 * @param exitCode the process exit code this outcome maps to
 * @param outputDir where the run's files are, once renamed into place; null when it wrote none
 * @param counts the job's counters (rows read, written, rejected…), in the job's order
 * @param messages one line each for a person: what happened, what to do
 * @param recovered executions left STARTED by a killed process that this run marked failed first
 */
public record RunResult(
        String job,
        @Nullable Long executionId,
        String status,
        ExitCode exitCode,
        @Nullable Path outputDir,
        Map<String, Object> counts,
        List<String> messages,
        List<Long> recovered) {
    public RunResult {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        messages = List.copyOf(messages);
        recovered = List.copyOf(recovered);
    }
}
