package org.xiaoqu.cli.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.xiaoqu.cli.CliContext;
import org.xiaoqu.cli.Console;
import org.xiaoqu.cli.RunPrinter;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.imports.Importer;
import org.xiaoqu.imports.Sources;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code xiaoqu import [SOURCE…]}: load the configured sources into the store. */
@Command(
        name = "import",
        description = "Load sources into the store: staged, checked, and published only within the reject budget"
                + " (idempotent, restartable).")
public final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SOURCE", arity = "0..*", description = "Source ids to import (default: all of them).")
    List<String> ids = new ArrayList<>();

    @Mixin
    BudgetOptions budget = new BudgetOptions();

    private final CliContext context;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        XiaoquConfig config = context.settings().config();
        List<XiaoquConfig.Source> sources = Sources.select(config, ids);
        Sources.BudgetOverride override = budget.override();
        Console console = context.console();
        List<RunResult> results;
        try (Store store = context.openStore()) {
            results = new Importer(
                            store,
                            context.stopSignal(),
                            context.workingDir().resolve("out"),
                            context.global().out())
                    .withProgress(context.progress())
                    .run(config, sources, override, budget.showPersonalData);
        }
        return print(console, results);
    }

    /** Prints the per-source summary lines and the total; returns the worst exit code. */
    public static int print(Console console, List<RunResult> results) {
        List<ExitCode> codes = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Object> json = new ArrayList<>();
        for (RunResult r : results) {
            r.messages().forEach(console::note);
            text.append(RunPrinter.summaryLine(console, r)).append('\n');
            json.add(RunPrinter.json(r));
            codes.add(r.exitCode());
        }
        ExitCode worst = ExitCode.worst(codes);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("job", "import");
        all.put("status", worst == ExitCode.OK ? "OK" : worst.name());
        all.put("exitCode", worst.code());
        all.put("sources", json);
        long rows =
                results.stream().mapToLong(r -> number(r.counts().get("valid"))).sum();
        long rejected = results.stream()
                .mapToLong(r -> number(r.counts().get("rejected")))
                .sum();
        text.append(console.text("import.summary", results.size(), rows, rejected, worst.code()));
        console.result(all, text.toString());
        return worst.code();
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }
}
