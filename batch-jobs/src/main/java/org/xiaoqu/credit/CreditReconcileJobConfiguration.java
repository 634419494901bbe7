package org.xiaoqu.credit;

import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.xiaoqu.run.JobDefinition;
import org.xiaoqu.store.Dialect;

/** The {@value #JOB} job: one step that reads, reconciles, scores and writes ({@link ReconcileTasklet}). */
@Configuration(proxyBeanMethods = false)
public class CreditReconcileJobConfiguration {
    public static final String JOB = "credit-reconcile";
    static final String STEP = "reconcile";

    /** Registers the job for {@code jobs restart}. */
    public static final class Definition implements JobDefinition {
        @Override
        public String jobName() {
            return JOB;
        }

        @Override
        public Class<?> configuration() {
            return CreditReconcileJobConfiguration.class;
        }
    }

    @Bean
    Job creditReconcileJob(JobRepository jobRepository, Step creditReconcileStep) {
        return new JobBuilder(JOB, jobRepository).start(creditReconcileStep).build();
    }

    @Bean
    Step creditReconcileStep(
            JobRepository jobRepository, PlatformTransactionManager tx, Tasklet creditReconcileTasklet) {
        return new StepBuilder(STEP, jobRepository)
                .tasklet(creditReconcileTasklet, tx)
                .build();
    }

    @Bean
    @StepScope
    Tasklet creditReconcileTasklet(
            DataSource dataSource,
            Dialect dialect,
            @Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters) {
        return new ReconcileTasklet(dataSource, dialect, CreditParameters.of(parameters));
    }
}
