package org.xiaoqu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.cli.imports.ImportCommand;
import org.xiaoqu.cli.imports.ValidateCommand;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.imports.Importer;
import org.xiaoqu.imports.SourceFiles;
import org.xiaoqu.imports.Sources;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.samples.CityGenerator;
import org.xiaoqu.samples.GeneratorRequest;
import org.xiaoqu.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code xiaoqu demo [DIR]}: the committed sample city through every job that exists, on the embedded
 * store in DIR (a new temporary folder by default), printing where everything went. Each job adds
 * itself here as it arrives.
 */
@Command(
        name = "demo",
        description = "Run the sample city through every job (validate, import) on an embedded store in DIR"
                + " (default: a new temporary folder) and say where everything went.")
final class DemoCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Folder for the city, its store and outputs.")
    @Nullable
    Path dir;

    private final CliContext context;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Path home = dir == null
                ? Files.createTempDirectory("xiaoqu-demo-")
                : Files.createDirectories(context.workingDir().resolve(dir));
        if (Files.exists(home.resolve("xiaoqu.yaml")) && Files.exists(home.resolve("xiaoqu-data"))) {
            context.console().note(context.lang().text("demo.reuse", home));
        }
        Console console = context.console();
        console.note(context.lang().text("demo.generate", home));
        CityGenerator.generate(GeneratorRequest.sampleCity(home));
        context.useConfig(home.resolve("xiaoqu.yaml"));
        XiaoquConfig config = context.settings().config();

        console.note(context.lang().text("demo.step", "1/2", "xiaoqu validate"));
        List<SourceFiles> targets = new ArrayList<>();
        for (XiaoquConfig.Source s : config.sources()) {
            targets.add(Sources.resolve(config, s, Sources.BudgetOverride.NONE));
        }
        Console quietResults = new Console(
                context.environment().err(), context.environment().err(), false, console.verbosity(), context.lang());
        int validated = ValidateCommand.check(quietResults, targets, home.resolve("validate-rejects.csv"), false);
        if (validated == ExitCode.INPUT_REJECTED.code()) {
            throw new XiaoquException(ExitCode.INPUT_REJECTED, "the sample city did not validate; see above");
        }

        console.note(context.lang().text("demo.step", "2/2", "xiaoqu import"));
        List<RunResult> results;
        Path outRoot = home.resolve("out");
        try (Store store = context.openStore()) {
            results = new Importer(store, context.stopSignal(), outRoot, null)
                    .withProgress(context.progress())
                    .run(config, config.sources(), Sources.BudgetOverride.NONE, false);
        }
        int code = ImportCommand.print(console, results);
        console.note(context.lang()
                .text(
                        "demo.where",
                        home,
                        home.resolve("xiaoqu.yaml"),
                        home.resolve("xiaoqu-data"),
                        outRoot.resolve("import"),
                        home.resolve("truth"),
                        home));
        return code;
    }
}
