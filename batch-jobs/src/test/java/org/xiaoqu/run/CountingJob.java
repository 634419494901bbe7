package org.xiaoqu.run;

import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A small real job for testing job control: counts 1..N into a table whose primary key would reject a
 * row written twice, slowly enough (a pause per chunk) to be killed or stopped in the middle. Its reader
 * keeps its position in the step's execution context, committed with each chunk, so a restart resumes.
 */
@Configuration(proxyBeanMethods = false)
public class CountingJob {
    public static final String NAME = "test-counting";

    /** Registers the job for {@code jobs restart}. */
    public static final class Definition implements JobDefinition {
        @Override
        public String jobName() {
            return NAME;
        }

        @Override
        public Class<?> configuration() {
            return CountingJob.class;
        }
    }

    @Bean
    Job job(JobRepository jobRepository, Step createTable, Step countStep) {
        return new JobBuilder(NAME, jobRepository)
                .start(createTable)
                .next(countStep)
                .build();
    }

    @Bean
    Step createTable(JobRepository jobRepository, PlatformTransactionManager tx, DataSource dataSource) {
        return new StepBuilder("create-table", jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            new JdbcTemplate(dataSource)
                                    .execute("CREATE TABLE IF NOT EXISTS XQ_TEST_COUNT (N BIGINT PRIMARY KEY)");
                            return RepeatStatus.FINISHED;
                        },
                        tx)
                .build();
    }

    @Bean
    Step countStep(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            DataSource dataSource,
            ItemStreamReader<Long> counter) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return new StepBuilder("count", jobRepository)
                .<Long, Long>chunk(10)
                .transactionManager(tx)
                .reader(counter)
                .writer(chunk -> jdbc.batchUpdate(
                        "INSERT INTO XQ_TEST_COUNT (N) VALUES (?)",
                        chunk.getItems().stream().map(n -> new Object[] {n}).toList()))
                .build();
    }

    @Bean
    @StepScope
    ItemStreamReader<Long> counter(
            @Value("#{jobParameters['count']}") Long count, @Value("#{jobParameters['pauseMillis']}") Long pause) {
        return new ItemStreamReader<>() {
            private long next = 1;

            @Override
            public void open(ExecutionContext context) {
                next = context.getLong("next", 1L);
            }

            @Override
            public void update(ExecutionContext context) {
                context.putLong("next", next);
            }

            @Override
            public Long read() throws InterruptedException {
                if (next > count) {
                    return null;
                }
                if (next % 10 == 1 && pause > 0) {
                    Thread.sleep(pause);
                }
                return next++;
            }
        };
    }
}
