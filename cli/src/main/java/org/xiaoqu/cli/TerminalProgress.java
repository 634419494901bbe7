package org.xiaoqu.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.xiaoqu.run.Progress;

/**
 * A one-line progress display on stderr, redrawn at most five times a second (and whenever the step changes or
 * reaches its total): items so far and the step's rate, or "done/total" and the share when the step knows its
 * total. Only on a terminal; cron and pipes get none.
 */
final class TerminalProgress implements Progress {
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final Clock clock;
    private String step = "";
    private long stepStarted;
    private long lastDraw;
    private boolean drawn;

    /** Nanoseconds, for the rate and the redraw limit; a test's own clock. */
    @FunctionalInterface
    interface Clock {
        long nanos();
    }

    TerminalProgress(PrintStream err) {
        this(err, System::nanoTime);
    }

    TerminalProgress(PrintStream err, Clock clock) {
        this.err = err;
        this.clock = clock;
        this.stepStarted = clock.nanos();
    }

    /** The display for this invocation: none unless stderr is a terminal and progress is wanted. */
    static Progress forConsole(CliEnvironment environment, GlobalOptions global) {
        boolean terminal = System.console() != null && environment.installSignalHandlers();
        return choose(terminal, global, environment.err());
    }

    /** None with {@code -q}, {@code --no-progress} or when stderr is no terminal. */
    static Progress choose(boolean terminal, GlobalOptions global, PrintStream err) {
        return terminal && global.progress() && global.verbosity() >= 0 ? new TerminalProgress(err) : Progress.NONE;
    }

    @Override
    public void update(String job, String step, long items) {
        update(job, step, items, 0, "rows");
    }

    @Override
    public synchronized void update(String job, String step, long done, long total, String unit) {
        long now = clock.nanos();
        String key = job + " " + step;
        boolean newStep = !key.equals(this.step);
        if (newStep) {
            this.step = key;
            stepStarted = now;
        }
        boolean finished = total > 0 && done >= total;
        if (!newStep && !finished && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        String line;
        if (total > 0) {
            line = String.format(
                    Locale.ROOT, "%s: %,d/%,d %s (%d%%)", key, done, total, unit, Math.min(100, 100 * done / total));
        } else if (now - stepStarted < 1_000_000_000L) {
            line = String.format(Locale.ROOT, "%s: %,d %s", key, done, unit); // too early for a rate
        } else {
            double seconds = (now - stepStarted) / 1e9;
            line = String.format(Locale.ROOT, "%s: %,d %s (%,.0f %s/s)", key, done, unit, done / seconds, unit);
        }
        err.print("\r" + line + "\033[K");
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
