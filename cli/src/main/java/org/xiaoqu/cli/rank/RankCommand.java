package org.xiaoqu.cli.rank;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.cli.CliContext;
import org.xiaoqu.cli.RunPrinter;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.rank.RankRequest;
import org.xiaoqu.rank.RankRun;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xiaoqu rank --scheme FILE [--year Y] [--sensitivity N --seed S] [--excel]}. */
@Command(
        name = "rank",
        description = "Assessment ranking under a scheme file: ranks, grades, contributions, change on the previous"
                + " year, explanations; with --sensitivity, each entity's rank interval.")
public final class RankCommand implements Callable<Integer> {
    @Option(
            names = "--scheme",
            paramLabel = "FILE",
            required = true,
            descriptionKey = "rank.scheme",
            description = "The ranking scheme (YAML; see samples/city/schemes/).")
    Path scheme;

    @Option(
            names = "--year",
            paramLabel = "Y",
            descriptionKey = "rank.year",
            description = "The year to rank (default: the scheme's period.year).")
    @Nullable
    Integer year;

    @Option(
            names = "--sensitivity",
            paramLabel = "N",
            descriptionKey = "rank.sensitivity",
            description = "Perturb the weights (and what the scheme allows) N times: rank intervals, unstable grades.")
    int draws;

    @Option(
            names = "--seed",
            paramLabel = "S",
            descriptionKey = "rank.seed",
            description = "Seed of the sensitivity draws (default: ${DEFAULT-VALUE}).")
    long seed = 20_260_101L;

    @Option(
            names = "--excel",
            descriptionKey = "rank.excel",
            description = "Also write ranking.xlsx and the publication version 公示版.xlsx (Chinese headers).")
    boolean excel;

    @Option(
            names = "--show-personal-data",
            descriptionKey = "show-personal-data",
            description = "Show names, phones and ID numbers unmasked in messages.")
    boolean showPersonalData;

    private final CliContext context;

    RankCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (draws < 0) {
            throw XiaoquException.usage("--sensitivity must be a number of draws, 0 or more");
        }
        Path file = context.workingDir().resolve(scheme);
        Path out = context.global().out() == null
                ? null
                : context.workingDir().resolve(context.global().out());
        RankRequest request = new RankRequest(
                file,
                year,
                draws,
                seed,
                excel,
                context.lang().name().toLowerCase(java.util.Locale.ROOT),
                showPersonalData);
        // a bad scheme is the user's to fix: refuse it before a store is opened, created or announced
        RankRun.check(request);
        RunResult result;
        try (Store store = context.openStore()) {
            result = RankRun.run(
                    store,
                    context.stopSignal(),
                    context.progress(),
                    context.workingDir().resolve("out"),
                    out,
                    request);
        }
        return RunPrinter.print(context.console(), result);
    }
}
