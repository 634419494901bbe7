package org.xiaoqu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.cli.imports.ValidateCommand;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.coverage.CoverageRunner;
import org.xiaoqu.coverage.CoverageTargets;
import org.xiaoqu.credit.CreditReconcile;
import org.xiaoqu.grid.GridEvaluation;
import org.xiaoqu.grid.GridEvaluationResult;
import org.xiaoqu.grid.GridMerge;
import org.xiaoqu.imports.Importer;
import org.xiaoqu.imports.SourceFiles;
import org.xiaoqu.imports.Sources;
import org.xiaoqu.rank.RankRequest;
import org.xiaoqu.rank.RankRun;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.samples.CityGenerator;
import org.xiaoqu.samples.GeneratorRequest;
import org.xiaoqu.store.Store;
import org.xiaoqu.survey.SurveyRunner;
import org.xiaoqu.vote.VoteRequest;
import org.xiaoqu.vote.VoteTallier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code xiaoqu demo [DIR]}: the committed sample city through every job — validate, import, grid merge
 * (scored against the city's truth), credit reconcile, vote tally, coverage, survey aggregation and the four
 * rankings — on the embedded store in DIR (a new temporary folder by default), then where every report is.
 * Each job runs as its own command would, so the demo is also the quickest way to see that they fit together.
 */
@Command(
        name = "demo",
        description = "Run the sample city through every job (validate, import, grid merge, credit reconcile,"
                + " vote tally, coverage, survey, rank) on an embedded store in DIR (default: a new temporary"
                + " folder) and say where every report is.")
final class DemoCommand implements Callable<Integer> {
    /** The sample schemes, each ranked for 2024 and then for 2025 (so 2025 shows the change on the year). */
    static final List<String> SCHEMES = List.of("enterprise", "owners-committee", "estate", "street");

    private static final int STEPS = 8;
    private static final int SENSITIVITY_DRAWS = 1_000;
    private static final long SEED = 4301;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Folder for the city, its store and outputs.")
    @Nullable
    Path dir;

    private final CliContext context;
    private final List<RunResult> runs = new ArrayList<>();
    private int step;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Path home = dir == null
                ? Files.createTempDirectory("xiaoqu-demo-")
                : Files.createDirectories(context.workingDir().resolve(dir));
        Console console = context.console();
        if (Files.exists(home.resolve("xiaoqu.yaml"))) {
            // not written again: the workbooks' bytes would change (zip entry times) and re-import as new loads
            console.note(context.lang().text("demo.reuse", home));
        } else {
            console.note(context.lang().text("demo.generate", home));
            CityGenerator.generate(GeneratorRequest.sampleCity(home));
        }
        context.useConfig(home.resolve("xiaoqu.yaml"));
        XiaoquConfig config = context.settings().config();
        String lang = context.lang().name().toLowerCase(Locale.ROOT);
        Path out = home.resolve("out");

        validate(config, home);
        GridEvaluationResult quality = null;
        try (Store store = context.openStore()) {
            announce("xiaoqu import");
            ran(new Importer(store, context.stopSignal(), out, null)
                    .withProgress(context.progress())
                    .run(config, config.sources(), Sources.BudgetOverride.NONE, false));

            announce("xiaoqu grid merge --from-store");
            RunResult grid = ran(GridMerge.run(
                    store,
                    context.stopSignal(),
                    context.progress(),
                    config,
                    new GridMerge.Options(null, out, GridMerge.DEFAULT_BASE, "", false, lang, true)));
            Path gridRun = grid.outputDir();
            if (gridRun != null && Files.isDirectory(home.resolve("truth"))) {
                quality = GridEvaluation.evaluate(home.resolve("truth"), gridRun);
                console.note(context.lang()
                        .text(
                                "demo.quality",
                                quality.precision(),
                                quality.recall(),
                                quality.f1(),
                                quality.reviewShare() * 100,
                                quality.ambiguousShare() * 100));
            }

            announce("xiaoqu credit reconcile");
            ran(new CreditReconcile(store, context.stopSignal(), out, null)
                    .withProgress(context.progress())
                    .run(config, null, false, null, false, lang));

            announce("xiaoqu vote tally");
            List<Path> estates;
            try (Stream<Path> list = Files.list(home.resolve("业主投票"))) {
                estates = list.filter(Files::isDirectory).sorted().toList();
            }
            VoteTallier tallier = new VoteTallier(store, context.stopSignal(), context.progress());
            for (Path estate : estates) {
                ran(tallier.tally(
                        VoteRequest.of(estate.resolve("表决规则.yaml"), null, null, false, false, lang), out, null));
            }

            announce("xiaoqu coverage");
            ran(new CoverageRunner(store, context.stopSignal(), context.progress())
                    .run(CoverageTargets.defaults(), lang, false, out, null));

            announce("xiaoqu survey aggregate");
            ran(new SurveyRunner(store, context.stopSignal(), context.progress())
                    .run(
                            List.of(home.resolve("满意度调查/问卷.yaml"), home.resolve("业委会评价/评价表.yaml")),
                            lang,
                            false,
                            out,
                            null));

            announce("xiaoqu rank");
            for (String scheme : SCHEMES) {
                Path file = home.resolve("schemes").resolve(scheme + ".yaml");
                ran(RankRun.run(
                        store,
                        context.stopSignal(),
                        context.progress(),
                        out,
                        null,
                        new RankRequest(file, 2024, 0, SEED, false, lang, false)));
                ran(RankRun.run(
                        store,
                        context.stopSignal(),
                        context.progress(),
                        out,
                        null,
                        new RankRequest(file, 2025, SENSITIVITY_DRAWS, SEED, false, lang, false)));
            }
        }
        return finish(console, home, quality);
    }

    private void validate(XiaoquConfig config, Path home) {
        announce("xiaoqu validate");
        List<SourceFiles> targets = new ArrayList<>();
        for (XiaoquConfig.Source s : config.sources()) {
            targets.add(Sources.resolve(config, s, Sources.BudgetOverride.NONE));
        }
        Console toStderr = new Console(
                context.environment().err(),
                context.environment().err(),
                false,
                context.console().verbosity(),
                context.lang());
        int validated = ValidateCommand.check(toStderr, targets, home.resolve("validate-rejects.csv"), false);
        if (validated == ExitCode.INPUT_REJECTED.code()) {
            throw new XiaoquException(ExitCode.INPUT_REJECTED, "the sample city did not validate; see above");
        }
    }

    private void announce(String command) {
        context.console().note(context.lang().text("demo.step", ++step + "/" + STEPS, command));
    }

    private RunResult ran(RunResult result) {
        runs.add(result);
        Console console = context.console();
        result.messages().forEach(console::note);
        console.note(RunPrinter.summaryLine(console, result));
        return result;
    }

    private List<RunResult> ran(List<RunResult> results) {
        results.forEach(this::ran);
        return results;
    }

    /** One result: every run with its report, the store and the truth; the worst exit code of them all. */
    private int finish(Console console, Path home, @Nullable GridEvaluationResult quality) {
        ExitCode worst = ExitCode.worst(runs.stream().map(RunResult::exitCode).toList());
        StringBuilder text = new StringBuilder(context.lang().text("demo.reports"));
        List<Map<String, Object>> json = new ArrayList<>();
        for (RunResult r : runs) {
            Map<String, Object> o = RunPrinter.json(r);
            Path report = r.outputDir() == null ? null : r.outputDir().resolve("report.html");
            if (report != null && Files.exists(report)) {
                o.put("report", report.toString());
                text.append(String.format(Locale.ROOT, "%n  %-16s %s", r.job(), report));
            }
            json.add(o);
        }
        text.append(context.lang()
                .text(
                        "demo.where",
                        home,
                        home.resolve("xiaoqu.yaml"),
                        home.resolve("xiaoqu-data"),
                        home.resolve("out"),
                        home.resolve("truth"),
                        home));
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("job", "demo");
        all.put("status", worst == ExitCode.OK ? "OK" : worst.name());
        all.put("exitCode", worst.code());
        all.put("home", home.toString());
        if (quality != null) {
            all.put("gridQuality", quality);
        }
        all.put("runs", json);
        console.result(all, text.toString());
        return worst.code();
    }
}
