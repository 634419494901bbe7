package org.xiaoqu.coverage;

import java.nio.file.Path;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.run.JobRunner;
import org.xiaoqu.run.OutputFolder;
import org.xiaoqu.run.Progress;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;

/**
 * Runs {@code xiaoqu coverage} on a store. Identity = the published estate loads, the grid-merge run used, the
 * targets and the output options: with nothing new imported or merged, a second run is "unchanged".
 */
public final class CoverageRunner {
    private final Store store;
    private final StopSignal stop;
    private final Progress progress;

    public CoverageRunner(Store store, StopSignal stop, Progress progress) {
        this.store = store;
        this.stop = stop;
        this.progress = progress;
    }

    public RunResult run(
            CoverageTargets targets, String lang, boolean excel, Path defaultOutputRoot, @Nullable Path outputDir) {
        String loads;
        String grid;
        try {
            loads = CoverageInputs.estateLoads(store.dataSource());
            CoverageInputs.GridRun run = CoverageInputs.latestGridRun(store.dataSource());
            grid = run == null ? "none" : run.table() + "#" + run.runId();
        } catch (SQLException e) {
            throw new XiaoquException(ExitCode.FAILED, "cannot read the store: " + e.getMessage(), e);
        }
        if (loads.isEmpty()) {
            throw XiaoquException.usage(
                    "no estate register in the store: import a source of kind estate first (xiaoqu import)");
        }
        var parameters = new JobParametersBuilder()
                .addString(CoverageJobConfiguration.ESTATE_LOADS, loads)
                .addString(CoverageJobConfiguration.GRID_RUN, grid)
                .addString(CoverageJobConfiguration.TARGETS, targets.describe())
                .addString(CoverageJobConfiguration.LANG, lang)
                .addString(CoverageJobConfiguration.EXCEL, Boolean.toString(excel))
                .toJobParameters();
        return new JobRunner(store, stop, progress)
                .start(
                        new CoverageJobConfiguration.Definition(),
                        parameters,
                        OutputFolder.plan(outputDir, defaultOutputRoot, CoverageJobConfiguration.JOB));
    }
}
