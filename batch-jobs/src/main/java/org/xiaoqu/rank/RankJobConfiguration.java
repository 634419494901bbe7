package org.xiaoqu.rank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.xiaoqu.run.JobDefinition;
import org.xiaoqu.run.JobRunner;

/**
 * The {@value #JOB} job: one step that reads the scheme's sources, ranks, runs the sensitivity analysis, writes
 * the run's files and stores the results (in the step's transaction). Its identity is the scheme's and the
 * inputs' checksums, the year and the draws and seed: the same inputs again are "unchanged".
 */
@Configuration(proxyBeanMethods = false)
public class RankJobConfiguration {
    public static final String JOB = "rank";
    public static final String STEP = "rank";

    static final String SCHEME_FILE = "scheme.file";
    static final String SCHEME_ID = "scheme.id";
    static final String YEAR = "year";
    static final String CHECKSUM = "inputs.checksum";
    static final String DRAWS = "sensitivity.draws";
    static final String SEED = "sensitivity.seed";
    static final String EXCEL = "excel";
    static final String LANG = "lang";
    static final String SHOW_PERSONAL = "show.personal.data";

    private static final Logger log = LoggerFactory.getLogger(RankJobConfiguration.class);

    /** Registers the job for {@code jobs restart}. */
    public static final class Definition implements JobDefinition {
        @Override
        public String jobName() {
            return JOB;
        }

        @Override
        public Class<?> configuration() {
            return RankJobConfiguration.class;
        }
    }

    /** The job parameters of a request: the scheme is loaded here so that a bad scheme fails before any run. */
    public static JobParameters parameters(RankRequest request, DataSource dataSource) {
        RankScheme scheme = SchemeLoader.load(request.scheme(), request.year());
        return new JobParametersBuilder()
                .addString(SCHEME_ID, scheme.id())
                .addLong(YEAR, (long) scheme.year())
                .addString(CHECKSUM, checksum(scheme, dataSource))
                .addLong(DRAWS, (long) request.draws())
                .addLong(SEED, request.seed())
                .addString(SCHEME_FILE, scheme.file().toString(), false)
                .addString(EXCEL, Boolean.toString(request.excel()), false)
                .addString(LANG, request.lang(), false)
                .addString(SHOW_PERSONAL, Boolean.toString(request.showPersonalData()), false)
                .toJobParameters();
    }

    @Bean
    Job rankJob(JobRepository jobRepository, Step rankStep) {
        return new JobBuilder(JOB, jobRepository).start(rankStep).build();
    }

    @Bean
    Step rankStep(JobRepository jobRepository, PlatformTransactionManager tx, DataSource dataSource) {
        return new StepBuilder(STEP, jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            var execution =
                                    chunk.getStepContext().getStepExecution().getJobExecution();
                            JobParameters p = execution.getJobParameters();
                            Map<String, Object> counts = run(dataSource, execution.getId(), p);
                            @SuppressWarnings("unchecked")
                            List<String> notes = (List<String>) counts.remove("\u0000notes");
                            execution.getExecutionContext().put(JobRunner.COUNTS, new LinkedHashMap<>(counts));
                            execution.getExecutionContext().put(JobRunner.MESSAGES, new ArrayList<>(notes));
                            return RepeatStatus.FINISHED;
                        },
                        tx)
                .build();
    }

    private static Map<String, Object> run(DataSource dataSource, long runId, JobParameters p) throws IOException {
        Long year = p.getLong(YEAR);
        RankScheme scheme = SchemeLoader.load(Path.of(p.getString(SCHEME_FILE)), year == null ? null : year.intValue());
        RankData data = RankInputs.read(scheme, dataSource);
        RankStore store = new RankStore(dataSource);
        RankResult result = RankEngine.rank(scheme, data, store.previous(scheme.id(), scheme.year() - 1));
        Long draws = p.getLong(DRAWS);
        Sensitivity.Outcome sensitivity = null;
        if (draws != null && draws > 0 && result.rankedCount() > 1) {
            long seed = p.getLong(SEED) == null ? 0 : p.getLong(SEED);
            sensitivity = Sensitivity.run(
                    result, draws.intValue(), seed, Runtime.getRuntime().availableProcessors());
        }
        Path dir = Path.of(p.getString(JobRunner.OUTPUT_DIR));
        List<String> people = RankReports.write(
                dir,
                result,
                sensitivity,
                p.getString(LANG, "zh"),
                Boolean.parseBoolean(p.getString(EXCEL)),
                Boolean.parseBoolean(p.getString(SHOW_PERSONAL)));
        Map<String, Object> counts =
                new LinkedHashMap<>(RankOutputs.write(dir, result, sensitivity, Long.toString(runId), people));
        store.save(runId, result, sensitivity);
        log.info(
                "rank {} {}: {} entities, {} ranked",
                scheme.id(),
                scheme.year(),
                result.entities().size(),
                result.rankedCount());
        List<String> notes = new ArrayList<>(result.notes());
        counts.put("\u0000notes", notes);
        return counts;
    }

    /** SHA-256 over the scheme, every source file it reads, and the active imported indicator loads. */
    static String checksum(RankScheme scheme, @Nullable DataSource dataSource) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            digest(md, scheme.file());
            md.update(Integer.toString(scheme.year()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (RankScheme.Source s : scheme.sources()) {
                md.update(s.id().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (s.fallback() != null && Files.isRegularFile(s.fallback())) {
                    digest(md, s.fallback());
                }
                switch (s.kind()) {
                    case FILE -> {
                        if (Files.isRegularFile(s.path())) {
                            digest(md, s.path());
                        }
                    }
                    case JOB, TABLE -> {
                        if (dataSource != null) {
                            String sql = s.kind() == RankScheme.SourceKind.JOB
                                    ? "SELECT MAX(r.JOB_EXECUTION_ID) FROM XQ_RUN r JOIN BATCH_JOB_EXECUTION e ON"
                                            + " e.JOB_EXECUTION_ID = r.JOB_EXECUTION_ID JOIN BATCH_JOB_INSTANCE i ON"
                                            + " i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ?"
                                    : "SELECT MAX(a.LOAD_ID) || '/' || COUNT(*) FROM XQ_ACTIVE_LOAD a JOIN XQ_LOAD l"
                                            + " ON l.LOAD_ID = a.LOAD_ID WHERE l.KIND = ?";
                            String key = s.kind() == RankScheme.SourceKind.JOB ? s.job() : "indicator-value";
                            Object v = new JdbcTemplate(dataSource).queryForObject(sql, Object.class, key);
                            md.update(String.valueOf(v).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot checksum the ranking inputs: " + e.getMessage(), e);
        }
    }

    private static void digest(MessageDigest md, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[65536];
            for (int r; (r = in.read(buf)) > 0; ) {
                md.update(buf, 0, r);
            }
        }
    }
}
