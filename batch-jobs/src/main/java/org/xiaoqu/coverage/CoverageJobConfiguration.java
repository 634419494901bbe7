package org.xiaoqu.coverage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.report.ReportLang;
import org.xiaoqu.run.JobDefinition;
import org.xiaoqu.run.JobRunner;
import org.xiaoqu.store.Dialect;

/**
 * The {@value #JOB} job: one step, {@code coverage}, reading the published estate register (and the latest
 * grid-merge run when there is one), computing the shares per area against the previous run, writing the run's
 * files and storing the rows under the run's id (rewritten whole on a restart).
 */
@Configuration(proxyBeanMethods = false)
public class CoverageJobConfiguration {
    public static final String JOB = "coverage";
    static final String ESTATE_LOADS = "coverage.estate.loads";
    static final String GRID_RUN = "coverage.grid.run";
    static final String TARGETS = "coverage.targets";
    static final String LANG = "coverage.lang";
    static final String EXCEL = "coverage.excel";

    /** Registers the job for {@code jobs restart}. */
    public static final class Definition implements JobDefinition {
        @Override
        public String jobName() {
            return JOB;
        }

        @Override
        public Class<?> configuration() {
            return CoverageJobConfiguration.class;
        }
    }

    @Bean
    Job coverageJob(JobRepository jobRepository, Step coverageStep) {
        return new JobBuilder(JOB, jobRepository).start(coverageStep).build();
    }

    @Bean
    Step coverageStep(
            JobRepository jobRepository, PlatformTransactionManager tx, DataSource dataSource, Dialect dialect) {
        return new StepBuilder("coverage", jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            var step = chunk.getStepContext().getStepExecution();
                            var job = step.getJobExecution();
                            JobParameters p = job.getJobParameters();
                            CoverageTargets targets = CoverageTargets.parse(p.getString(TARGETS));
                            List<CoverageEstate> estates = new ArrayList<>(CoverageInputs.register(dataSource));
                            if (estates.isEmpty()) {
                                throw new XiaoquException(
                                        ExitCode.USAGE,
                                        "no estate register in the store: import a source of kind estate first"
                                                + " (xiaoqu import)");
                            }
                            int registered = estates.size();
                            CoverageInputs.GridRun grid = CoverageInputs.latestGridRun(dataSource);
                            String note = null;
                            if (grid != null) {
                                List<CoverageEstate> extra = CoverageInputs.unregistered(dataSource, grid, estates);
                                estates.addAll(extra);
                                note = "grid-merge run " + grid.runId() + " (" + grid.table() + "): " + extra.size()
                                        + " estates the register lacks are counted as meeting no target";
                            }
                            var previous = CoverageInputs.previous(dataSource, job.getId());
                            CoverageResult r = CoverageCalculator.compute(
                                    estates, targets, previous.getValue(), previous.getKey());
                            ReportLang lang = ReportLang.of(p.getString(LANG, "zh"));
                            Path dir = Path.of(p.getString(JobRunner.OUTPUT_DIR));
                            CoverageOutputs.write(r, lang, Boolean.parseBoolean(p.getString(EXCEL)), dir, note);
                            CoverageOutputs.store(r, dataSource, dialect, job.getId());
                            Map<String, Object> counts = new LinkedHashMap<>();
                            counts.put("estates", registered);
                            counts.put("unregistered", estates.size() - registered);
                            counts.put(
                                    "areas",
                                    r.areas().stream()
                                            .map(a -> a.level() + a.code())
                                            .distinct()
                                            .count());
                            counts.put(
                                    "belowTarget",
                                    r.areas().stream()
                                            .filter(a -> Boolean.FALSE.equals(a.meetsTarget()))
                                            .count());
                            counts.put("missing", r.missing().size());
                            job.getExecutionContext().put(JobRunner.COUNTS, counts);
                            List<String> messages = new ArrayList<>();
                            if (note != null) {
                                messages.add(note);
                            } else {
                                messages.add("no grid-merge run in the store: estates placed by the register alone");
                            }
                            if (previous.getKey() != null) {
                                messages.add("trend against coverage run " + previous.getKey());
                            }
                            for (CoverageResult.Area a : r.areas()) {
                                if (a.level() == CoverageResult.Level.CITY && a.target() != null) {
                                    messages.add(a.name() + " " + a.indicator().key() + ": " + a.count() + "/"
                                            + a.qualifying() + " = " + a.sharePct() + "% (target "
                                            + a.target()
                                                    .movePointRight(2)
                                                    .stripTrailingZeros()
                                                    .toPlainString() + "%)"
                                            + (Boolean.TRUE.equals(a.meetsTarget()) ? "" : " below target"));
                                }
                            }
                            job.getExecutionContext().put(JobRunner.MESSAGES, messages);
                            step.setReadCount(estates.size());
                            step.setWriteCount(r.areas().size());
                            return RepeatStatus.FINISHED;
                        },
                        tx)
                .build();
    }
}
