package org.xiaoqu.cli;

import java.io.PrintStream;
import org.xiaoqu.run.Progress;

/**
 * A one-line progress display on stderr, redrawn at most five times a second: rows so far and the
 * rate. Only on a terminal; cron and pipes get none.
 */
final class TerminalProgress implements Progress {
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    TerminalProgress(PrintStream err) {
        this.err = err;
    }

    /** The display for this invocation: none unless stderr is a terminal and progress is wanted. */
    static Progress forConsole(CliEnvironment environment, GlobalOptions global) {
        boolean terminal = System.console() != null && environment.installSignalHandlers();
        return terminal && global.progress() && global.verbosity() >= 0
                ? new TerminalProgress(environment.err())
                : Progress.NONE;
    }

    @Override
    public synchronized void update(String job, String step, long items) {
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        err.printf("\r%s %s: %,d rows (%,.0f rows/s)   ", job, step, items, items / seconds);
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void done() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }
}
