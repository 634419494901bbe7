package org.xiaoqu.vote;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.run.JobRunner;
import org.xiaoqu.run.OutputFolder;
import org.xiaoqu.run.Progress;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;

/** Runs {@code xiaoqu vote tally} on a store: the job layer's entry point for the command line and the demo. */
public final class VoteTallier {
    private final Store store;
    private final StopSignal stop;
    private final Progress progress;

    public VoteTallier(Store store, StopSignal stop, Progress progress) {
        this.store = store;
        this.stop = stop;
        this.progress = progress;
    }

    /**
     * Tallies one vote.
     *
     * @param defaultOutputRoot {@code out/} by default: the run goes to {@code out/vote-tally/<run id>}
     * @param outputDir {@code --out}, or null
     */
    public RunResult tally(VoteRequest request, Path defaultOutputRoot, @Nullable Path outputDir) {
        return new JobRunner(store, stop, progress)
                .start(
                        new VoteJobConfiguration.Definition(),
                        VoteParameters.of(request),
                        OutputFolder.plan(outputDir, defaultOutputRoot, VoteJobConfiguration.JOB));
    }
}
