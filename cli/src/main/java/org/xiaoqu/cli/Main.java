package org.xiaoqu.cli;

import java.nio.file.Path;

/** The entry point: the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        CliEnvironment environment = new CliEnvironment(
                System.out, System.err, System.getenv(), Path.of("").toAbsolutePath(), true);
        int code = XiaoquCli.execute(environment, args);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }
}
