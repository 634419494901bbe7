package org.xiaoqu.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.run.JobRunner;
import org.xiaoqu.run.OutputFolder;
import org.xiaoqu.run.Progress;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;

/**
 * {@code xiaoqu import}: each selected source in turn. The loads registry, not the mere existence of a
 * job instance, decides what is new: the published file again is "unchanged"; a file loaded before and
 * since replaced is published again without re-reading; anything else runs (or resumes) the import job.
 */
public final class Importer {
    private final Store store;
    private final StopSignal stop;
    private Progress progress = Progress.NONE;
    private final Path defaultOutputRoot;
    private final @Nullable Path outputDir;

    /**
     * @param defaultOutputRoot where {@code out/import/<run>} goes by default
     * @param outputDir {@code --out}: with several sources each gets {@code DIR/<source id>}
     */
    public Importer(Store store, StopSignal stop, Path defaultOutputRoot, @Nullable Path outputDir) {
        this.store = store;
        this.stop = stop;
        this.defaultOutputRoot = defaultOutputRoot;
        this.outputDir = outputDir;
    }

    /** Where the running import reports its rows. */
    public Importer withProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /** Imports the selected sources; one result per source, in order. */
    public List<RunResult> run(
            XiaoquConfig config,
            List<XiaoquConfig.Source> sources,
            Sources.BudgetOverride override,
            boolean showPersonalData) {
        List<RunResult> results = new ArrayList<>();
        for (XiaoquConfig.Source source : sources) {
            if (stop.requested() != null) {
                break;
            }
            results.add(importOne(config, source, override, showPersonalData, sources.size() > 1));
        }
        return results;
    }

    private RunResult importOne(
            XiaoquConfig config,
            XiaoquConfig.Source configured,
            Sources.BudgetOverride override,
            boolean showPersonalData,
            boolean several) {
        SourceFiles source;
        try {
            source = Sources.resolve(config, configured, override);
        } catch (XiaoquException e) {
            return failed(configured.id(), e);
        }
        LoadRegistry registry = new LoadRegistry(store.dataSource(), store.dialect());
        Optional<LoadRegistry.Load> same = registry.latest(source.id(), source.businessDate(), source.checksum());
        Optional<LoadRegistry.Load> active = registry.active(source.id(), source.businessDate());
        if (same.isPresent()) {
            LoadRegistry.Load load = same.get();
            if (active.isPresent() && active.get().id() == load.id()) {
                return noJob(
                        source,
                        load,
                        ExitCode.OK,
                        "UNCHANGED",
                        "unchanged: this exact file was already loaded for " + source.businessDate() + " (load "
                                + load.id() + ")");
            }
            if (load.status() == LoadRegistry.Status.SUPERSEDED) {
                return republish(source, registry, load, active.orElse(null));
            }
            // its counts are of the whole file: under a budget they still exceed there is nothing to re-read;
            // under one a person raised to accept those rows, a new job instance (the budget is part of its
            // identity) reads it again
            if (load.status() == LoadRegistry.Status.REJECTED
                    && source.specs().get(0).budget().exceeded(load.rejected(), load.rowsRead())) {
                return noJob(
                        source,
                        load,
                        ExitCode.INPUT_REJECTED,
                        "REJECTED",
                        "this exact file was rejected before (load " + load.id() + ": " + load.rejected() + " of "
                                + load.rowsRead() + " rows rejected); fix it and import again, or accept those"
                                + " rows with a larger --max-rejects / --max-reject-ratio");
            }
        }
        Path explicit = outputDir == null ? null : several ? outputDir.resolve(source.id()) : outputDir;
        OutputFolder output = OutputFolder.plan(explicit, defaultOutputRoot, ImportJobConfiguration.JOB);
        RunResult result = new JobRunner(store, stop, progress)
                .start(new ImportJobConfiguration.Definition(), ImportParameters.of(source, showPersonalData), output);
        return result;
    }

    /** An older file that was loaded before and replaced since: switch back to its load, no re-read. */
    private RunResult republish(
            SourceFiles source, LoadRegistry registry, LoadRegistry.Load load, LoadRegistry.@Nullable Load active) {
        var tx = new TransactionTemplate(new JdbcTransactionManager(store.dataSource()));
        tx.executeWithoutResult(s -> registry.publish(load.id()));
        String message = "published again load " + load.id() + " (this exact file, loaded " + load.createdAt() + ")"
                + (active == null ? "" : ", replacing load " + active.id());
        return noJob(
                source,
                load,
                load.rejected() > 0 ? ExitCode.REJECTS_WITHIN_BUDGET : ExitCode.OK,
                "REPUBLISHED",
                message);
    }

    private static RunResult noJob(
            SourceFiles source, LoadRegistry.Load load, ExitCode code, String status, String message) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("source", source.id());
        counts.put("load", load.id());
        counts.put("read", load.rowsRead());
        counts.put("valid", load.valid());
        counts.put("rejected", load.rejected());
        counts.put("warned", load.warned());
        return new RunResult(
                ImportJobConfiguration.JOB,
                null,
                status,
                code,
                null,
                counts,
                List.of(source.id() + ": " + message),
                List.of());
    }

    private static RunResult failed(String source, XiaoquException e) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("source", source);
        return new RunResult(
                ImportJobConfiguration.JOB,
                null,
                "FAILED",
                e.exitCode(),
                null,
                counts,
                List.of(e.getMessage()),
                List.of());
    }
}
