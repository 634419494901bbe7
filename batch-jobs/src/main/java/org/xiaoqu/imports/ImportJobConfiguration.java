package org.xiaoqu.imports;

import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.xiaoqu.run.JobDefinition;
import org.xiaoqu.run.Progress;
import org.xiaoqu.source.RowResult;
import org.xiaoqu.store.Dialect;

/**
 * The {@value #JOB} job: {@code register} a load, {@code stage} the file's rows in chunks, {@code
 * publish} the load (or reject it whole when over budget).
 */
@Configuration(proxyBeanMethods = false)
public class ImportJobConfiguration {
    public static final String JOB = "import";
    static final String LOAD_ID = "import.load.id";
    /** Rows per chunk: one COPY (or batch) and one commit each. */
    static final int CHUNK = 10_000;

    /** Registers the job for {@code jobs restart}. */
    public static final class Definition implements JobDefinition {
        @Override
        public String jobName() {
            return JOB;
        }

        @Override
        public Class<?> configuration() {
            return ImportJobConfiguration.class;
        }
    }

    @Bean
    Job importJob(JobRepository jobRepository, Step importRegister, Step importStage, Step importPublish) {
        return new JobBuilder(JOB, jobRepository)
                .start(importRegister)
                .next(importStage)
                .next(importPublish)
                .build();
    }

    @Bean
    Step importRegister(
            JobRepository jobRepository, PlatformTransactionManager tx, DataSource dataSource, Dialect dialect) {
        return new StepBuilder("register", jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            var job = chunk.getStepContext().getStepExecution().getJobExecution();
                            long loadId = new LoadRegistry(dataSource, dialect)
                                    .register(ImportParameters.source(job.getJobParameters()), job.getId());
                            job.getExecutionContext().putLong(LOAD_ID, loadId);
                            return RepeatStatus.FINISHED;
                        },
                        tx)
                .build();
    }

    @Bean
    Step importStage(
            JobRepository jobRepository, PlatformTransactionManager tx, StagingWriter importWriter, Progress progress) {
        StageReader importReader = new StageReader(CHUNK);
        return new StepBuilder("stage", jobRepository)
                .<RowResult, RowResult>chunk(CHUNK)
                .transactionManager(tx)
                .reader(importReader)
                .writer(importWriter)
                .listener(importReader)
                .listener(new ChunkListener<RowResult, RowResult>() {
                    @Override
                    public void afterChunk(Chunk<RowResult> chunk) {
                        progress.update(JOB, importWriter.source(), importWriter.rowsRead());
                    }
                })
                .build();
    }

    @Bean
    @StepScope
    StagingWriter importWriter(
            DataSource dataSource,
            Dialect dialect,
            @Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters,
            @Value("#{jobExecutionContext['" + LOAD_ID + "']}") Long loadId) {
        SourceFiles source = ImportParameters.source(parameters);
        return new StagingWriter(dataSource, dialect, StagingTable.of(source.kind()), loadId, source.id());
    }

    @Bean
    Step importPublish(JobRepository jobRepository, PlatformTransactionManager tx, Tasklet importPublisher) {
        return new StepBuilder("publish", jobRepository)
                .tasklet(importPublisher, tx)
                .build();
    }

    @Bean
    @StepScope
    Tasklet importPublisher(
            DataSource dataSource,
            Dialect dialect,
            @Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters) {
        return new PublishTasklet(dataSource, dialect, ImportParameters.source(parameters));
    }
}
