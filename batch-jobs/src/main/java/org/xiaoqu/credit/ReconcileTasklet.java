package org.xiaoqu.credit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.config.ConfigLoader;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.report.ReportLang;
import org.xiaoqu.run.JobRunner;
import org.xiaoqu.store.Dialect;

/**
 * Reads every credit source, reconciles them against the ledger, scores the reconciled ledger, writes
 * discrepancies.csv, ledger.csv, scores.csv and summary.json into the run's folder and the same rows into the store.
 */
final class ReconcileTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(ReconcileTasklet.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The folder of the run's spill files, inside its output folder; deleted when the step ends. */
    static final String WORK = ".work";

    private final DataSource dataSource;
    private final Dialect dialect;
    private final CreditParameters parameters;

    ReconcileTasklet(DataSource dataSource, Dialect dialect, CreditParameters parameters) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.parameters = parameters;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        JobExecution job = chunk.getStepContext().getStepExecution().getJobExecution();
        XiaoquConfig config = ConfigLoader.load(Path.of(parameters.config()));
        CreditSettings settings = CreditSettings.of(config);
        CreditScheme scheme = CreditScheme.load(settings.scheme());
        LocalDate asOf = parameters.asOf();
        Path out = Path.of(job.getJobParameters().getString(JobRunner.OUTPUT_DIR));
        Files.createDirectories(out);
        // spill files of this attempt, in its own output folder (JobRunner removes a killed attempt's folder)
        Path work = out.resolve(WORK);
        deleteTree(work);
        Files.createDirectories(work);
        try {
            return reconcile(contribution, job, config, settings, scheme, asOf, out, work);
        } finally {
            deleteTree(work);
        }
    }

    private RepeatStatus reconcile(
            StepContribution contribution,
            JobExecution job,
            XiaoquConfig config,
            CreditSettings settings,
            CreditScheme scheme,
            LocalDate asOf,
            Path out,
            Path work)
            throws Exception {
        CreditStore store = new CreditStore(dataSource, dialect);
        PartitionedReconcile run = new PartitionedReconcile(
                settings,
                new Reconciler(settings, asOf, scheme),
                new Scorer(scheme, asOf),
                store.previous(job.getId()),
                work,
                Runtime.getRuntime().availableProcessors(),
                PartitionedReconcile.PARTITION_RECORDS,
                PartitionedReconcile.MAX_PARTITIONS);
        PartitionedReconcile.Read read = run.read(config);
        long limit = parameters.maxRows() == null ? Long.MAX_VALUE : parameters.maxRows();
        ReportLang lang = ReportLang.of(parameters.lang());
        ReconcileWriter tables;
        try (ReconcileWriter w = new ReconcileWriter(
                store, job.getId(), out, work, limit, parameters.excel(), CreditReport.DRILL_DOWN)) {
            run.reconcile(read, w::accept);
            w.finish(out, lang);
            tables = w;
        }
        long rejected = read.rejected();
        List<Scorer.Score> scores = tables.scores();
        List<String> gradeOrder =
                scheme.grades().stream().map(CreditScheme.Band::grade).toList();
        Map<String, Long> grades = new LinkedHashMap<>();
        gradeOrder.forEach(g -> grades.put(g, 0L));
        scores.forEach(s -> grades.merge(s.grade(), 1L, Long::sum));
        long total = tables.discrepancies();
        ExitCode exit = total > 0 && parameters.failOnDiscrepancies()
                ? ExitCode.REVIEW_NEEDED
                : rejected > 0 ? ExitCode.REJECTS_WITHIN_BUDGET : ExitCode.OK;

        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("records", read.records());
        counts.put("rejected", rejected);
        counts.put("unresolved", tables.unresolved());
        counts.put("events", tables.events());
        counts.put("enterprises", (long) scores.size());
        counts.put("discrepancies", total);
        tables.byClass().forEach((c, n) -> counts.put(c.name(), n));
        List<String> messages = new ArrayList<>();
        if (limit < total) {
            messages.add("discrepancies.csv holds the first " + limit + " of " + total + " rows (--max-rows)");
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job", CreditReconcileJobConfiguration.JOB);
        summary.put("asOf", asOf.toString());
        summary.put("exitCode", exit.code());
        summary.put("counts", counts);
        summary.put("bySource", tables.bySource());
        summary.put("sources", read.perSource());
        summary.put("fieldMismatches", tables.byField());
        summary.put("grades", grades);
        summary.put("sample", tables.sample());
        summary.put("notes", read.notes());
        summary.put("messages", messages);
        JSON.writeValue(out.resolve("summary.json").toFile(), summary);
        Instant started = job.getStartTime() == null
                ? Instant.EPOCH
                : job.getStartTime().atZone(ZoneId.systemDefault()).toInstant();
        CreditReport.write(out.resolve("report.html"), lang, started, asOf, job.getId(), counts, tables, gradeOrder);

        job.getExecutionContext().put(JobRunner.COUNTS, counts);
        job.getExecutionContext().put(JobRunner.MESSAGES, messages);
        log.info(
                "credit reconcile: {} records, {} events, {} enterprises, {} discrepancies {}",
                read.records(),
                tables.events(),
                scores.size(),
                total,
                tables.byClass());
        contribution.setExitStatus(exit == ExitCode.OK ? ExitStatus.COMPLETED : new ExitStatus(exit.name()));
        return RepeatStatus.FINISHED;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
