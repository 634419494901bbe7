package org.xiaoqu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.schemas.InputKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code xiaoqu init DIR}: a commented xiaoqu.yaml and, for every input kind (or those asked for), a template
 * with the header row and the kind's source entry, both derived from the kind's Table Schema.
 */
@Command(name = "init", description = "Write a commented xiaoqu.yaml and a template for each input kind.")
final class InitCommand implements Callable<Integer> {
    static final String CONFIG_TEMPLATE = "/org/xiaoqu/cli/init/xiaoqu.yaml";
    static final String SOURCES_MARK = "#@sources\n";

    @Parameters(paramLabel = "DIR", defaultValue = ".", description = "Target folder (default: the working folder).")
    Path dir;

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            split = ",",
            completionCandidates = InputKindIds.class,
            description = "Only these kinds (default: every kind): ${COMPLETION-CANDIDATES}.")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--force", description = "Overwrite files that already exist.")
    boolean force;

    private final CliContext context;

    InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Map<String, byte[]> files = files(selected());
        Path target = context.workingDir().resolve(dir).normalize();
        for (String name : files.keySet()) {
            Path file = target.resolve(name);
            if (Files.exists(file) && !force) {
                throw new XiaoquException(
                        ExitCode.USAGE, file + " already exists; use --force to overwrite it, or another folder");
            }
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path file = target.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, f.getValue());
            written.add(file);
        }
        Console console = context.console();
        console.result(
                Map.of("status", "OK", "exitCode", 0, "files", written),
                console.text("init.done", target, String.join("\n  ", files.keySet())));
        return ExitCode.OK.code();
    }

    private Set<InputKind> selected() {
        if (kinds.isEmpty()) {
            return new LinkedHashSet<>(List.of(InputKind.values()));
        }
        Set<InputKind> chosen = new LinkedHashSet<>();
        for (String k : kinds) {
            try {
                chosen.add(InputKind.of(k));
            } catch (IllegalArgumentException e) {
                throw XiaoquException.usage("--kind: " + e.getMessage());
            }
        }
        return chosen;
    }

    /** Every file to write, by its path relative to the target folder, in the order they are listed. */
    private static Map<String, byte[]> files(Set<InputKind> kinds) throws IOException {
        String config;
        try (InputStream in = InitCommand.class.getResourceAsStream(CONFIG_TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("init template missing from the class path: " + CONFIG_TEMPLATE);
            }
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String entries = kinds.stream().map(SourceTemplates::yamlEntry).collect(Collectors.joining("\n"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("xiaoqu.yaml", config.replace(SOURCES_MARK, entries).getBytes(StandardCharsets.UTF_8));
        for (InputKind kind : kinds) {
            files.put(SourceTemplates.file(kind), SourceTemplates.csv(kind).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }
}
