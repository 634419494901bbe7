package org.xiaoqu.cli;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli could not parse, told to the user: one line per word it did not know, naming
 * the command it was given to and that command's nearest option or subcommand, in the user's language;
 * then how to get help when there was nothing to suggest. Always exit code 2.
 */
final class UsageErrors {
    private UsageErrors() {}

    static int report(CliContext context, ParameterException ex, String[] args) {
        Console console = context.console();
        Lang lang = context.lang();
        CommandLine cmd = withUnmatched(ex);
        List<String> lines = new ArrayList<>();
        boolean allSuggested = false;
        if (cmd == null) {
            lines.add(ex.getMessage());
            cmd = ex.getCommandLine();
        } else {
            allSuggested = describe(cmd.getCommandSpec(), unmatched(ex, cmd), args, lang, lines);
        }
        console.error(ExitCode.USAGE, String.join("\n", lines));
        if (!allSuggested) {
            console.err().println(lang.text("try.help", cmd.getCommandSpec().qualifiedName()));
        }
        return ExitCode.USAGE.code();
    }

    /**
     * The command holding words it did not know. A misspelt required option also leaves the option
     * missing, and picocli reports the missing one first; the misspelling is the cause, so it wins.
     */
    private static @Nullable CommandLine withUnmatched(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return ex.getCommandLine();
        }
        if (ex instanceof MissingParameterException) {
            for (CommandLine c = ex.getCommandLine(); c != null; c = c.getParent()) {
                if (!c.getUnmatchedArguments().isEmpty()) {
                    return c;
                }
            }
        }
        return null;
    }

    private static List<String> unmatched(ParameterException ex, CommandLine cmd) {
        return ex instanceof UnmatchedArgumentException u && cmd == ex.getCommandLine()
                ? u.getUnmatched()
                : cmd.getUnmatchedArguments();
    }

    /** Adds a line per unknown word; true when every one of them got a suggestion. */
    private static boolean describe(
            CommandSpec spec, List<String> words, String[] args, Lang lang, List<String> lines) {
        String command = spec.qualifiedName();
        int[] at = positions(words, args);
        boolean allSuggested = true;
        boolean commandReported = false;
        int valueMayFollow = -1; // index in args of an unknown option that may take the next word as its value
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (isOption(word)) {
                int eq = word.indexOf('=');
                String name = eq > 0 ? word.substring(0, eq) : word;
                List<String> near = Suggestions.nearest(name, optionNames(spec));
                lines.add(lang.text("unknown.option", name, command) + didYouMean(lang, near));
                allSuggested &= !near.isEmpty();
                boolean takesValue = near.isEmpty() || near.stream().anyMatch(n -> takesValue(spec, n));
                valueMayFollow = eq < 0 && takesValue ? at[i] : -1;
            } else if (valueMayFollow >= 0 && at[i] == valueMayFollow + 1) {
                valueMayFollow = -1; // "--bse 综治": 综治 is what the user meant for --base, not a second mistake
            } else if (!commandReported
                    && !spec.subcommands().isEmpty()
                    && spec.positionalParameters().isEmpty()) {
                List<String> near = Suggestions.nearest(word, spec.subcommands().keySet());
                lines.add(lang.text("unknown.command", word, command) + didYouMean(lang, near));
                allSuggested &= !near.isEmpty();
                commandReported = true;
                valueMayFollow = -1;
            } else {
                lines.add(lang.text("unexpected.argument", word, command));
                allSuggested = false;
                valueMayFollow = -1;
            }
        }
        return allSuggested;
    }

    private static boolean isOption(String word) {
        return word.length() > 1 && word.charAt(0) == '-' && !Character.isDigit(word.charAt(1));
    }

    private static List<String> optionNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                names.addAll(List.of(o.names()));
            }
        }
        return names;
    }

    private static boolean takesValue(CommandSpec spec, String optionName) {
        OptionSpec o = spec.findOption(optionName);
        return o != null && o.arity().max() > 0;
    }

    private static String didYouMean(Lang lang, List<String> near) {
        if (near.isEmpty()) {
            return "";
        }
        List<String> quoted = near.stream().map(n -> "'" + n + "'").toList();
        return lang.text("did.you.mean", String.join(" " + lang.text("or") + " ", quoted));
    }

    /**
     * Where each unknown word stands in the command line, to tell an option's value from a stray word;
     * matched from the end, since the words of the parent commands come first. -1 when not found.
     */
    private static int[] positions(List<String> words, String[] args) {
        int[] at = new int[words.size()];
        int j = args.length - 1;
        for (int i = words.size() - 1; i >= 0; i--) {
            int k = j;
            while (k >= 0 && !args[k].equals(words.get(i))) {
                k--;
            }
            at[i] = k;
            if (k >= 0) {
                j = k - 1;
            }
        }
        return at;
    }
}
