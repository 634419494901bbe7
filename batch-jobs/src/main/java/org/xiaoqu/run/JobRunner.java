package org.xiaoqu.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.StoreLock;

/**
 * Runs one job on a store the way every xiaoqu job runs: take the store's lock (exit 5 if another run
 * has it), mark runs left STARTED by a killed process as failed and remove the temporary output folders
 * they left, start (or restart) the job with its output folder under a temporary name, and rename that
 * folder into place only when the job completed. A run that completed but whose process was killed before the
 * rename has its folder moved into place by the next run of the job.
 */
public final class JobRunner {
    /** Job parameter (not identifying) naming the temporary folder a job writes its files into. */
    public static final String OUTPUT_DIR = "xiaoqu.output.dir";
    /** Job parameter (not identifying): the folder given with {@code --out}, which the temporary one becomes. */
    public static final String OUTPUT_TARGET = "xiaoqu.output.target";
    /** Job execution context key of the job's counters (a {@code Map<String, Object>}). */
    public static final String COUNTS = "xiaoqu.counts";
    /** Job execution context key of the job's messages for a person (a {@code List<String>}). */
    public static final String MESSAGES = "xiaoqu.messages";

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Store store;
    private final StopSignal stopSignal;
    private final Progress progress;

    public JobRunner(Store store, StopSignal stopSignal) {
        this(store, stopSignal, Progress.NONE);
    }

    public JobRunner(Store store, StopSignal stopSignal, Progress progress) {
        this.store = store;
        this.stopSignal = stopSignal;
        this.progress = progress;
    }

    /** Starts {@code job} with {@code parameters}; a failed or stopped instance with the same identity resumes. */
    public RunResult start(JobDefinition job, JobParameters parameters, OutputFolder output) {
        return run(job, output, (context, dir) -> withOutput(parameters, dir, output));
    }

    private static JobParameters withOutput(JobParameters parameters, Path dir, OutputFolder output) {
        JobParametersBuilder b = new JobParametersBuilder(parameters).addString(OUTPUT_DIR, dir.toString(), false);
        Path target = output.explicit();
        if (target != null) {
            b.addString(OUTPUT_TARGET, target.toString(), false);
        }
        return b.toJobParameters();
    }

    /** Restarts the failed or stopped execution {@code executionId}. */
    public RunResult restart(long executionId, OutputFolder output) {
        JobDefinition job = jobOf(executionId);
        return run(job, output, (context, dir) -> {
            JobExecution last = context.jobRepository().getJobExecution(executionId);
            if (last == null) {
                throw XiaoquException.usage("there is no run " + executionId + " (see `xiaoqu jobs list`)");
            }
            if (last.getStatus() == BatchStatus.COMPLETED) {
                throw XiaoquException.usage("run " + executionId + " already completed; nothing to restart");
            }
            if (last.getStatus() == BatchStatus.ABANDONED) {
                throw XiaoquException.usage("run " + executionId + " was abandoned and cannot be restarted");
            }
            Set<JobParameter<?>> earlier = new LinkedHashSet<>();
            for (JobParameter<?> p : last.getJobParameters()) {
                if (!p.name().equals(OUTPUT_TARGET)) { // this restart's --out, if any, replaces the earlier one
                    earlier.add(p);
                }
            }
            return withOutput(new JobParameters(earlier), dir, output);
        });
    }

