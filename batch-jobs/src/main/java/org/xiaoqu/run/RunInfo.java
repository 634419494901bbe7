package org.xiaoqu.run;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One job execution as {@code jobs list} and {@code jobs show} report it.
 *
 * @param parameters the identifying job parameters (name → value), empty in list views
 * @param steps the steps, empty in list views
 */
public record RunInfo(
        long executionId,
        long instanceId,
        String job,
        String status,
        String exitCode,
        @Nullable LocalDateTime started,
        @Nullable LocalDateTime ended,
        @Nullable String outputDir,
        @Nullable String exitMessage,
        Map<String, String> parameters,
        List<Step> steps) {

    /** A step of the execution with its counters. */
    public record Step(
            String name,
            String status,
            long read,
            long written,
            long filtered,
            long skipped,
            long commits,
            @Nullable LocalDateTime started,
            @Nullable LocalDateTime ended) {}
}
