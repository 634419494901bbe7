package org.xiaoqu.common;

/**
 * A controlled failure: carries the exit code and one line for the user (file, line, column, what to
 * do). The command line prints the message without a stack trace; the cause goes to the log with
 * {@code -v}.
 */
public class XiaoquException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    public XiaoquException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public XiaoquException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A usage or configuration error (exit 2). */
    public static XiaoquException usage(String message) {
        return new XiaoquException(ExitCode.USAGE, message);
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
