package org.xiaoqu.survey;

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
import org.xiaoqu.report.ReportLang;
import org.xiaoqu.run.JobDefinition;
import org.xiaoqu.run.JobRunner;
import org.xiaoqu.store.Dialect;

/**
 * The {@value #JOB} job: one step, {@code aggregate}, reading each form and its responses, writing
 * indicator-values.csv (the {@code indicator-value} input kind) and the figures behind it, and storing both
 * under the run's id (rewritten whole on a restart).
 */
@Configuration(proxyBeanMethods = false)
public class SurveyJobConfiguration {
    public static final String JOB = "survey-aggregate";
    static final String FORMS = "survey.forms";
    static final String CHECKSUMS = "survey.checksums";
    static final String LANG = "survey.lang";
    static final String EXCEL = "survey.excel";

    /** Registers the job for {@code jobs restart}. */
    public static final class Definition implements JobDefinition {
        @Override
        public String jobName() {
            return JOB;
        }

        @Override
        public Class<?> configuration() {
            return SurveyJobConfiguration.class;
        }
    }

    @Bean
    Job surveyJob(JobRepository jobRepository, Step surveyAggregate) {
        return new JobBuilder(JOB, jobRepository).start(surveyAggregate).build();
    }

    @Bean
    Step surveyAggregate(
            JobRepository jobRepository, PlatformTransactionManager tx, DataSource dataSource, Dialect dialect) {
        return new StepBuilder("aggregate", jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            var step = chunk.getStepContext().getStepExecution();
                            var job = step.getJobExecution();
                            JobParameters p = job.getJobParameters();
                            List<SurveyAggregate> all = new ArrayList<>();
                            long responses = 0;
                            for (String f : p.getString(FORMS).split("\n")) {
                                Path formFile = Path.of(f);
                                SurveyForm form = SurveyForm.read(formFile);
                                List<SurveyResponse> rs =
                                        SurveyResponse.read(SurveyRunner.responses(formFile, form), form);
                                responses += rs.size();
                                all.add(SurveyAggregate.of(form, rs));
                            }
                            Path dir = Path.of(p.getString(JobRunner.OUTPUT_DIR));
                            SurveyOutputs.write(
                                    all,
                                    ReportLang.of(p.getString(LANG, "zh")),
                                    Boolean.parseBoolean(p.getString(EXCEL)),
                                    dir);
                            SurveyOutputs.store(all, dataSource, dialect, job.getId());
                            Map<String, Object> counts = new LinkedHashMap<>();
                            counts.put("forms", all.size());
                            counts.put("responses", responses);
                            counts.put(
                                    "values",
                                    all.stream()
                                            .mapToLong(a -> a.entities().stream()
                                                    .filter(e -> e.value() != null)
                                                    .count())
                                            .sum());
                            counts.put(
                                    "belowMinimum",
                                    all.stream()
                                            .mapToLong(a -> a.entities().stream()
                                                    .filter(e -> e.value() == null)
                                                    .count())
                                            .sum());
                            job.getExecutionContext().put(JobRunner.COUNTS, counts);
                            job.getExecutionContext()
                                    .put(
                                            JobRunner.MESSAGES,
                                            List.of("indicator values for xiaoqu rank: indicator-values.csv in"
                                                    + " the run's folder (import it as a source of kind"
                                                    + " indicator-value)"));
                            step.setReadCount((int) responses);
                            return RepeatStatus.FINISHED;
                        },
                        tx)
                .build();
    }
}
