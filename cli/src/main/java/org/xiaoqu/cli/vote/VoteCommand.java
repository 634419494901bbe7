package org.xiaoqu.cli.vote;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.cli.CliContext;
import org.xiaoqu.cli.RunPrinter;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.store.Store;
import org.xiaoqu.vote.VoteRequest;
import org.xiaoqu.vote.VoteTallier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xiaoqu vote tally RULES}: the owners' e-vote tallied under Civil Code art. 278. */
@Command(
        name = "vote",
        description = "Owners' e-voting (业主电子投票).",
        subcommands = {VoteCommand.Tally.class})
public final class VoteCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final CliContext context;

    VoteCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.environment().err());
        return ExitCode.USAGE.code();
    }

    /** {@code xiaoqu vote tally RULES [--register F] [--ballots F] [--excel] [--show-personal-data]}. */
    @Command(
            name = "tally",
            description = "Tally an e-vote under Civil Code art. 278: participation (2/3 of area and owners) and"
                    + " approval (3/4 for items 6-8, more than half otherwise) in exact fractions; writes the"
                    + " outcome, an audit of every ballot, a masked publication and report.html.")
    static final class Tally implements Callable<Integer> {
        @Parameters(paramLabel = "RULES", description = "The rules file (YAML): meeting, window, matters.")
        Path rules;

        @Option(
                names = "--register",
                paramLabel = "FILE",
                description = "Owners' register (default: the rules file's).")
        @Nullable
        Path register;

        @Option(names = "--ballots", paramLabel = "FILE", description = "E-vote export (default: the rules file's).")
        @Nullable
        Path ballots;

        @Option(names = "--excel", description = "Also write .xlsx workbooks and CSVs with a BOM for people.")
        boolean excel;

        @Option(
                names = "--show-personal-data",
                description = "Show voters' names and ids unmasked in the report and audit (never in the publication).")
        boolean showPersonalData;

        private final CliContext context;

        Tally(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Path wd = context.workingDir();
            VoteRequest request = VoteRequest.of(
                    wd.resolve(rules),
                    register == null ? null : wd.resolve(register),
                    ballots == null ? null : wd.resolve(ballots),
                    excel,
                    showPersonalData,
                    context.lang().name().toLowerCase(Locale.ROOT));
            RunResult result;
            try (Store store = context.openStore()) {
                Path out = context.global().out();
                result = new VoteTallier(store, context.stopSignal(), context.progress())
                        .tally(request, wd.resolve("out"), out == null ? null : wd.resolve(out));
            }
            return RunPrinter.print(context.console(), result);
        }
    }
}
