package org.xiaoqu.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may touch of its process: the two streams, the environment and the working folder.
 * Tests pass their own, so the real command line runs in-process with captured output.
 *
 * @param installSignalHandlers true in {@link Main}: SIGINT/SIGTERM then stop a running job cleanly
 */
public record CliEnvironment(
        PrintStream out, PrintStream err, Map<String, String> env, Path workingDir, boolean installSignalHandlers) {}
