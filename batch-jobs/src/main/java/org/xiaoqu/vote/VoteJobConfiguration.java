package org.xiaoqu.vote;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.xiaoqu.run.JobDefinition;
import org.xiaoqu.run.JobRunner;
import org.xiaoqu.store.Dialect;

/**
 * The {@value #JOB} job: one step, {@code tally}, that reads the rules, the register and the ballots, tallies
 * them, writes the run's files and stores the outcomes and the audit under the run's id (rewritten whole on a
 * restart, so it is idempotent).
 */
@Configuration(proxyBeanMethods = false)
public class VoteJobConfiguration {
    public static final String JOB = "vote-tally";

    /** Registers the job for {@code jobs restart}. */
    public static final class Definition implements JobDefinition {
        @Override
        public String jobName() {
            return JOB;
        }

        @Override
        public Class<?> configuration() {
            return VoteJobConfiguration.class;
        }
    }

    @Bean
    Job voteJob(JobRepository jobRepository, Step voteTally) {
        return new JobBuilder(JOB, jobRepository).start(voteTally).build();
    }

    @Bean
    Step voteTally(JobRepository jobRepository, PlatformTransactionManager tx, DataSource dataSource, Dialect dialect) {
        return new StepBuilder("tally", jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            var step = chunk.getStepContext().getStepExecution();
                            var job = step.getJobExecution();
                            VoteRequest request = VoteParameters.request(job.getJobParameters());
                            VoteRules rules = VoteRulesReader.read(request.rules());
                            VoteTally t = VoteTally.of(
                                    rules, OwnerRegister.read(request.register()), Ballot.read(request.ballots()));
                            Path dir = Path.of(job.getJobParameters().getString(JobRunner.OUTPUT_DIR));
                            VoteOutputs.write(t, request, dir);
                            VoteOutputs.store(t, dataSource, dialect, job.getId());
                            Map<String, Object> counts = new LinkedHashMap<>();
                            counts.put("owners", t.register().owners());
                            counts.put("ballots", t.audit().size());
                            counts.put("counted", t.countsByStatus().get(BallotStatus.COUNTED));
                            counts.put(
                                    "notCounted",
                                    t.audit().size() - t.countsByStatus().get(BallotStatus.COUNTED));
                            counts.put("matters", t.outcomes().size());
                            counts.put(
                                    "passed",
                                    t.outcomes().stream()
                                            .filter(o -> o.result() == MatterOutcome.Result.PASSED)
                                            .count());
                            job.getExecutionContext().put(JobRunner.COUNTS, counts);
                            job.getExecutionContext().put(JobRunner.MESSAGES, List.copyOf(messages(t)));
                            step.setReadCount(t.audit().size());
                            step.setWriteCount(t.outcomes().size());
                            contribution.setExitStatus(ExitStatus.COMPLETED);
                            return RepeatStatus.FINISHED;
                        },
                        tx)
                .build();
    }

    /** One line per matter: {@code M1 (item 4): PASSED — participation 71.2% area, 70.8% owners; …}. */
    static List<String> messages(VoteTally t) {
        return t.outcomes().stream()
                .map(o -> o.rule().id() + " (art. 278 item " + o.rule().matter().item() + "): " + o.result()
                        + " — participation " + VoteOutputs.show(o.participationArea()) + " of the area, "
                        + VoteOutputs.show(o.participationOwners()) + " of the owners; approval "
                        + VoteOutputs.show(o.approvalArea()) + " of the area, " + VoteOutputs.show(o.approvalOwners())
                        + " of the owners")
                .toList();
    }
}
