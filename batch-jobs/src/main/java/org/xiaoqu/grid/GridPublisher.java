package org.xiaoqu.grid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.batch.core.step.StepExecution;
import org.xiaoqu.grid.internal.Attempts;
import org.xiaoqu.grid.internal.Prepare;
import org.xiaoqu.grid.internal.Publish;
import org.xiaoqu.grid.report.GridReport;
import org.xiaoqu.grid.report.GridReportData;
import org.xiaoqu.report.ReportLang;
import org.xiaoqu.run.JobRunner;
import org.xiaoqu.run.Progress;

/**
 * The publish step: {@link Publish}, then summary.json and report.html, the run's counts. The store's rows are
 * committed last, in one transaction with an earlier attempt's replacement ({@link Attempts}), once every file of
 * the run folder is written: the store holds all of a run or none of it.
 */
final class GridPublisher {
    static final String STEP = "publish";

    private final DataSource dataSource;
    private final StepExecution step;
    private final Path work;
    private final Progress progress;

    GridPublisher(DataSource dataSource, StepExecution step, Path work, Progress progress) {
        this.dataSource = dataSource;
        this.step = step;
        this.work = work;
        this.progress = progress;
    }

    void run() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException gone) {
                    e.addSuppressed(gone); // the database drops an unfinished transaction with the session anyway
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("grid merge: cannot write to the store: " + e.getMessage(), e);
        }
        // once more now that the run is in the store (GridRestartIT fails the step here, as a SIGKILL could)
        List<String> districts = Prepare.districts(work);
        progress.update(GridMergeJobConfiguration.JOB, STEP, districts.size(), districts.size(), "districts");
    }

    @SuppressWarnings("unchecked")
    private void run(Connection connection) throws SQLException {
        var job = step.getJobExecution();
        var p = job.getJobParameters();
        Path out = Path.of(p.getString(JobRunner.OUTPUT_DIR));
        String base = p.getString(GridMergeParameters.BASE);
        List<GridSource> sources = GridMergeParameters.sources(p);
        long runId = job.getId();
        Attempts.replace(connection, runId, job.getJobInstance().getInstanceId());
        Publish publish = new Publish(work, out, runId, base);
        List<String> districts = Prepare.districts(work);
        Long previous = publish.run(
                connection,
                districts,
                Prepare.cells(sources, dataSource),
                n -> progress.update(GridMergeJobConfiguration.JOB, STEP, n, districts.size(), "districts"));
        Map<String, Long> c = publish.counts();
        Map<String, Long> events = new TreeMap<>();
        publish.events().forEach(e -> events.merge(e.event(), 1L, Long::sum));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("records", c.getOrDefault("records", 0L));
        counts.put("buildings", c.getOrDefault("buildings", 0L));
        counts.put("linked", c.getOrDefault("linked", 0L));
        counts.put("review", c.getOrDefault("review", 0L));
        counts.put("unmatched", c.getOrDefault("unmatched", 0L));
        counts.put("conflicts", (long) publish.conflicts().size());
        counts.put("idsNew", events.getOrDefault("NEW", previous == null ? c.getOrDefault("buildings", 0L) : 0L));
        counts.put("idsRetired", events.getOrDefault("RETIRE", 0L));
        counts.put("idsMerged", events.getOrDefault("MERGE", 0L));
        counts.put("idsSplit", events.getOrDefault("SPLIT", 0L));
        counts.put("idsRenamed", events.getOrDefault("RENAME", 0L));
        Object prepared = job.getExecutionContext().get("grid.prepare");
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job", GridMergeJobConfiguration.JOB);
        summary.put("run", runId);
        summary.put("previousRun", previous);
        summary.put("baseDepartment", base);
        summary.put("counts", counts);
        summary.put("districtResolution", prepared);
        summary.put("idChanges", events);
        Map<String, Object> depts = new TreeMap<>();
        publish.departments().forEach((d, v) -> {
            // in this order in every JVM: Map.of iterates in an order salted per process
            Map<String, Object> rates = new LinkedHashMap<>();
            rates.put("records", v[0]);
            rates.put("linkedAcross", v[1]);
            rates.put("review", v[2]);
            rates.put("unmatched", v[3]);
            depts.put(d, rates);
        });
        summary.put("departments", depts);
        Map<String, Long> kinds = new TreeMap<>();
        publish.conflicts().forEach(k -> kinds.merge(k[0], 1L, Long::sum));
        summary.put("conflictsByKind", kinds);
        summary.put("idFormat", "UB + 6-digit district code + 7-digit sequence of that district, never reused");
        try {
            new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(out.resolve("summary.json").toFile(), summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReportLang lang = "zh".equalsIgnoreCase(p.getString(GridMergeParameters.LANG)) ? ReportLang.ZH : ReportLang.EN;
        report(out, runId, base, c, events, publish, previous == null, lang);
        if (Boolean.parseBoolean(p.getString(GridMergeParameters.EXCEL))) {
            GridExcel.write(out, lang);
        }
        job.getExecutionContext().put(JobRunner.COUNTS, counts);
        List<String> messages = new ArrayList<>();
        if (previous != null) {
            messages.add("ids carried forward from run " + previous + ": " + events);
        }
        job.getExecutionContext().put(JobRunner.MESSAGES, messages);
    }

    private static void report(
            Path out,
            long runId,
            String base,
            Map<String, Long> c,
            Map<String, Long> events,
            Publish publish,
            boolean first,
            ReportLang lang) {
        List<GridReportData.DepartmentRate> rates = new ArrayList<>();
        publish.departments()
                .forEach((d, v) -> rates.add(new GridReportData.DepartmentRate(d, v[0], v[1], v[2], v[3])));
        Map<String, Long> kinds = new TreeMap<>();
        publish.conflicts().forEach(k -> kinds.merge(k[0], 1L, Long::sum));
        List<GridReportData.KindCount> byKind = new ArrayList<>();
        kinds.forEach((k, n) -> byKind.add(new GridReportData.KindCount(k, n)));
        List<GridReportData.CrosswalkRow> crosswalk = new ArrayList<>();
        publish.gridCrosswalk().forEach((k, m) -> {
            int total = m.values().stream().mapToInt(Integer::intValue).sum();
            String[] dg = k.split("\u0001", 2);
            m.forEach((u, n) -> crosswalk.add(new GridReportData.CrosswalkRow(dg[0], dg[1], u, n, (double) n / total)));
        });
        List<GridReportData.IdChange> changes = new ArrayList<>();
        publish.events().stream()
                .limit(GridReportData.CONFLICT_ROWS_SHOWN)
                .forEach(e -> changes.add(new GridReportData.IdChange(
                        e.event(),
                        e.oldIds().isEmpty() ? e.newIds().get(0) : e.oldIds().get(0),
                        e.oldIds().isEmpty() ? List.of() : e.newIds(),
                        e.detail())));
        List<GridReportData.ConflictRow> conflicts = new ArrayList<>();
        publish.conflicts().stream()
                .limit(GridReportData.CONFLICT_ROWS_SHOWN)
                .forEach(k -> conflicts.add(new GridReportData.ConflictRow(
                        k[0], k[1].isEmpty() ? null : k[1], List.of(k[2].split(";")), k[3])));
        GridReportData data = new GridReportData(
                runId,
                Instant.now(),
                base,
                new GridReportData.Summary(
                        c.getOrDefault("records", 0L),
                        c.getOrDefault("buildings", 0L),
                        c.getOrDefault("linked", 0L),
                        c.getOrDefault("review", 0L),
                        c.getOrDefault("unmatched", 0L),
                        publish.conflicts().size(),
                        0,
                        first,
                        events.getOrDefault("NEW", first ? c.getOrDefault("buildings", 0L) : 0L),
                        0,
                        events.getOrDefault("RETIRE", 0L),
                        events.getOrDefault("MERGE", 0L),
                        events.getOrDefault("SPLIT", 0L)),
                rates,
                byKind,
                crosswalk,
                changes,
                conflicts);
        GridReport.write(out.resolve("report.html"), data, lang);
    }
}
