package org.xiaoqu.grid;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.run.JobRunner;
import org.xiaoqu.run.OutputFolder;
import org.xiaoqu.run.Progress;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;

/**
 * {@code xiaoqu grid merge} without the command line: resolves the configured grid sources and runs the {@value
 * GridMergeJobConfiguration#JOB} job through {@link JobRunner}.
 *
 * <pre>{@code
 * RunResult r = GridMerge.run(store, new StopSignal(), Progress.NONE, config,
 *         new GridMerge.Options(null, Path.of("out"), "综治", "", false, "zh"));
 * }</pre>
 */
public final class GridMerge {
    /** The department whose grid is the unified grid unless configured otherwise. */
    public static final String DEFAULT_BASE = "综治";

    /**
     * @param outputDir {@code --out}, or null for {@code defaultOutputRoot/grid-merge/<run>}
     * @param label an identifying label: a run over unchanged inputs and decisions is "unchanged" unless the label differs
     * @param fromStore read what {@code import} published (the staging tables) instead of the files
     */
    public record Options(
            @Nullable Path outputDir,
            Path defaultOutputRoot,
            String baseDepartment,
            String label,
            boolean excel,
            String lang,
            boolean fromStore) {
        /** Options reading the files. */
        public Options(
                @Nullable Path outputDir,
                Path defaultOutputRoot,
                String baseDepartment,
                String label,
                boolean excel,
                String lang) {
            this(outputDir, defaultOutputRoot, baseDepartment, label, excel, lang, false);
        }
    }

    private GridMerge() {}

    public static RunResult run(Store store, StopSignal stop, Progress progress, XiaoquConfig config, Options options) {
        List<GridSource> sources =
                options.fromStore() ? GridSources.fromStore(config, store.dataSource()) : GridSources.of(config);
        var parameters = GridMergeParameters.of(
                sources,
                options.baseDepartment(),
                GridReview.fingerprint(store),
                options.label(),
                options.excel(),
                options.lang());
        OutputFolder output =
                OutputFolder.plan(options.outputDir(), options.defaultOutputRoot(), GridMergeJobConfiguration.JOB);
        return new JobRunner(store, stop, progress)
                .start(new GridMergeJobConfiguration.Definition(), parameters, output);
    }
}
