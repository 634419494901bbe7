package org.xiaoqu.cli.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.xiaoqu.cli.CliContext;
import org.xiaoqu.cli.RunPrinter;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.store.Store;
import org.xiaoqu.survey.SurveyRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xiaoqu survey aggregate FORM…}: surveys and evaluations into indicator values for {@code xiaoqu rank}. */
@Command(
        name = "survey",
        description = "Resident satisfaction surveys and owners'-committee evaluations.",
        subcommands = {SurveyCommand.Aggregate.class})
public final class SurveyCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final CliContext context;

    SurveyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.environment().err());
        return ExitCode.USAGE.code();
    }

    /** {@code xiaoqu survey aggregate FORM… [--excel]}. */
    @Command(
            name = "aggregate",
            description = "Aggregate survey responses (items 0-5; not applicable counted as full marks where the form"
                    + " says so; missing left out; minimum responses) per estate, enterprise and owners' committee"
                    + " into indicator-values.csv, the indicator-value input kind xiaoqu rank reads.")
    static final class Aggregate implements Callable<Integer> {
        @Parameters(paramLabel = "FORM", arity = "1..*", description = "Survey form files (YAML).")
        List<Path> forms = new ArrayList<>();

        @Option(names = "--excel", description = "Also write an .xlsx workbook and CSVs with a BOM for people.")
        boolean excel;

        private final CliContext context;

        Aggregate(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Path wd = context.workingDir();
            List<Path> files = forms.stream().map(wd::resolve).toList();
            // bad forms are the user's to fix: refuse them before a store is opened, created or announced
            SurveyRunner.check(files);
            RunResult result;
            try (Store store = context.openStore()) {
                Path out = context.global().out();
                result = new SurveyRunner(store, context.stopSignal(), context.progress())
                        .run(
                                files,
                                context.lang().name().toLowerCase(Locale.ROOT),
                                excel,
                                wd.resolve("out"),
                                out == null ? null : wd.resolve(out));
            }
            return RunPrinter.print(context.console(), result);
        }
    }
}
