package org.xiaoqu.cli.samples;

import java.util.concurrent.Callable;
import org.xiaoqu.cli.CliContext;
import org.xiaoqu.common.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code xiaoqu samples}: without a subcommand it prints the usage. */
@Command(
        name = "samples",
        description = "Synthetic cities with ground truth, for measuring the jobs.",
        subcommands = {SamplesGenerateCommand.class})
public final class SamplesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final CliContext context;

    SamplesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.environment().err());
        return ExitCode.USAGE.code();
    }
}
