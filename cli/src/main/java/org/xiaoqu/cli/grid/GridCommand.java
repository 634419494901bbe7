package org.xiaoqu.cli.grid;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.cli.CliContext;
import org.xiaoqu.cli.Console;
import org.xiaoqu.cli.RunPrinter;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.grid.GridEvaluation;
import org.xiaoqu.grid.GridEvaluationResult;
import org.xiaoqu.grid.GridMerge;
import org.xiaoqu.grid.GridReview;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code xiaoqu grid}: multi-grid-in-one (多网合一). */
@Command(
        name = "grid",
        description = "Multi-grid-in-one: merge every department's grid into one registry of buildings with stable"
                + " ids; evaluate against a truth; review close calls.",
        subcommands = {GridCommand.Merge.class, GridCommand.Evaluate.class, GridCommand.Review.class})
public final class GridCommand implements Callable<Integer> {
    private final CliContext context;

    GridCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        throw XiaoquException.usage("grid needs a command: merge, evaluate or review (see xiaoqu grid --help)");
    }

    /** {@code xiaoqu grid merge}. */
    @Command(
            name = "merge",
            description = "Merge the configured grid-membership, grid-cell and estate sources into unified buildings"
                    + " (ids carried forward from the last run, reviewers' decisions applied).")
    static final class Merge implements Callable<Integer> {
        @Option(
                names = "--base",
                paramLabel = "DEPARTMENT",
                description = "The department whose grid is the unified grid (default: ${DEFAULT-VALUE}).")
        String base = GridMerge.DEFAULT_BASE;

        @Option(
                names = "--label",
                paramLabel = "TEXT",
                description = "Run again over unchanged inputs under a new label (default: none).")
        String label = "";

        @Option(names = "--excel", description = "Also write .xlsx with Chinese headers.")
        boolean excel;

        @Option(
                names = "--from-store",
                description = "Merge what `xiaoqu import` published instead of reading the files.")
        boolean fromStore;

        @Option(names = "--fail-on", paramLabel = "review", description = "Exit 6 when records were sent to review.")
        String failOn = "";

        private final CliContext context;

        Merge(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            RunResult result;
            try (Store store = context.openStore()) {
                result = GridMerge.run(
                        store,
                        context.stopSignal(),
                        context.progress(),
                        context.settings().config(),
                        new GridMerge.Options(
                                context.global().out() == null
                                        ? null
                                        : context.workingDir()
                                                .resolve(context.global().out()),
                                context.workingDir().resolve("out"),
                                base,
                                label,
                                excel,
                                context.lang().name().toLowerCase(java.util.Locale.ROOT),
                                fromStore));
            }
            int code = RunPrinter.print(context.console(), result);
            if (code == 0
                    && "review".equals(failOn)
                    && result.counts().get("review") instanceof Number n
                    && n.longValue() > 0) {
                return ExitCode.REVIEW_NEEDED.code();
            }
            return code;
        }
    }

    /** {@code xiaoqu grid evaluate --truth DIR --out DIR}. */
    @Command(
            name = "evaluate",
            description = "Pairwise precision, recall and F1 at building level, B-cubed F1, and the review share"
                    + " of a merge run (--out DIR, or --run ID) against the generator's truth (--truth DIR).")
    static final class Evaluate implements Callable<Integer> {
        @Option(names = "--truth", required = true, paramLabel = "DIR", description = "The truth folder (records.csv).")
        Path truth;

        @Option(names = "--run", paramLabel = "ID", description = "A merge run of the store (its output folder).")
        @Nullable
        Long run;

        private final CliContext context;

        Evaluate(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Path out = context.global().out() == null
                    ? null
                    : context.workingDir().resolve(context.global().out());
            if (out == null) {
                if (run == null) {
                    throw XiaoquException.usage("grid evaluate needs the run's folder (--out DIR) or --run ID");
                }
                out = context.workingDir().resolve("out").resolve("grid-merge").resolve(Long.toString(run));
            }
            GridEvaluationResult r =
                    GridEvaluation.evaluate(context.workingDir().resolve(truth), out);
            Console console = context.console();
            console.result(
                    r,
                    console.text(
                            "grid.evaluate",
                            r.records(),
                            r.precision(),
                            r.recall(),
                            r.f1(),
                            r.bcubedPrecision(),
                            r.bcubedRecall(),
                            r.bcubedF1(),
                            100 * r.reviewShare(),
                            100 * r.ambiguousShare()));
            return ExitCode.OK.code();
        }
    }

    /** {@code xiaoqu grid review export|apply}. */
    @Command(
            name = "review",
            description = "The review loop: export a run's close calls for a person, apply their decisions.",
            subcommands = {Review.Export.class, Review.Apply.class})
    static final class Review implements Callable<Integer> {
        @Override
        public Integer call() {
            throw XiaoquException.usage("grid review needs a command: export or apply");
        }

        /** {@code xiaoqu grid review export [--run ID] [FILE]}. */
        @Command(
                name = "export",
                description = "Write a run's review list (each close call with both candidates and the explanation)"
                        + " as CSV for a person to decide.")
        static final class Export implements Callable<Integer> {
            @Option(names = "--run", paramLabel = "ID", description = "The merge run (default: the last).")
            @Nullable
            Long run;

            @Parameters(
                    index = "0",
                    arity = "0..1",
                    paramLabel = "FILE",
                    description = "Where to write (default: review-RUN.csv, or .xlsx with --excel).")
            @Nullable
            Path file;

            @Option(names = "--excel", description = "Write .xlsx (headers in the --lang language) instead of CSV.")
            boolean excel;

            private final CliContext context;

            Export(CliContext context) {
                this.context = context;
            }

            @Override
            public Integer call() {
                try (Store store = context.openStore()) {
                    Long id = run != null ? run : GridReview.lastRun(store);
                    if (id == null) {
                        throw XiaoquException.usage(
                                "no grid merge has completed in this store yet: run xiaoqu grid merge");
                    }
                    Path target = context.workingDir()
                            .resolve(file != null ? file : Path.of("review-" + id + (excel ? ".xlsx" : ".csv")));
                    int rows = GridReview.export(
                            store,
                            id,
                            target,
                            org.xiaoqu.report.ReportLang.valueOf(context.lang().name()));
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("run", id);
                    json.put("rows", rows);
                    json.put("file", target.toString());
                    context.console().result(json, context.console().text("grid.review.exported", rows, id, target));
                }
                return ExitCode.OK.code();
            }
        }

        /** {@code xiaoqu grid review apply FILE}. */
        @Command(name = "apply", description = "Record the decisions of a review file; every later merge applies them.")
        static final class Apply implements Callable<Integer> {
            @Parameters(
                    index = "0",
                    paramLabel = "FILE",
                    description = "A review file (CSV or .xlsx) with its decision column filled.")
            Path file;

            private final CliContext context;

            Apply(CliContext context) {
                this.context = context;
            }

            @Override
            public Integer call() {
                // a bad review file is the user's to fix: refuse it before a store is opened, created or announced
                GridReview.Decisions decisions =
                        GridReview.read(context.workingDir().resolve(file));
                try (Store store = context.openStore()) {
                    GridReview.Applied a = GridReview.record(store, decisions);
                    context.console()
                            .result(a, context.console().text("grid.review.applied", a.recorded(), a.undecided()));
                }
                return ExitCode.OK.code();
            }
        }
    }
}
