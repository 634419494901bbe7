package org.xiaoqu.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.run.JobRunner;
import org.xiaoqu.source.Problem;
import org.xiaoqu.source.RejectsCsvWriter;
import org.xiaoqu.store.Dialect;

/**
 * Counts the whole load from the store (whatever restarts happened), then either publishes it —
 * switching the source's active load for its business date in this step's one transaction — or,
 * over the reject budget, marks it REJECTED and publishes nothing. Writes rejects.csv and summary.json.
 */
final class PublishTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final DataSource dataSource;
    private final Dialect dialect;
    private final SourceFiles source;

    PublishTasklet(DataSource dataSource, Dialect dialect, SourceFiles source) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.source = source;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long loadId = job.getExecutionContext().getLong(ImportJobConfiguration.LOAD_ID);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        StagingTable table = StagingTable.of(source.kind());
        // one pass over the load's rows for both counts: at millions of rows each pass is seconds
        long[] staged = jdbc.queryForObject(
                "SELECT COUNT(*), COUNT(WARNINGS) FROM " + table.name() + " WHERE LOAD_ID = ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                loadId);
        long valid = staged == null ? 0 : staged[0];
        long warned = staged == null ? 0 : staged[1];
        long rejected = count(jdbc, "SELECT COUNT(*) FROM XQ_REJECT WHERE LOAD_ID = ?", loadId);
        long read = valid + rejected;
        LoadRegistry registry = new LoadRegistry(dataSource, dialect);
        registry.counts(loadId, read, valid, rejected, warned);

        List<String> messages = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<String> notes = (List<String>) job.getExecutionContext().get(SourceItemReader.NOTES);
        if (notes != null) {
            notes.forEach(n -> messages.add(source.id() + ": " + n));
        }
        ExitCode outcome;
        Long replaced = null;
        boolean overBudget = source.specs().get(0).budget().exceeded(rejected, read);
        if (overBudget) {
            String why = source.id() + ": " + rejected + " of " + read + " rows rejected, over the budget (" + budget()
                    + "); nothing of this source was published (load " + loadId + " REJECTED)";
            registry.reject(loadId, why);
            jdbc.update("DELETE FROM " + table.name() + " WHERE LOAD_ID = ?", loadId);
            messages.add(why);
            outcome = ExitCode.INPUT_REJECTED;
        } else {
            Optional<LoadRegistry.Load> previous = registry.publish(loadId);
            replaced = previous.map(LoadRegistry.Load::id).orElse(null);
            previous.ifPresent(p -> messages.add(source.id() + ": published load " + loadId + " for "
                    + source.businessDate() + ", replacing load " + p.id() + " (imported " + p.createdAt() + ", "
                    + p.valid() + " rows)"));
            outcome = rejected > 0 ? ExitCode.REJECTS_WITHIN_BUDGET : ExitCode.OK;
            if (rejected > 0) {
                messages.add(source.id() + ": " + rejected + " of " + read + " rows rejected (within the budget, "
                        + budget() + ")");
            }
        }

        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("source", source.id());
        counts.put("load", loadId);
        counts.put("read", read);
        counts.put("valid", valid);
        counts.put("rejected", rejected);
        counts.put("warned", warned);
        job.getExecutionContext().put(JobRunner.COUNTS, counts);
        job.getExecutionContext().put(JobRunner.MESSAGES, messages);
        writeOutputs(job, jdbc, loadId, counts, outcome, replaced, messages);
        log.info(
                "{}: load {} {} — read {}, valid {}, rejected {}, warned {}",
                source.id(),
                loadId,
                overBudget ? "REJECTED" : "PUBLISHED",
                read,
                valid,
                rejected,
                warned);
        contribution.setExitStatus(outcome == ExitCode.OK ? ExitStatus.COMPLETED : new ExitStatus(outcome.name()));
        return RepeatStatus.FINISHED;
    }

    private String budget() {
        var b = source.specs().get(0).budget();
        // both limits apply when both are set: name both, or a message "at most 5 rows" would explain a
        // rejection of 3 rows that the share of rows caused
        String share = "at most " + (b.maxRejectRatio() * 100) + "% of rows";
        if (b.maxRejects() == null) {
            return share;
        }
        String rows = "at most " + b.maxRejects() + " rows";
        return b.maxRejectRatio() >= Sources.NO_RATIO ? rows : rows + " and " + share;
    }

    private void writeOutputs(
            JobExecution job,
            JdbcTemplate jdbc,
            long loadId,
            Map<String, Object> counts,
            ExitCode outcome,
            @Nullable Long replaced,
            List<String> messages)
            throws Exception {
        String dir = job.getJobParameters().getString(JobRunner.OUTPUT_DIR);
        if (dir == null) {
            return;
        }
        Path out = Path.of(dir);
        Files.createDirectories(out);
        try (RejectsCsvWriter rejects = RejectsCsvWriter.open(out.resolve("rejects.csv"))) {
            jdbc.query(
                    "SELECT FILE_NAME, LINE, COL, FIELD, CELL, REASON FROM XQ_REJECT WHERE LOAD_ID = ?"
                            + " ORDER BY FILE_NAME, LINE",
                    rs -> {
                        rejects.write(new Problem(
                                rs.getString(1),
                                rs.getLong(2),
                                rs.getInt(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                Problem.Severity.REJECT));
                    },
                    loadId);
        }
        Map<String, Object> summary = new LinkedHashMap<>(counts);
        summary.put("businessDate", source.businessDate().toString());
        summary.put("checksum", source.checksum());
        summary.put("files", source.files().stream().map(Path::toString).toList());
        summary.put("outcome", outcome.name());
        summary.put("exitCode", outcome.code());
        summary.put("replacedLoad", replaced);
        summary.put("messages", messages);
        JSON.writeValue(out.resolve("summary.json").toFile(), summary);
    }

    private static long count(JdbcTemplate jdbc, String sql, long loadId) {
        Long n = jdbc.queryForObject(sql, Long.class, loadId);
        return n == null ? 0 : n;
    }
}
