package org.xiaoqu.credit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.imports.Sources;
import org.xiaoqu.run.JobDefinition;
import org.xiaoqu.run.JobRunner;
import org.xiaoqu.run.OutputFolder;
import org.xiaoqu.run.Progress;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;

/**
 * Runs {@code credit reconcile} on a store: what the command line (and {@code xiaoqu demo}) calls.
 *
 * <pre>{@code
 * RunResult r = new CreditReconcile(store, new StopSignal(), Path.of("out"), null)
 *         .run(config, LocalDate.parse("2026-11-27"), false, null);
 * }</pre>
 */
public final class CreditReconcile {
    private final Store store;
    private final StopSignal stop;
    private final Path defaultOutputRoot;
    private final @Nullable Path outputDir;
    private Progress progress = Progress.NONE;

    public CreditReconcile(Store store, StopSignal stop, Path defaultOutputRoot, @Nullable Path outputDir) {
        this.store = store;
        this.stop = stop;
        this.defaultOutputRoot = defaultOutputRoot;
        this.outputDir = outputDir;
    }

    public CreditReconcile withProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /**
     * Reconciles and scores as of {@code asOf} (null: the configuration's {@code credit.asOf}, else today).
     *
     * @param failOnDiscrepancies exit 6 when any discrepancy is found
     * @param maxRows at most this many rows in discrepancies.csv, null for all
     */
    public RunResult run(
            XiaoquConfig config, @Nullable LocalDate asOf, boolean failOnDiscrepancies, @Nullable Long maxRows) {
        return run(config, asOf, failOnDiscrepancies, maxRows, false, "zh");
    }

    /**
     * As {@link #run(XiaoquConfig, LocalDate, boolean, Long)}, also writing credit.xlsx and people's CSV files when
     * {@code excel}, report.html in {@code lang} ({@code zh} or {@code en}).
     */
    public RunResult run(
            XiaoquConfig config,
            @Nullable LocalDate asOf,
            boolean failOnDiscrepancies,
            @Nullable Long maxRows,
            boolean excel,
            String lang) {
        if (config.file() == null) {
            throw XiaoquException.usage("credit reconcile needs a configuration file with a 'credit:' section"
                    + " (-c FILE or xiaoqu.yaml in the working folder)");
        }
        CreditSettings settings = CreditSettings.of(config);
        CreditScheme.load(settings.scheme());
        LocalDate date = asOf != null ? asOf : settings.asOf() != null ? settings.asOf() : LocalDate.now();
        Map<String, String> checksums = checksums(config, settings.precedence());
        MessageDigest d = sha256();
        for (String id : settings.precedence()) {
            d.update((id + "=" + checksums.get(id) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        try {
            d.update(Files.readAllBytes(settings.scheme()));
        } catch (IOException e) {
            throw XiaoquException.usage("cannot read the credit scheme " + settings.scheme() + ": " + e.getMessage());
        }
        d.update(settings.toString().getBytes(StandardCharsets.UTF_8));
        CreditParameters p = new CreditParameters(
                config.file().toString(),
                date,
                failOnDiscrepancies,
                maxRows,
                HexFormat.of().formatHex(d.digest()),
                excel,
                lang);
        JobDefinition job =
                JobDefinition.named(CreditReconcileJobConfiguration.JOB).orElseThrow();
        return new JobRunner(store, stop, progress)
                .start(
                        job,
                        p.toJobParameters(),
                        OutputFolder.plan(outputDir, defaultOutputRoot, CreditReconcileJobConfiguration.JOB));
    }

    /**
     * The sources' checksums, several at once (hundreds of megabytes each at a province's scale); what resolving a
     * source throws (a missing file: exit 3) is thrown as it was.
     */
    private static Map<String, String> checksums(XiaoquConfig config, List<String> ids) {
        ExecutorService pool = PartitionedReconcile.daemons(
                "xiaoqu-checksum-", Runtime.getRuntime().availableProcessors());
        try {
            Map<String, Future<String>> futures = new LinkedHashMap<>();
            for (String id : ids) {
                futures.put(id, pool.submit(() -> Sources.resolve(
                                config, config.source(id).orElseThrow(), Sources.BudgetOverride.NONE)
                        .checksum()));
            }
            Map<String, String> checksums = new LinkedHashMap<>();
            for (Map.Entry<String, Future<String>> f : futures.entrySet()) {
                checksums.put(f.getKey(), PartitionedReconcile.take(f.getValue()));
            }
            return checksums;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
