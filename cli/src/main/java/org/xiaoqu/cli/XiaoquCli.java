package org.xiaoqu.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * The one factory of the command line, used by {@link Main} and by tests: parses, sets up logging,
 * runs the command, maps every outcome to an {@link ExitCode}. No command exits the process.
 */
public final class XiaoquCli {
    private XiaoquCli() {}

    /** Runs {@code args} in {@code environment} and returns the exit code. */
    public static int execute(CliEnvironment environment, String... args) {
        Lang lang = Lang.detect(args, environment.env());
        CommandLine cli = create(environment, lang);
        return cli.execute(args);
    }

    /** The configured command line, for {@link #execute} and for tests of the usage text. */
    static CommandLine create(CliEnvironment environment, Lang lang) {
        GlobalOptions global = new GlobalOptions();
        CliContext context = new CliContext(environment, global, lang);
        CommandLine cli = new CommandLine(new XiaoquCommand(context, global), new Factory(context));
        cli.setResourceBundle(lang.bundle());
        cli.setOut(new PrintWriter(environment.out(), true));
        cli.setErr(new PrintWriter(environment.err(), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        setExitCodeList(cli, exitCodeList(lang));
        cli.setExitCodeExceptionMapper(
                t -> t instanceof XiaoquException x ? x.exitCode().code() : ExitCode.FAILED.code());
        cli.setParameterExceptionHandler((ex, args) -> UsageErrors.report(context, ex, args));
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> failure(context, ex));
        cli.setExecutionStrategy(parsed -> {
            // --help and --version answer before logging or anything else is set up: they must be instant
            Integer help = CommandLine.executeHelpRequest(parsed);
            if (help != null) {
                return help;
            }
            configureLogging(global.verbosity());
            if (environment.installSignalHandlers()) {
                Signals.install(context.stopSignal());
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        return cli;
    }

    /** Every command's help ends with the exit codes: the contract is the same for all. */
    private static void setExitCodeList(CommandLine cli, Map<String, String> list) {
        cli.getCommandSpec()
                .usageMessage()
                .exitCodeListHeading(cli.getCommandSpec().usageMessage().exitCodeListHeading());
        cli.getCommandSpec().usageMessage().exitCodeList(list);
        cli.getSubcommands().values().forEach(sub -> setExitCodeList(sub, list));
    }

    static Map<String, String> exitCodeList(Lang lang) {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode c : ExitCode.values()) {
            list.put(String.format("%3d", c.code()), lang.exitMeaning(c));
        }
        return list;
    }

    private static int failure(CliContext context, Exception ex) {
        Logger log = LoggerFactory.getLogger(XiaoquCli.class);
        Console console = context.console();
        if (ex instanceof XiaoquException x) {
            console.error(x.exitCode(), x.getMessage());
            if (x.getCause() != null) {
                log.debug("cause", x.getCause());
            }
            return x.exitCode().code();
        }
        console.error(
                ExitCode.FAILED,
                context.lang().text("internal.error", ex.getClass().getSimpleName() + ": " + ex.getMessage()));
        log.debug("internal error", ex);
        if (context.global().verbosity() >= 1) {
            ex.printStackTrace(console.err());
        }
        return ExitCode.FAILED.code();
    }

    private static void configureLogging(int verbosity) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext logback)) {
            return;
        }
        Level level =
                switch (verbosity) {
                    case -1 -> Level.ERROR;
                    case 0 -> Level.WARN;
                    case 1 -> Level.INFO;
                    case 2 -> Level.DEBUG;
                    default -> Level.TRACE;
                };
        logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(level);
        if (verbosity < 3) {
            // framework internals stay quiet below -vvv
            // their warnings repeat what xiaoqu reports in its own one line (or are about versions)
            logback.getLogger("org.springframework").setLevel(verbosity >= 2 ? Level.INFO : Level.ERROR);
            logback.getLogger("org.flywaydb").setLevel(verbosity >= 2 ? Level.INFO : Level.ERROR);
            logback.getLogger("com.zaxxer").setLevel(Level.WARN);
            logback.getLogger("org.h2").setLevel(Level.WARN);
        }
        // Spring Batch logs a failed step or job with its stack trace at ERROR; JobRunner already reports the
        // failure in one line (a refused file is a user error, never a stack trace): the trace only with -v
        Level batchFailures = verbosity < 1 ? Level.OFF : null;
        logback.getLogger("org.springframework.batch.core.step.AbstractStep").setLevel(batchFailures);
        logback.getLogger("org.springframework.batch.core.job.AbstractJob").setLevel(batchFailures);
    }

    /** Creates commands with the context when they ask for it in their constructor. */
    private static final class Factory implements IFactory {
        private final CliContext context;
        private final IFactory fallback = CommandLine.defaultFactory();

        Factory(CliContext context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                Constructor<K> c = cls.getDeclaredConstructor(CliContext.class);
                c.setAccessible(true);
                return c.newInstance(context);
            } catch (NoSuchMethodException e) {
                return fallback.create(cls);
            }
        }
    }
}
