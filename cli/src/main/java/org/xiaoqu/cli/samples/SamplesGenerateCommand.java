package org.xiaoqu.cli.samples;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.cli.CliContext;
import org.xiaoqu.cli.Console;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.samples.CityGenerator;
import org.xiaoqu.samples.GeneratorRequest;
import org.xiaoqu.samples.GeneratorResult;
import org.xiaoqu.samples.NoiseLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xiaoqu samples generate}: a synthetic city, its departments' extracts, xiaoqu.yaml and truth/. */
@Command(
        name = "generate",
        description = "Write a synthetic city (departments' extracts, xiaoqu.yaml, truth/) into --out,"
                + " deterministically for its seed.")
final class SamplesGenerateCommand implements Callable<Integer> {
    @Option(
            names = "--buildings",
            paramLabel = "N",
            description = "Buildings in the city (default: ${DEFAULT-VALUE}, the committed sample city's size).")
    int buildings = GeneratorRequest.DEFAULT_BUILDINGS;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = GeneratorRequest.DEFAULT_SEED;

    @Option(
            names = "--noise",
            paramLabel = "LEVEL",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    NoiseLevel noise = NoiseLevel.MEDIUM;

    @Option(names = "--explain", description = "Print the table of noise rates at each level and stop.")
    boolean explain;

    private final CliContext context;

    SamplesGenerateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Console console = context.console();
        if (explain) {
            console.result(Map.of("noise", CityGenerator.explain()), CityGenerator.explain());
            return ExitCode.OK.code();
        }
        @Nullable Path out = context.global().out();
        if (out == null) {
            throw XiaoquException.usage("samples generate needs --out DIR: the folder to write the city into");
        }
        GeneratorResult result = CityGenerator.generate(
                new GeneratorRequest(context.workingDir().resolve(out).normalize(), buildings, seed, noise));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", "OK");
        json.put("exitCode", ExitCode.OK.code());
        json.put("result", result);
        console.result(json, result.toText());
        return ExitCode.OK.code();
    }
}
