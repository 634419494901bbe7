package org.xiaoqu.cli;

import org.xiaoqu.common.ExitCode;
import org.xiaoqu.run.StopSignal;
import sun.misc.Signal;

/**
 * SIGINT and SIGTERM stop a running job at its next chunk boundary, leaving it STOPPED and restartable
 * (exit 130 or 143). A second signal ends the process at once; the run is then recovered by the next
 * start or by {@code xiaoqu jobs recover}.
 */
final class Signals {
    private Signals() {}

    static void install(StopSignal stop) {
        handle("INT", ExitCode.INTERRUPTED, stop);
        handle("TERM", ExitCode.TERMINATED, stop);
    }

    private static void handle(String name, ExitCode code, StopSignal stop) {
        try {
            Signal.handle(new Signal(name), signal -> {
                if (stop.requested() != null) {
                    Runtime.getRuntime().halt(code.code());
                }
                System.err.println("xiaoqu: SIG" + name + " received, stopping at the next chunk"
                        + " (send it again to quit at once)");
                stop.request(code);
            });
        } catch (IllegalArgumentException e) {
            // the signal is not available on this platform: the JVM's default handling applies
        }
    }
}
