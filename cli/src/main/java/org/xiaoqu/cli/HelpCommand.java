package org.xiaoqu.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code xiaoqu help [COMMAND…]}: a command's usage, as picocli's own help command prints it, also of a subcommand
 * ({@code help grid merge}). A word that names no command is told as on {@code xiaoqu jbos} ({@link UsageErrors}:
 * the nearest command, exit 2); picocli's says only "Unknown subcommand".
 */
@Command(
        name = "help",
        helpCommand = true,
        header = "Display help information about the specified command.",
        synopsisHeading = "%nUsage: ",
        description = {
            "%nWhen no COMMAND is given, the usage help for the main command is displayed.",
            "If a COMMAND is specified, the help for that command is shown.%n"
        })
final class HelpCommand implements IHelpCommandInitializable2, Callable<Integer> {
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            descriptionKey = "helpCommand.help",
            description = "Show usage help for the help command and exit.")
    boolean helpRequested;

    @Parameters(
            paramLabel = "COMMAND",
            arity = "0..*",
            descriptionKey = "helpCommand.command",
            description = "The COMMAND to display the usage help message for.")
    List<String> commands = new ArrayList<>();

    private @Nullable CommandLine self;
    private @Nullable PrintWriter out;
    private ColorScheme colors = Help.defaultColorScheme(Help.Ansi.AUTO);

    @Override
    public void init(
            CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter outWriter, PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    @Override
    public Integer call() {
        if (self == null || out == null || self.getParent() == null) {
            throw new IllegalStateException("the help command runs only as a subcommand, after initHelp");
        }
        CommandLine topic = self.getParent();
        for (String word : commands) {
            CommandLine sub = topic.getSubcommands().get(word);
            if (sub == null) {
                throw new UnmatchedArgumentException(topic, List.of(word));
            }
            topic = sub;
        }
        topic.usage(out, colors);
        return topic.getCommandSpec().exitCodeOnUsageHelp();
    }
}
