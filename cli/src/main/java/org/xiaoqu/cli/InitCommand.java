package org.xiaoqu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code xiaoqu init DIR}: a commented xiaoqu.yaml and source templates to start from. */
@Command(name = "init", description = "Write a commented xiaoqu.yaml and source templates into a folder.")
final class InitCommand implements Callable<Integer> {
    static final String TEMPLATE_ROOT = "/org/xiaoqu/cli/init/";

    @Parameters(paramLabel = "DIR", defaultValue = ".", description = "Target folder (default: the working folder).")
    Path dir;

    @Option(names = "--force", description = "Overwrite files that already exist.")
    boolean force;

    private final CliContext context;

    InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Path target = context.workingDir().resolve(dir).normalize();
        Files.createDirectories(target);
        List<String> names = new ArrayList<>();
        try (InputStream index = InitCommand.class.getResourceAsStream(TEMPLATE_ROOT + "index.txt")) {
            if (index == null) {
                throw new IllegalStateException("init templates missing from the class path");
            }
            for (String name : new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
        }
        for (String name : names) {
            Path file = target.resolve(name);
            if (Files.exists(file) && !force) {
                throw new XiaoquException(
                        ExitCode.USAGE, file + " already exists; use --force to overwrite it, or another folder");
            }
        }
        List<Path> written = new ArrayList<>();
        for (String name : names) {
            Path file = target.resolve(name);
            Files.createDirectories(file.getParent());
            try (InputStream in = InitCommand.class.getResourceAsStream(TEMPLATE_ROOT + name)) {
                Files.write(file, in.readAllBytes());
            }
            written.add(file);
        }
        Console console = context.console();
        console.result(
                Map.of("status", "OK", "exitCode", 0, "files", written),
                console.text("init.done", target, String.join("\n  ", names)));
        return ExitCode.OK.code();
    }
}
