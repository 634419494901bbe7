package org.xiaoqu.run;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.StoreLock;

/**
 * {@code xiaoqu jobs …} over the job repository. {@link #list} and {@link #show} only read (plain
 * JDBC, no lock), so they work while a job runs; {@link #recover} and {@link #abandon} take the store's
 * lock so they can never touch a live run; {@link #stop} asks a live run to stop at its next chunk.
 */
public final class JobControl {
    private static final String EXECUTIONS = "SELECT e.JOB_EXECUTION_ID, e.JOB_INSTANCE_ID, i.JOB_NAME, e.STATUS,"
            + " e.EXIT_CODE, e.START_TIME, e.END_TIME, r.OUTPUT_DIR, e.EXIT_MESSAGE FROM BATCH_JOB_EXECUTION e"
            + " JOIN BATCH_JOB_INSTANCE i ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID"
            + " LEFT JOIN XQ_RUN r ON r.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID";

    private final Store store;

    public JobControl(Store store) {
        this.store = store;
    }

    /** The newest {@code limit} runs, newest first. */
    public List<RunInfo> list(int limit) {
        if (!store.isInitialised()) {
            return List.of();
        }
        List<RunInfo> runs = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection();
                var st = c.prepareStatement(EXECUTIONS + " ORDER BY e.JOB_EXECUTION_ID DESC")) {
            st.setMaxRows(limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    runs.add(row(rs, Map.of(), List.of()));
                }
            }
        } catch (SQLException e) {
            throw readFailure(e);
        }
        runs.sort(Comparator.comparingLong(RunInfo::executionId).reversed());
        return runs;
    }

    /** One run with its parameters and steps. */
    public RunInfo show(long executionId) {
        if (!store.isInitialised()) {
            throw noSuchRun(executionId);
        }
        try (Connection c = store.dataSource().getConnection()) {
            RunInfo head;
            try (var st = c.prepareStatement(EXECUTIONS + " WHERE e.JOB_EXECUTION_ID = ?")) {
                st.setLong(1, executionId);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw noSuchRun(executionId);
                    }
                    head = row(rs, Map.of(), List.of());
                }
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            try (var st = c.prepareStatement("SELECT PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS"
                    + " WHERE JOB_EXECUTION_ID = ? ORDER BY PARAMETER_NAME")) {
                st.setLong(1, executionId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        parameters.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            List<RunInfo.Step> steps = new ArrayList<>();
            try (var st = c.prepareStatement("SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, FILTER_COUNT,"
                    + " READ_SKIP_COUNT + WRITE_SKIP_COUNT + PROCESS_SKIP_COUNT, COMMIT_COUNT, START_TIME, END_TIME"
                    + " FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID")) {
                st.setLong(1, executionId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        steps.add(new RunInfo.Step(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getLong(3),
                                rs.getLong(4),
                                rs.getLong(5),
                                rs.getLong(6),
                                rs.getLong(7),
                                time(rs, 8),
                                time(rs, 9)));
                    }
                }
            }
            return new RunInfo(
                    head.executionId(),
                    head.instanceId(),
                    head.job(),
                    head.status(),
                    head.exitCode(),
                    head.started(),
                    head.ended(),
                    head.outputDir(),
                    head.exitMessage(),
                    parameters,
                    steps);
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /**
     * Asks a running execution to stop at its next chunk boundary. A run marked STARTED whose process is
     * gone cannot stop: the lock tells them apart, and the message says to recover it instead.
     */
    public RunInfo stop(long executionId) {
        RunInfo run = show(executionId);
        if (!isRunning(run.status())) {
            throw XiaoquException.usage("run " + executionId + " is " + run.status() + ", not running");
        }
        if (lockIsFree()) {
            throw XiaoquException.usage("run " + executionId + " is marked " + run.status()
                    + " but no process is running it (it was killed); use `xiaoqu jobs recover`, then restart it");
        }
        StopRequests.requestStop(store, executionId);
        return show(executionId);
    }

    /** Marks a stopped or failed execution ABANDONED: it will never be restarted. */
    public RunInfo abandon(long executionId) {
        RunInfo run = show(executionId);
        try (StoreLock lock = StoreLock.acquire(store, "jobs-abandon");
                BatchContext context = BatchContext.open(store, List.of())) {
            if (run.status().equals(BatchStatus.COMPLETED.name())) {
                throw XiaoquException.usage(
                        "run " + executionId + " completed; only a stopped or failed run can be abandoned");
            }
            JobExecution execution = context.jobRepository().getJobExecution(executionId);
            if (execution != null && execution.isRunning()) {
                context.jobOperator().recover(execution);
            }
            context.jobOperator().abandon(executionId);
        } catch (XiaoquException e) {
            throw e;
        } catch (Exception e) {
            throw new XiaoquException(ExitCode.FAILED, "cannot abandon run " + executionId + ": " + e.getMessage(), e);
        }
        return show(executionId);
    }

    /** Marks every run left STARTED by a killed process FAILED (restartable); returns their ids. */
    public List<Long> recover() {
        try (StoreLock lock = StoreLock.acquire(store, "jobs-recover");
                BatchContext context = BatchContext.open(store, List.of())) {
            return StaleRuns.recover(context.jobRepository(), context.jobOperator());
        }
    }

    private boolean lockIsFree() {
        try (StoreLock lock = StoreLock.acquire(store, "jobs-stop")) {
            return true;
        } catch (XiaoquException e) {
            if (e.exitCode() == ExitCode.LOCKED) {
                return false;
            }
            throw e;
        }
    }

    private static boolean isRunning(String status) {
        return status.equals("STARTED") || status.equals("STARTING") || status.equals("STOPPING");
    }

    private static RunInfo row(ResultSet rs, Map<String, String> parameters, List<RunInfo.Step> steps)
            throws SQLException {
        return new RunInfo(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                time(rs, 6),
                time(rs, 7),
                rs.getString(8),
                emptyToNull(rs.getString(9)),
                parameters,
                steps);
    }

    private static @Nullable LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime().withNano(0);
    }

    private static @Nullable String emptyToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static XiaoquException noSuchRun(long executionId) {
        return XiaoquException.usage("there is no run " + executionId + " (see `xiaoqu jobs list`)");
    }

    private static XiaoquException readFailure(SQLException e) {
        return new XiaoquException(ExitCode.FAILED, "cannot read the job repository: " + e.getMessage(), e);
    }
}
