package org.xiaoqu.cli.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.xiaoqu.cli.CliContext;
import org.xiaoqu.cli.Console;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.imports.Pruner;
import org.xiaoqu.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiaoqu prune}: drop old loads, runs, grid merge and credit reconcile results past the configured retention.
 */
@Command(
        name = "prune",
        description = "Drop superseded loads, finished runs and old grid merge and credit reconcile results past the"
                + " retention the configuration declares.")
public final class PruneCommand implements Callable<Integer> {
    @Option(names = "--dry-run", description = "Say what would be dropped; drop nothing.")
    boolean dryRun;

    private final CliContext context;

    PruneCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        XiaoquConfig config = context.settings().config();
        Console console = context.console();
        Pruner.Result result;
        try (Store store = context.openStore()) {
            result = new Pruner(store).prune(config.keepLoads(), config.keepRuns(), dryRun);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("job", "prune");
        json.put("exitCode", 0);
        json.put("dryRun", dryRun);
        json.put("loads", result.loads());
        json.put("stagedRows", result.stagedRows());
        json.put("runs", result.runs());
        json.put("gridRuns", result.gridRuns());
        json.put("gridRows", result.gridRows());
        json.put("creditRuns", result.creditRuns());
        json.put("creditRows", result.creditRows());
        console.result(
                json,
                console.text(
                        dryRun ? "prune.would" : "prune.done",
                        result.loads().size(),
                        result.stagedRows(),
                        result.runs().size(),
                        result.gridRuns().size(),
                        result.gridRows(),
                        result.creditRuns().size(),
                        result.creditRows(),
                        config.keepLoads(),
                        config.keepRuns().toDays()));
        return ExitCode.OK.code();
    }
}
