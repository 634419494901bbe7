package org.xiaoqu.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every command accepts, before or after the command name. */
public final class GlobalOptions {
    @Option(
            names = {"-c", "--config"},
            paramLabel = "FILE",
            scope = ScopeType.INHERIT,
            description = "Configuration file (default: xiaoqu.yaml in the working folder, or $XIAOQU_CONFIG).")
    @Nullable
    Path config;

    @Option(
            names = "--db",
            paramLabel = "URL",
            scope = ScopeType.INHERIT,
            description = "Store JDBC URL, e.g. jdbc:postgresql://host:5432/db (default: $XIAOQU_DB_URL, the"
                    + " config file, else the embedded H2 store in xiaoqu-data/).")
    @Nullable
    String db;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = "Output folder of this run (default: out/<job>/<run id>).")
    @Nullable
    Path out;

    @Option(
            names = "--json",
            scope = ScopeType.INHERIT,
            description = "Print one JSON object on stdout at the end; everything else goes to stderr.")
    boolean json;

    @Option(
            names = {"-q", "--quiet"},
            scope = ScopeType.INHERIT,
            description = "Print only errors and the result.")
    boolean quiet;

    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "More detail: -v settings and progress logs, -vv debug, -vvv trace (with stack traces).")
    boolean[] verbose = new boolean[0];

    @Option(
            names = "--no-progress",
            scope = ScopeType.INHERIT,
            description = "No progress bar (there is none when stderr is not a terminal anyway).")
    boolean noProgress;

    @Option(
            names = "--lang",
            paramLabel = "zh|en",
            scope = ScopeType.INHERIT,
            description = "Language of messages and help (default: from the locale).")
    @Nullable
    String lang;

    public int verbosity() {
        return quiet ? -1 : verbose.length;
    }

    public boolean json() {
        return json;
    }

    public @Nullable Path config() {
        return config;
    }

    public @Nullable Path out() {
        return out;
    }

    public boolean progress() {
        return !noProgress;
    }
}
