package org.xiaoqu.cli.jobs;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.cli.CliContext;
import org.xiaoqu.cli.Console;
import org.xiaoqu.cli.RunPrinter;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.run.JobControl;
import org.xiaoqu.run.JobRunner;
import org.xiaoqu.run.OutputFolder;
import org.xiaoqu.run.RunInfo;
import org.xiaoqu.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xiaoqu jobs}: the runs in the store's job repository, and what can be done with them. */
@Command(
        name = "jobs",
        description = "List, inspect, restart, stop, abandon and recover job runs.",
        subcommands = {
            JobsCommand.List.class,
            JobsCommand.Show.class,
            JobsCommand.Restart.class,
            JobsCommand.Stop.class,
            JobsCommand.Abandon.class,
            JobsCommand.Recover.class
        })
public final class JobsCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    private final CliContext context;

    JobsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.environment().err());
        return ExitCode.USAGE.code();
    }

    @Command(name = "list", description = "The newest runs, newest first (read-only; works while a job runs).")
    static final class List implements Callable<Integer> {
        @Option(names = "--limit", defaultValue = "20", description = "How many runs (default: ${DEFAULT-VALUE}).")
        int limit;

        private final CliContext context;

        List(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Console console = context.console();
            if (!Store.exists(context.settings().store())) {
                console.result(java.util.Map.of("runs", java.util.List.of()), console.text("jobs.none"));
                return ExitCode.OK.code();
            }
            try (Store store = context.openStoreReadOnly()) {
                java.util.List<RunInfo> runs = new JobControl(store).list(Math.max(1, limit));
                console.result(java.util.Map.of("runs", runs), table(console, runs));
            }
            return ExitCode.OK.code();
        }

        private static String table(Console console, java.util.List<RunInfo> runs) {
            if (runs.isEmpty()) {
                return console.text("jobs.none");
            }
            StringBuilder sb = new StringBuilder(String.format(
                    "%-6s %-24s %-10s %-22s %-19s %-19s%n",
                    console.text("col.run"),
                    console.text("col.job"),
                    console.text("col.status"),
                    console.text("col.exit"),
                    console.text("col.started"),
                    console.text("col.ended")));
            for (RunInfo r : runs) {
                sb.append(String.format(
                        "%-6d %-24s %-10s %-22s %-19s %-19s%n",
                        r.executionId(), r.job(), r.status(), r.exitCode(), time(r.started()), time(r.ended())));
            }
            return sb.toString();
        }
    }

    @Command(name = "show", description = "One run: parameters, steps and counts, output folder.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "The run id (from `xiaoqu jobs list`).")
        long id;

        private final CliContext context;

        Show(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (Store store = context.openStoreReadOnly()) {
                RunInfo run = new JobControl(store).show(id);
                context.console().result(run, render(context.console(), run));
            }
            return ExitCode.OK.code();
        }
    }

    @Command(name = "restart", description = "Resume a failed or stopped run where it stopped.")
    static final class Restart implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "The run id.")
        long id;

        private final CliContext context;

        Restart(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (Store store = context.openStore()) {
                JobRunner runner = new JobRunner(store, context.stopSignal(), context.progress());
                String job = new JobControl(store).show(id).job();
                var output = OutputFolder.plan(
                        context.global().out(), context.workingDir().resolve("out"), job);
                return RunPrinter.print(context.console(), runner.restart(id, output));
            }
        }
    }

    @Command(name = "stop", description = "Ask a running job to stop at its next chunk (it stays restartable).")
    static final class Stop implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "The run id.")
        long id;

        private final CliContext context;

        Stop(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (Store store = context.openStoreReadOnly()) {
                RunInfo run = new JobControl(store).stop(id);
                context.console().result(run, context.console().text("jobs.stopping", id, run.status()));
            }
            return ExitCode.OK.code();
        }
    }

    @Command(name = "abandon", description = "Mark a stopped or failed run abandoned: it will never be restarted.")
    static final class Abandon implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "The run id.")
        long id;

        private final CliContext context;

        Abandon(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (Store store = context.openStore()) {
                RunInfo run = new JobControl(store).abandon(id);
                context.console().result(run, context.console().text("jobs.abandoned", id));
            }
            return ExitCode.OK.code();
        }
    }

    @Command(
            name = "recover",
            description = "Mark runs left STARTED by a killed process as failed, so that they can be restarted.")
    static final class Recover implements Callable<Integer> {
        private final CliContext context;

        Recover(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (Store store = context.openStore()) {
                java.util.List<Long> ids = new JobControl(store).recover();
                Console console = context.console();
                console.result(
                        java.util.Map.of("recovered", ids),
                        ids.isEmpty() ? console.text("jobs.recover.none") : console.text("jobs.recovered", ids));
            }
            return ExitCode.OK.code();
        }
    }

    static String render(Console console, RunInfo r) {
        StringBuilder sb = new StringBuilder();
        sb.append(console.text("col.run"))
                .append(' ')
                .append(r.executionId())
                .append(": ")
                .append(r.job());
        sb.append(' ').append(r.status()).append(" (").append(r.exitCode()).append(")\n");
        sb.append("  ")
                .append(console.text("col.started"))
                .append(": ")
                .append(time(r.started()))
                .append('\n');
        sb.append("  ")
                .append(console.text("col.ended"))
                .append(": ")
                .append(time(r.ended()))
                .append('\n');
        if (r.outputDir() != null) {
            sb.append("  ")
                    .append(console.text("col.output"))
                    .append(": ")
                    .append(r.outputDir())
                    .append('\n');
        }
        if (r.exitMessage() != null) {
            sb.append("  ")
                    .append(r.exitMessage().lines().findFirst().orElse(""))
                    .append('\n');
        }
        r.parameters()
                .forEach((k, v) ->
                        sb.append("  ").append(k).append(" = ").append(v).append('\n'));
        for (RunInfo.Step s : r.steps()) {
            sb.append(String.format(
                    "  %-28s %-10s read=%d written=%d filtered=%d skipped=%d commits=%d%n",
                    s.name(), s.status(), s.read(), s.written(), s.filtered(), s.skipped(), s.commits()));
        }
        return sb.toString();
    }

    static String time(@Nullable LocalDateTime t) {
        return t == null ? "-" : t.format(TIME);
    }
}
