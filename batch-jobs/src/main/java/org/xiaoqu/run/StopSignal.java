package org.xiaoqu.run;

import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.ExitCode;

/**
 * A request to stop the running job cooperatively, typically from a signal handler thread. It is
 * passed on the way {@code xiaoqu jobs stop} passes it from another process: the execution is marked
 * STOPPING in the job repository, and the job sees that at its next chunk commit, ends STOPPED and is
 * restartable. (Spring Batch's in-process {@code JobOperator.stop} also rewrites the running step's
 * row, racing the step's own update; a lost update there would lose the reader's position.)
 */
public final class StopSignal {
    private final AtomicReference<@Nullable ExitCode> requested = new AtomicReference<>();
    private volatile @Nullable Runnable onStop;

    /** Asks the current run to stop; {@code reason} is {@link ExitCode#INTERRUPTED} or {@link ExitCode#TERMINATED}. */
    public void request(ExitCode reason) {
        if (requested.compareAndSet(null, reason)) {
            Runnable r = onStop;
            if (r != null) {
                r.run();
            }
        }
    }

    /** The signal received, if any. */
    public @Nullable ExitCode requested() {
        return requested.get();
    }

    void attach(Runnable stopRunning) {
        onStop = stopRunning;
        if (requested.get() != null) {
            stopRunning.run();
        }
    }

    void detach() {
        onStop = null;
    }
}
