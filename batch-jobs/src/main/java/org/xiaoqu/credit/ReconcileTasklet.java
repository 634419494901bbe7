package org.xiaoqu.credit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.xiaoqu.imports.SourceFiles;
import org.xiaoqu.imports.Sources;
import org.xiaoqu.report.ReportLang;
import org.xiaoqu.run.JobRunner;
import org.xiaoqu.schemas.CreditDiscrepancy;
import org.xiaoqu.store.Dialect;

/**
 * Reads every credit source, reconciles them against the ledger, scores the reconciled ledger, writes
 * discrepancies.csv, ledger.csv, scores.csv and summary.json into the run's folder and the same rows into the store.
 */
final class ReconcileTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(ReconcileTasklet.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Rows per class kept as a sample in summary.json. */
    static final int SAMPLE = 5;

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
        List<CreditRecord> records = new ArrayList<>();
        Map<String, Object> perSource = new LinkedHashMap<>();
        Map<String, Object> notes = new LinkedHashMap<>();
        long rejected = 0;
        for (String id : settings.precedence()) {
            SourceFiles files = Sources.resolve(config, config.source(id).orElseThrow(), Sources.BudgetOverride.NONE);
            long[] rr = CreditSources.read(files, records::add, notes);
            rejected += rr[1];
            perSource.put(id, Map.of("read", rr[0], "rejected", rr[1]));
        }
        Reconciler.Result result = new Reconciler(settings, asOf, scheme).reconcile(records);
        long recordCount = records.size();
        records.clear(); // the outputs hold no record: let them go before the tables are written
        CreditStore store = new CreditStore(dataSource, dialect);
        List<Scorer.Score> scores = new Scorer(scheme, asOf).score(result.ledger(), store.previous(job.getId()));
        // rows are built as they are written, never all at once
        Iterable<List<Object>> discrepancyRows = CreditOutputs.rows(result.discrepancies(), CreditOutputs::row);
        Iterable<List<Object>> ledgerRows = CreditOutputs.rows(result.ledger(), CreditOutputs::row);
        Iterable<List<Object>> scoreRows = CreditOutputs.rows(scores, CreditOutputs::row);
        store.save(job.getId(), discrepancyRows, ledgerRows, scoreRows);

        Map<CreditDiscrepancy, Long> byClass = new EnumMap<>(CreditDiscrepancy.class);
        for (CreditDiscrepancy c : CreditDiscrepancy.values()) {
            byClass.put(c, 0L);
        }
        Map<String, Map<String, Long>> bySource = new TreeMap<>();
        Map<String, Long> byField = new TreeMap<>();
        Map<String, List<List<Object>>> sample = new LinkedHashMap<>();
        for (Discrepancy d : result.discrepancies()) {
            byClass.merge(d.kind(), 1L, Long::sum);
            bySource.computeIfAbsent(d.source(), k -> new TreeMap<>())
                    .merge(d.kind().name(), 1L, Long::sum);
            if (!d.field().isEmpty()) {
                byField.merge(d.field(), 1L, Long::sum);
            }
            List<List<Object>> s = sample.computeIfAbsent(d.kind().name(), k -> new ArrayList<>());
            if (s.size() < SAMPLE) {
                s.add(new ArrayList<>(CreditOutputs.row(d)));
            }
        }
        List<String> gradeOrder =
                scheme.grades().stream().map(CreditScheme.Band::grade).toList();
        Map<String, Long> grades = new LinkedHashMap<>();
        gradeOrder.forEach(g -> grades.put(g, 0L));
        scores.forEach(s -> grades.merge(s.grade(), 1L, Long::sum));
        long total = result.discrepancies().size();
        ExitCode exit = total > 0 && parameters.failOnDiscrepancies()
                ? ExitCode.REVIEW_NEEDED
                : rejected > 0 ? ExitCode.REJECTS_WITHIN_BUDGET : ExitCode.OK;

        Path out = Path.of(job.getJobParameters().getString(JobRunner.OUTPUT_DIR));
        Files.createDirectories(out);
        long limit = parameters.maxRows() == null ? Long.MAX_VALUE : parameters.maxRows();
        Iterable<List<Object>> shown = CreditOutputs.rows(
                result.discrepancies()
                        .subList(0, (int) Math.min(limit, result.discrepancies().size())),
                CreditOutputs::row);
        CreditOutputs.csv(out.resolve(CreditOutputs.DISCREPANCIES), CreditOutputs.DISCREPANCY_SCHEMA, shown);
        CreditOutputs.csv(out.resolve(CreditOutputs.LEDGER), CreditOutputs.LEDGER_SCHEMA, ledgerRows);
        CreditOutputs.csv(out.resolve(CreditOutputs.SCORES), CreditOutputs.SCORE_SCHEMA, scoreRows);
        ReportLang lang = ReportLang.of(parameters.lang());
        if (parameters.excel()) {
            CreditOutputs.forPeople(out, lang, shown, ledgerRows, scoreRows);
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("records", (long) recordCount);
        counts.put("rejected", rejected);
        counts.put("unresolved", result.unresolved());
        counts.put("events", (long) result.ledger().size());
        counts.put("enterprises", (long) scores.size());
        counts.put("discrepancies", total);
        byClass.forEach((c, n) -> counts.put(c.name(), n));
        List<String> messages = new ArrayList<>();
        if (limit < total) {
            messages.add("discrepancies.csv holds the first " + limit + " of " + total + " rows (--max-rows)");
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job", CreditReconcileJobConfiguration.JOB);
        summary.put("asOf", asOf.toString());
        summary.put("exitCode", exit.code());
        summary.put("counts", counts);
        summary.put("bySource", bySource);
        summary.put("sources", perSource);
        summary.put("fieldMismatches", byField);
        summary.put("grades", grades);
        summary.put("sample", sample);
        summary.put("notes", notes);
        summary.put("messages", messages);
        JSON.writeValue(out.resolve("summary.json").toFile(), summary);
        Instant started = job.getStartTime() == null
                ? Instant.EPOCH
                : job.getStartTime().atZone(ZoneId.systemDefault()).toInstant();
        CreditReport.write(
                out.resolve("report.html"), lang, started, asOf, job.getId(), counts, result, scores, gradeOrder);

        job.getExecutionContext().put(JobRunner.COUNTS, counts);
        job.getExecutionContext().put(JobRunner.MESSAGES, messages);
        log.info(
                "credit reconcile: {} records, {} events, {} enterprises, {} discrepancies {}",
                recordCount,
                result.ledger().size(),
                scores.size(),
                total,
                byClass);
        contribution.setExitStatus(exit == ExitCode.OK ? ExitStatus.COMPLETED : new ExitStatus(exit.name()));
        return RepeatStatus.FINISHED;
    }
}
