package org.xiaoqu.grid;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.xiaoqu.grid.internal.Matching;
import org.xiaoqu.grid.internal.Prepare;
import org.xiaoqu.run.JobDefinition;
import org.xiaoqu.run.Progress;

/**
 * The {@value #JOB} job: {@code prepare} (read, parse, resolve districts, spill per district), {@code match}
 * (partitioned by district code, two local threads: each district's records matched to buildings), {@code
 * matchUnknown} (records of unknown district against every district), {@code publish} (cluster once, ids, grids,
 * outputs). Each step reports its progress (records prepared, districts matched and published of all). Work files
 * live in {@link GridWork}, so a restart finds them.
 */
@Configuration(proxyBeanMethods = false)
public class GridMergeJobConfiguration {
    public static final String JOB = "grid-merge";
    static final String DISTRICT = "grid.district";
    /** A match partition's name is this and its district code; the step execution is named {@code matchDistrict:} it. */
    static final String PARTITION = "district-";
    /** Local worker threads of the match step. */
    static final int THREADS = 2;

    private static final Object MATCHED = new Object();

    /** Registers the job for {@code jobs restart}. */
    public static final class Definition implements JobDefinition {
        @Override
        public String jobName() {
            return JOB;
        }

        @Override
        public Class<?> configuration() {
            return GridMergeJobConfiguration.class;
        }
    }

    @Bean
    Job gridMergeJob(
            JobRepository jobRepository, Step gridPrepare, Step gridMatch, Step gridMatchUnknown, Step gridPublish) {
        return new JobBuilder(JOB, jobRepository)
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution job) {
                        // only now: a restart of an unfinished run needs the files of the steps it skips
                        if (job.getStatus() == BatchStatus.COMPLETED) {
                            GridWork.delete(GridWork.of(jobRepository, job));
                        }
                    }
                })
                .start(gridPrepare)
                .next(gridMatch)
                .next(gridMatchUnknown)
                .next(gridPublish)
                .build();
    }

    @Bean
    Step gridPrepare(
            JobRepository jobRepository, PlatformTransactionManager tx, DataSource dataSource, Progress progress) {
        return new StepBuilder("prepare", jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            var step = chunk.getStepContext().getStepExecution();
                            JobParameters p = step.getJobExecution().getJobParameters();
                            Map<String, Long> counts = new Prepare(
                                            GridWork.of(jobRepository, step.getJobExecution()), dataSource)
                                    .run(
                                            GridMergeParameters.sources(p),
                                            n -> progress.update(JOB, "prepare", n, 0, "records"));
                            step.getJobExecution()
                                    .getExecutionContext()
                                    .put("grid.prepare", new LinkedHashMap<>(counts));
                            contribution.incrementWriteCount(counts.getOrDefault("records", 0L));
                            return RepeatStatus.FINISHED;
                        },
                        tx)
                .build();
    }

    @Bean
    Step gridMatch(JobRepository jobRepository, Partitioner gridDistricts, Step gridMatchDistrict) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("grid-match-");
        threads.setConcurrencyLimit(THREADS);
        return new StepBuilder("match", jobRepository)
                .partitioner("matchDistrict", gridDistricts)
                .step(gridMatchDistrict)
                .taskExecutor(threads)
                .gridSize(THREADS)
                .build();
    }

    /** One partition per district with records, keyed by its code. */
    @Bean
    @JobScope
    Partitioner gridDistricts(
            JobRepository jobRepository,
            @Value("#{jobExecution}") org.springframework.batch.core.job.JobExecution job) {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (String d : Prepare.districts(GridWork.of(jobRepository, job))) {
                ExecutionContext c = new ExecutionContext();
                c.putString(DISTRICT, d);
                partitions.put(PARTITION + d, c);
            }
            return partitions;
        };
    }

    @Bean
    Step gridMatchDistrict(JobRepository jobRepository, PlatformTransactionManager tx, Progress progress) {
        return new StepBuilder("matchDistrict", jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            var step = chunk.getStepContext().getStepExecution();
                            String d = district(step);
                            Path work = GridWork.of(jobRepository, step.getJobExecution());
                            contribution.incrementWriteCount(Matching.district(work, d));
                            // counted from the files, so that a restart reports the districts matched before it;
                            // counted and reported under one lock, so that the partitions' reports never go back
                            synchronized (MATCHED) {
                                progress.update(
                                        JOB,
                                        "match",
                                        Matching.matched(work),
                                        Prepare.districts(work).size(),
                                        "districts");
                            }
                            return RepeatStatus.FINISHED;
                        },
                        tx)
                .build();
    }

    /**
     * The district of a match partition, read from its step name rather than from its execution context: the name is
     * written with the partition's step execution row, the context by a later transaction of its own, and an H2 store
     * killed between the two (H2 persists committed transactions only at its next background write, up to a second
     * later) keeps the partition without it; the restart then gave the partition that empty context, and it failed.
     */
    static String district(StepExecution step) {
        String name = step.getStepName();
        return name.substring(name.lastIndexOf(PARTITION) + PARTITION.length());
    }

    @Bean
    Step gridMatchUnknown(JobRepository jobRepository, PlatformTransactionManager tx, Progress progress) {
        return new StepBuilder("matchUnknown", jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            var step = chunk.getStepContext().getStepExecution();
                            Path work = GridWork.of(jobRepository, step.getJobExecution());
                            contribution.incrementWriteCount(Matching.unknown(
                                    work,
                                    Prepare.districts(work),
                                    (n, total) -> progress.update(JOB, "matchUnknown", n, total, "records")));
                            return RepeatStatus.FINISHED;
                        },
                        tx)
                .build();
    }

    @Bean
    Step gridPublish(JobRepository jobRepository, PlatformTransactionManager tx, Tasklet gridPublisher) {
        return new StepBuilder(GridPublisher.STEP, jobRepository)
                .tasklet(gridPublisher, tx)
                .build();
    }

    @Bean
    @StepScope
    Tasklet gridPublisher(DataSource dataSource, JobRepository jobRepository, Progress progress) {
        return (contribution, chunk) -> {
            var step = chunk.getStepContext().getStepExecution();
            new GridPublisher(dataSource, step, GridWork.of(jobRepository, step.getJobExecution()), progress).run();
            return RepeatStatus.FINISHED;
        };
    }

    static List<String> names(List<GridSource> sources) {
        List<String> out = new ArrayList<>();
        sources.forEach(s -> out.add(s.id()));
        return out;
    }
}
