package org.xiaoqu.cli.address;

import java.util.concurrent.Callable;
import org.xiaoqu.cli.CliContext;
import org.xiaoqu.common.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code xiaoqu address}: the address parser's commands. */
@Command(
        name = "address",
        description = "The Chinese address parser: evaluate it on labelled corpora.",
        subcommands = {AddressEvaluateCommand.class})
public final class AddressCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final CliContext context;

    AddressCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.environment().err());
        return ExitCode.USAGE.code();
    }
}