    private JobDefinition jobOf(long executionId) {
        String name;
        try (var c = store.dataSource().getConnection();
                var st = c.prepareStatement("SELECT i.JOB_NAME FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i"
                        + " ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID WHERE e.JOB_EXECUTION_ID = ?")) {
            st.setLong(1, executionId);
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw XiaoquException.usage("there is no run " + executionId + " (see `xiaoqu jobs list`)");
                }
                name = rs.getString(1);
            }
        } catch (SQLException e) {
            throw new XiaoquException(ExitCode.FAILED, "cannot read run " + executionId + ": " + e.getMessage(), e);
        }
        return JobDefinition.named(name)
                .orElseThrow(() -> new XiaoquException(
                        ExitCode.FAILED,
                        "run " + executionId + " is of job '" + name + "', which this version cannot run"));
    }

    /**
     * An earlier attempt of the job: its status, the temporary folder it wrote into, the {@code --out} it was given
     * and whether its finished folder was recorded ({@code XQ_RUN}).
     */
    private record Attempt(long id, String status, Path work, @Nullable Path target, boolean recorded) {}

    /** The job's earlier attempts that wrote into a temporary folder; best effort: a store that cannot say has none. */
    private List<Attempt> attempts(String jobName) {
        List<Attempt> attempts = new ArrayList<>();
        try (var c = store.dataSource().getConnection();
                var st = c.prepareStatement("SELECT e.JOB_EXECUTION_ID, e.STATUS, d.PARAMETER_VALUE, t.PARAMETER_VALUE,"
                        + " (SELECT COUNT(*) FROM XQ_RUN r WHERE r.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID)"
                        + " FROM BATCH_JOB_EXECUTION e"
                        + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
                        + " JOIN BATCH_JOB_EXECUTION_PARAMS d ON d.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
                        + " AND d.PARAMETER_NAME = ?"
                        + " LEFT JOIN BATCH_JOB_EXECUTION_PARAMS t ON t.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
                        + " AND t.PARAMETER_NAME = ?"
                        + " WHERE i.JOB_NAME = ? ORDER BY e.JOB_EXECUTION_ID")) {
            st.setString(1, OUTPUT_DIR);
            st.setString(2, OUTPUT_TARGET);
            st.setString(3, jobName);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    String work = rs.getString(3);
                    String target = rs.getString(4);
                    if (work != null) {
                        attempts.add(new Attempt(
                                rs.getLong(1),
                                rs.getString(2),
                                Path.of(work),
                                target == null ? null : Path.of(target),
                                rs.getLong(5) > 0));
                    }
                }
            }
        } catch (SQLException e) {
            log.warn("could not look up the output folders of earlier runs of {}: {}", jobName, e.getMessage());
        }
        return attempts;
    }

    /**
     * The temporary output folders the job's executions that ended without completing wrote into. Each attempt writes
     * into a folder of its own, so a restart never reuses one; a killed attempt's stays behind (with the credit
     * reconcile's spill files: about 90 bytes a record, twice that during its split) until a later run removes it.
     */
    private static List<Path> staleOutputs(List<Attempt> attempts) {
        List<Path> dirs = new ArrayList<>();
        for (Attempt a : attempts) {
            if (List.of("FAILED", "STOPPED", "ABANDONED", "UNKNOWN").contains(a.status())) {
                dirs.add(a.work());
            }
        }
        return dirs;
    }

    /**
     * The result of running an input that a completed run already processed: nothing is done again. The exit code is
     * 0, or 6 when that run exited 6: {@code --fail-on} (part of the input's identity) asked to fail on its
     * findings, and a pipeline that runs the same input twice is told twice. (Rows rejected within the budget, exit
     * 4, were reported by the run that loaded them; nothing is loaded now.)
     */
    private static RunResult unchanged(
            JobDefinition job, @Nullable JobExecution done, List<String> moved, List<Long> recovered) {
        List<String> messages = new ArrayList<>(moved);
        ExitCode exit = ExitCode.OK;
        if (done == null) {
            messages.add("unchanged: this exact input was already processed");
        } else {
            if (exitCodeOf(done.getExitStatus().getExitCode()) == ExitCode.REVIEW_NEEDED) {
                exit = ExitCode.REVIEW_NEEDED;
            }
            messages.add("unchanged: this exact input was already processed by run " + done.getId()
                    + (exit == ExitCode.OK ? "" : ", whose findings need review (exit 6)"));
        }
        return new RunResult(job.jobName(), null, "UNCHANGED", exit, null, Map.of(), messages, recovered);
    }

    /**
     * Moves into place the output folders of the job's runs that completed but whose process was killed before it
     * renamed their folder (the store has the run as completed, and no output recorded for it): without this, the
     * same input run again is "unchanged" and its output is nowhere. Returns a message per folder moved.
     */
    private List<String> moveCompletedOutputs(List<Attempt> attempts) {
        List<String> moved = new ArrayList<>();
        for (Attempt a : attempts) {
            if (!a.status().equals("COMPLETED") || a.recorded() || !Files.isDirectory(a.work())) {
                continue; // not completed, or moved (its record lost, or from before runs were recorded)
            }
            try {
                Path to = OutputFolder.intoPlace(a.work(), a.target(), a.id(), false);
                recordOutput(a.id(), to);
                moved.add("run " + a.id() + " had completed, but its process was stopped before its output folder"
                        + " was moved into place: moved now to " + to);
                log.info("moved the output of completed run {} into {}", a.id(), to);
            } catch (RuntimeException e) {
                log.warn("could not move the output of completed run {} into place: {}", a.id(), e.toString());
            }
        }
        return moved;
    }

    /** The parameters a run is started with, given the store and the run's temporary output folder. */
    @FunctionalInterface
    private interface Launch {
        JobParameters parameters(BatchContext context, Path outputDir) throws Exception;
    }

    private RunResult run(JobDefinition job, OutputFolder output, Launch launch) {
        try (StoreLock lock = StoreLock.acquire(store, job.jobName());
                BatchContext context = BatchContext.open(store, List.of(job), progress)) {
            List<Long> recovered = StaleRuns.recover(context.jobRepository(), context.jobOperator());
            if (stopSignal.requested() != null) {
                return interrupted(job, recovered);
            }
            List<Attempt> attempts = attempts(job.jobName());
            List<String> moved = moveCompletedOutputs(attempts);
            // what killed attempts left: where the store says the job's unfinished runs wrote (a restart may write
            // elsewhere), and beside this run's folder (an embedded H2 store may lose a killed process's last commits)
            String owner = OutputFolder.owner(store.settings());
            OutputFolder.discardStale(owner, staleOutputs(attempts));
            Path dir = output.begin(owner);
            JobExecution execution;
            JobParameters parameters = launch.parameters(context, dir);
            stopSignal.attach(() -> StopRequests.requestStop(store, job.jobName()));
            try {
                execution = context.jobOperator().start(context.job(job.jobName()), parameters);
            } catch (JobInstanceAlreadyCompleteException e) {
                output.discard();
                JobExecution done = context.jobRepository().getLastJobExecution(job.jobName(), parameters);
                return unchanged(job, done, moved, recovered);
            } finally {
                stopSignal.detach();
                progress.done();
            }
            return finish(job, execution, output, recovered, moved);
        } catch (XiaoquException e) {
            output.discard();
            throw e;
        } catch (Exception e) {
            output.discard();
            throw new XiaoquException(ExitCode.FAILED, "job " + job.jobName() + " could not run: " + e.getMessage(), e);
        }
    }

    private RunResult finish(
            JobDefinition job, JobExecution execution, OutputFolder output, List<Long> recovered, List<String> moved) {
        Map<String, Object> counts = counts(execution);
        List<String> messages = new ArrayList<>(moved);
        messages.addAll(messages(execution));
        BatchStatus status = execution.getStatus();
        ExitCode exit;
        Path dir = null;
        if (status == BatchStatus.COMPLETED) {
            dir = output.commit(execution.getId());
            exit = exitCodeOf(execution.getExitStatus().getExitCode());
            recordOutput(execution.getId(), dir);
        } else {
            output.discard();
            if (status == BatchStatus.STOPPED) {
                ExitCode signal = stopSignal.requested();
                exit = signal != null ? signal : ExitCode.TERMINATED;
                messages.add("stopped; resume with `xiaoqu jobs restart " + execution.getId() + "`");
            } else {
                XiaoquException cause = controlledFailure(execution);
                if (cause != null) {
                    exit = cause.exitCode();
                    messages.add(cause.getMessage());
                } else {
                    exit = ExitCode.FAILED;
                    messages.add("job failed: " + failureSummary(execution)
                            + "; after fixing the cause, resume with `xiaoqu jobs restart " + execution.getId()
                            + "` (details with -v)");
                }
                execution.getAllFailureExceptions().forEach(t -> log.debug("failure of run {}", execution.getId(), t));
            }
        }
        return new RunResult(job.jobName(), execution.getId(), status.name(), exit, dir, counts, messages, recovered);
    }

    private RunResult interrupted(JobDefinition job, List<Long> recovered) {
        ExitCode signal = stopSignal.requested();
        return new RunResult(
                job.jobName(),
                null,
                "STOPPED",
                signal == null ? ExitCode.TERMINATED : signal,
                null,
                Map.of(),
                List.of("interrupted before the job started"),
                recovered);
    }

    static ExitCode exitCodeOf(String exitStatus) {
        for (ExitCode c : ExitCode.values()) {
            if (c.name().equals(exitStatus)) {
                return c;
            }
        }
        return ExitCode.OK;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> counts(JobExecution execution) {
        Object counts = execution.getExecutionContext().get(COUNTS);
        if (counts instanceof Map<?, ?> map) {
            return new LinkedHashMap<>((Map<String, Object>) map);
        }
        Map<String, Object> fromSteps = new LinkedHashMap<>();
        long read = 0, written = 0, skipped = 0;
        for (var step : execution.getStepExecutions()) {
            read += step.getReadCount();
            written += step.getWriteCount();
            skipped += step.getSkipCount();
        }
        fromSteps.put("read", read);
        fromSteps.put("written", written);
        fromSteps.put("skipped", skipped);
        return fromSteps;
    }

    @SuppressWarnings("unchecked")
    private static List<String> messages(JobExecution execution) {
        Object messages = execution.getExecutionContext().get(MESSAGES);
        return messages instanceof List<?> list ? (List<String>) list : List.of();
    }

    private static @Nullable XiaoquException controlledFailure(JobExecution execution) {
        for (Throwable t : execution.getAllFailureExceptions()) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof XiaoquException x) {
                    return x;
                }
            }
        }
        return null;
    }

    private static String failureSummary(JobExecution execution) {
        return execution.getAllFailureExceptions().stream()
                .findFirst()
                .map(t -> t.getClass().getSimpleName() + ": " + t.getMessage())
                .orElse(execution.getExitStatus().getExitDescription());
    }

    private void recordOutput(long executionId, Path dir) {
        try (var c = store.dataSource().getConnection();
                var st = c.prepareStatement("INSERT INTO XQ_RUN (JOB_EXECUTION_ID, OUTPUT_DIR) VALUES (?, ?)")) {
            st.setLong(1, executionId);
            st.setString(2, dir.toString());
            st.executeUpdate();
        } catch (SQLException e) {
            log.warn("could not record the output folder of run {}: {}", executionId, e.getMessage());
        }
    }
}
