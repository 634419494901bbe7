package org.xiaoqu.common;

import java.util.Comparator;
import java.util.List;

/**
 * The process exit codes of every xiaoqu command: the contract cron and shell scripts act on (DESIGN 3.1).
 *
 * <p>With several sources the worst wins, in the order {@code 1 > 3 > 5 > 6 > 4 > 0}; see {@link #worst}.
 * Interruptions (130, 143) outrank everything: the run was stopped and is restartable.
 */
public enum ExitCode {
    /** Success; findings are counted in the summary. Also "unchanged: this exact input was already loaded". */
    OK(0, 0, "success; findings are counted in the summary, not failures; also \"unchanged\""),
    /** The job failed: an environment or internal error. */
    FAILED(1, 6, "the job failed (environment or internal error)"),
    /** Usage or configuration error. */
    USAGE(2, 7, "usage or configuration error"),
    /** A source's rejected rows exceeded its budget; nothing of it was published. */
    INPUT_REJECTED(3, 5, "input rejected: rejected rows exceeded the budget, nothing of that source was published"),
    /** Completed, but rows were rejected within the budget. */
    REJECTS_WITHIN_BUDGET(4, 1, "completed, but rows were rejected within the budget"),
    /** Another run holds the store's lock. */
    LOCKED(5, 4, "another run holds the store's lock"),
    /** Completed with findings that need review, only when {@code --fail-on} asks for it. */
    REVIEW_NEEDED(6, 2, "completed with findings that need review (only with --fail-on)"),
    /** Interrupted by SIGINT; the run is left STOPPED and restartable. */
    INTERRUPTED(130, 8, "interrupted by SIGINT: the run is STOPPED and restartable"),
    /** Terminated by SIGTERM; the run is left STOPPED and restartable. */
    TERMINATED(143, 9, "terminated by SIGTERM: the run is STOPPED and restartable");

    private final int code;
    private final int severity;
    private final String meaning;

    ExitCode(int code, int severity, String meaning) {
        this.code = code;
        this.severity = severity;
        this.meaning = meaning;
    }

    /** The numeric process exit code. */
    public int code() {
        return code;
    }

    /** One line in English saying what the code means (the CLI translates it for {@code --help}). */
    public String meaning() {
        return meaning;
    }

    /** The worst of two outcomes: {@code 1 > 3 > 5 > 6 > 4 > 0}, interruptions above all. */
    public ExitCode worse(ExitCode other) {
        return other.severity > severity ? other : this;
    }

    /** The worst of several outcomes, {@link #OK} when there are none. */
    public static ExitCode worst(List<ExitCode> codes) {
        return codes.stream().max(Comparator.comparingInt(c -> c.severity)).orElse(OK);
    }

    /** The exit code for a numeric value, for reading results back. */
    public static ExitCode of(int code) {
        for (ExitCode c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        throw new IllegalArgumentException("not an xiaoqu exit code: " + code);
    }
}
