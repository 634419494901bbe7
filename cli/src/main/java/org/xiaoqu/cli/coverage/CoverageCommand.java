package org.xiaoqu.cli.coverage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.cli.CliContext;
import org.xiaoqu.cli.RunPrinter;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.coverage.CoverageRunner;
import org.xiaoqu.coverage.CoverageTargets;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xiaoqu coverage}: the policy's coverage targets per community, street, district and city. */
@Command(
        name = "coverage",
        description = "The policy's coverage targets per community, street, district and city: party organisation,"
                + " owners' committee, professional property service (default target 90%%), property management of"
                + " any kind (100%%); the estates missing each target; the trend against the previous run.")
public final class CoverageCommand implements Callable<Integer> {
    @Option(names = "--targets", paramLabel = "FILE", description = "Targets file (YAML): targets, minHouseholds.")
    @Nullable
    Path targetsFile;

    @Option(
            names = "--target",
            paramLabel = "KEY=SHARE",
            description = "One target, e.g. party-org=95%% (party-org, owners-committee, professional-service,"
                    + " property-management).")
    List<String> targets = new ArrayList<>();

    @Option(names = "--min-households", paramLabel = "N", description = "Households an estate needs to qualify.")
    @Nullable
    Long minHouseholds;

    @Option(names = "--excel", description = "Also write an .xlsx workbook and CSVs with a BOM for people.")
    boolean excel;

    private final CliContext context;

    CoverageCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path wd = context.workingDir();
        CoverageTargets t =
                targetsFile == null ? CoverageTargets.defaults() : CoverageTargets.read(wd.resolve(targetsFile));
        for (String assignment : targets) {
            t = t.with(assignment);
        }
        if (minHouseholds != null) {
            if (minHouseholds < 0) {
                throw XiaoquException.usage("--min-households must not be negative");
            }
            t = new CoverageTargets(t.targets(), minHouseholds);
        }
        RunResult result;
        try (Store store = context.openStore()) {
            Path out = context.global().out();
            result = new CoverageRunner(store, context.stopSignal(), context.progress())
                    .run(
                            t,
                            context.lang().name().toLowerCase(Locale.ROOT),
                            excel,
                            wd.resolve("out"),
                            out == null ? null : wd.resolve(out));
        }
        return RunPrinter.print(context.console(), result);
    }
}
