package org.xiaoqu.cli.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.cli.CliContext;
import org.xiaoqu.cli.Console;
import org.xiaoqu.cli.InputKindIds;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.config.Nearest;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.imports.SourceFiles;
import org.xiaoqu.imports.Sources;
import org.xiaoqu.schemas.InputKind;
import org.xiaoqu.source.Problem;
import org.xiaoqu.source.RejectsCsvWriter;
import org.xiaoqu.source.SourceCheck;
import org.xiaoqu.source.SourceCheckResult;
import org.xiaoqu.source.SourceSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code xiaoqu validate}: check sources against their schemas and change nothing — configured
 * sources (all, or those named), or one file with {@code --kind KIND FILE}.
 */
@Command(name = "validate", description = "Check source files against their schemas; writes nothing to the store.")
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(
            paramLabel = "SOURCE|FILE",
            arity = "0..*",
            description = "Source ids (default: all), or with --kind one file to check.")
    List<String> args = new ArrayList<>();

    @Option(names = "--all", description = "Every configured source (the default when none is named).")
    boolean all;

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            completionCandidates = InputKindIds.class,
            description = "Check one file as this kind: ${COMPLETION-CANDIDATES}.")
    @Nullable
    String kind;

    @Option(
            names = "--rejects",
            paramLabel = "FILE",
            description = "Write every problem (file, line, column, value, reason) to this CSV.")
    @Nullable
    Path rejectsFile;

    @Mixin
    BudgetOptions budget = new BudgetOptions();

    private final CliContext context;

    ValidateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<SourceFiles> targets = new ArrayList<>();
        if (kind != null) {
            if (args.size() != 1) {
                throw XiaoquException.usage(
                        "--kind KIND takes exactly one FILE, e.g. xiaoqu validate --kind estate 小区.xlsx");
            }
            InputKind k = kindOf(kind);
            Path file = context.workingDir().resolve(args.get(0));
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new XiaoquException(ExitCode.INPUT_REJECTED, file + " not found");
            }
            targets.add(new SourceFiles(
                    "adhoc", "", k, List.of(SourceSpec.adHoc(k, file)), java.time.LocalDate.now(), "", 0));
        } else {
            XiaoquConfig config = context.settings().config();
            for (XiaoquConfig.Source s : Sources.select(config, all ? List.of() : args)) {
                targets.add(Sources.resolve(config, s, budget.override()));
            }
        }
        Path rejects = rejectsFile == null ? null : context.workingDir().resolve(rejectsFile);
        return check(context.console(), targets, rejects, budget.showPersonalData);
    }

    /**
     * Checks every file of {@code targets}, prints what it found (text or JSON) and returns the worst exit
     * code; also used by {@code xiaoqu demo}.
     */
    public static int check(
            Console console, List<SourceFiles> targets, @Nullable Path rejectsFile, boolean showPersonal) {
        List<ExitCode> codes = new ArrayList<>();
        List<Object> json = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        RejectsCsvWriter rejects = rejectsFile == null ? null : RejectsCsvWriter.open(rejectsFile);
        try {
            for (SourceFiles source : targets) {
                for (SourceSpec spec : source.specs()) {
                    SourceCheckResult r;
                    try {
                        r = SourceCheck.run(spec, row -> {}, p -> write(rejects, p), showPersonal);
                    } catch (XiaoquException e) {
                        console.note(e.getMessage());
                        codes.add(e.exitCode());
                        json.add(Map.of(
                                "source", spec.id(),
                                "file", spec.file().toString(),
                                "exitCode", e.exitCode().code(),
                                "error", e.getMessage()));
                        continue;
                    }
                    text.append(r.render());
                    codes.add(r.exitCode());
                    json.add(json(r));
                }
            }
        } finally {
            if (rejects != null) {
                rejects.close();
            }
        }
        ExitCode worst = ExitCode.worst(codes);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("job", "validate");
        o.put("exitCode", worst.code());
        o.put("sources", json);
        if (rejectsFile != null) {
            o.put("rejectsFile", rejectsFile.toString());
        }
        console.result(o, text.toString());
        return worst.code();
    }

    private static void write(@Nullable RejectsCsvWriter rejects, Problem p) {
        if (rejects != null) {
            rejects.write(p);
        }
    }

    private static InputKind kindOf(String value) {
        try {
            return InputKind.of(value);
        } catch (RuntimeException e) {
            List<String> kinds = java.util.Arrays.stream(InputKind.values())
                    .map(InputKind::id)
                    .toList();
            throw XiaoquException.usage("unknown kind '" + value + "'" + Nearest.hint(value, kinds) + " (kinds: "
                    + String.join(", ", kinds) + ")");
        }
    }

    private static Map<String, Object> json(SourceCheckResult r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("source", r.source());
        o.put("file", r.file());
        o.put("kind", r.kind());
        o.put("format", r.format().name());
        o.put("encoding", r.encoding());
        o.put("rowsRead", r.rowsRead());
        o.put("valid", r.valid());
        o.put("rejected", r.rejected());
        o.put("warned", r.warned());
        o.put("budgetExceeded", r.budgetExceeded());
        o.put("exitCode", r.exitCode().code());
        o.put("problems", r.problems().stream().map(Problem::format).toList());
        o.put("notes", r.notes());
        return o;
    }
}
