package org.xiaoqu.rank;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.run.JobRunner;
import org.xiaoqu.run.OutputFolder;
import org.xiaoqu.run.Progress;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;

/** Runs {@code xiaoqu rank} without the command line: what the CLI, {@code demo} and the tests call. */
public final class RankRun {
    private RankRun() {}

    /**
     * Reads and validates the scheme of {@code request} without a store, so that a caller can refuse a bad
     * scheme before it opens (and so creates) one; {@link #run} validates it again.
     *
     * @throws org.xiaoqu.common.XiaoquException a usage error (exit 2) naming the scheme's file, line and column
     */
    public static void check(RankRequest request) {
        SchemeLoader.load(request.scheme(), request.year());
    }

    /**
     * Ranks under {@code request} on {@code store}, writing into {@code explicitOut} or {@code
     * defaultRoot/rank/<run id>}.
     *
     * @throws org.xiaoqu.common.XiaoquException a usage error (exit 2) for a bad scheme, before any run starts
     */
    public static RunResult run(
            Store store,
            StopSignal stop,
            Progress progress,
            Path defaultRoot,
            @Nullable Path explicitOut,
            RankRequest request) {
        var parameters = RankJobConfiguration.parameters(request, store.dataSource());
        OutputFolder output = OutputFolder.plan(explicitOut, defaultRoot, RankJobConfiguration.JOB);
        return new JobRunner(store, stop, progress).start(new RankJobConfiguration.Definition(), parameters, output);
    }
}
