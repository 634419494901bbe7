package org.xiaoqu.cli.credit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.cli.CliContext;
import org.xiaoqu.cli.Console;
import org.xiaoqu.cli.RunPrinter;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.credit.CreditEvaluation;
import org.xiaoqu.credit.CreditReconcile;
import org.xiaoqu.credit.CreditScheme;
import org.xiaoqu.credit.CreditSettings;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code xiaoqu credit}: without a subcommand it prints the usage. */
@Command(
        name = "credit",
        description = "Credit records of property-service enterprises: reconcile the sources, score, evaluate.",
        subcommands = {CreditCommand.Reconcile.class, CreditCommand.Evaluate.class})
public final class CreditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final CliContext context;

    CreditCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.environment().err());
        return ExitCode.USAGE.code();
    }

    /** {@code xiaoqu credit reconcile [--as-of DATE] [--fail-on discrepancies] [--max-rows N]}. */
    @Command(
            name = "reconcile",
            description = "Check the credit sources against the ledger, classify every discrepancy, write the"
                    + " reconciled ledger and each enterprise's score and grade as of a date.")
    static final class Reconcile implements Callable<Integer> {
        @Option(
                names = "--as-of",
                paramLabel = "DATE",
                description = "Reconcile and score as of this date (default: credit.asOf of the configuration, else"
                        + " today).")
        @Nullable
        String asOf;

        @Option(
                names = "--fail-on",
                paramLabel = "discrepancies",
                description = "Exit 6 when any discrepancy was found.")
        @Nullable
        String failOn;

        @Option(
                names = "--max-rows",
                paramLabel = "N",
                description = "At most N rows in discrepancies.csv (the counts stay complete).")
        @Nullable
        Long maxRows;

        @Option(
                names = "--excel",
                description = "Also write credit.xlsx and CSV files with Chinese headers for people.")
        boolean excel;

        private final CliContext context;

        Reconcile(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (failOn != null && !failOn.equals("discrepancies")) {
                throw XiaoquException.usage("--fail-on takes 'discrepancies', not '" + failOn + "'");
            }
            if (maxRows != null && maxRows < 0) {
                throw XiaoquException.usage("--max-rows must not be negative");
            }
            LocalDate date = null;
            if (asOf != null) {
                try {
                    date = LocalDate.parse(asOf);
                } catch (DateTimeParseException e) {
                    throw XiaoquException.usage("--as-of '" + asOf + "' is not a date like 2026-11-27");
                }
            }
            XiaoquConfig config = context.settings().config();
            checkScheme(config);
            RunResult result;
            try (Store store = context.openStore()) {
                result = new CreditReconcile(
                                store,
                                context.stopSignal(),
                                context.workingDir().resolve("out"),
                                context.global().out())
                        .withProgress(context.progress())
                        .run(
                                config,
                                date,
                                failOn != null,
                                maxRows,
                                excel,
                                context.lang().name().toLowerCase(java.util.Locale.ROOT));
            }
            return RunPrinter.print(context.console(), result);
        }
    }

    /**
     * Reads the credit section and its scheme file before the store is opened, so that a bad scheme is refused
     * without creating or announcing a store; {@link CreditReconcile} checks them again. Kept here, not in the job
     * package, while that package is being rewritten.
     */
    private static void checkScheme(XiaoquConfig config) {
        if (config.file() == null) {
            throw XiaoquException.usage("credit reconcile needs a configuration file with a 'credit:' section"
                    + " (-c FILE or xiaoqu.yaml in the working folder)");
        }
        CreditScheme.load(CreditSettings.of(config).scheme());
    }

    /** {@code xiaoqu credit evaluate --truth DIR --out RUN_DIR}. */
    @Command(
            name = "evaluate",
            description = "Recall and precision per discrepancy class and overall of a reconcile run's folder"
                    + " (--out) against the generator's truth (--truth).")
    static final class Evaluate implements Callable<Integer> {
        @Option(
                names = "--truth",
                paramLabel = "DIR",
                required = true,
                description = "The generated city's truth/ folder.")
        Path truth;

        private final CliContext context;

        Evaluate(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Path out = context.global().out();
            if (out == null) {
                throw XiaoquException.usage("credit evaluate needs the output folder of a reconcile run: --out DIR");
            }
            Path dir = context.workingDir().resolve(out);
            CreditEvaluation e = CreditEvaluation.of(
                    dir.resolve("discrepancies.csv"), context.workingDir().resolve(truth));
            Console console = context.console();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", "OK");
            json.put("exitCode", ExitCode.OK.code());
            Map<String, Object> classes = new LinkedHashMap<>();
            e.byClass().forEach((c, n) -> classes.put(c.name(), figures(n)));
            json.put("classes", classes);
            json.put("overall", figures(e.overall()));
            console.result(json, e.table());
            return ExitCode.OK.code();
        }

        private static Map<String, Object> figures(CreditEvaluation.Counts c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("truePositives", c.truePositives());
            m.put("falsePositives", c.falsePositives());
            m.put("falseNegatives", c.falseNegatives());
            m.put("precision", c.precision());
            m.put("recall", c.recall());
            m.put("otherEnterprise", c.otherEnterprise());
            return m;
        }
    }
}
