package org.xiaoqu.cli;

import java.util.concurrent.Callable;
import org.xiaoqu.cli.address.AddressCommand;
import org.xiaoqu.cli.coverage.CoverageCommand;
import org.xiaoqu.cli.credit.CreditCommand;
import org.xiaoqu.cli.grid.GridCommand;
import org.xiaoqu.cli.imports.ImportCommand;
import org.xiaoqu.cli.imports.PruneCommand;
import org.xiaoqu.cli.imports.ValidateCommand;
import org.xiaoqu.cli.jobs.JobsCommand;
import org.xiaoqu.cli.link.LinkCommand;
import org.xiaoqu.cli.rank.RankCommand;
import org.xiaoqu.cli.samples.SamplesCommand;
import org.xiaoqu.cli.survey.SurveyCommand;
import org.xiaoqu.cli.vote.VoteCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code xiaoqu}: the root command; without a subcommand it prints the usage. */
@Command(
        name = "xiaoqu",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Batch data integrator for the collaborative governance of residential estates"
                + " (multi-grid-in-one, credit reconcile, rankings).",
        subcommands = {
            InitCommand.class,
            ValidateCommand.class,
            ImportCommand.class,
            GridCommand.class,
            LinkCommand.class,
            CreditCommand.class,
            RankCommand.class,
            VoteCommand.class,
            CoverageCommand.class,
            SurveyCommand.class,
            JobsCommand.class,
            SamplesCommand.class,
            AddressCommand.class,
            DemoCommand.class,
            PruneCommand.class,
            HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n")
public final class XiaoquCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    private final CliContext context;

    XiaoquCommand(CliContext context, GlobalOptions global) {
        this.context = context;
        this.global = global;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.environment().err());
        return org.xiaoqu.common.ExitCode.USAGE.code();
    }
}
