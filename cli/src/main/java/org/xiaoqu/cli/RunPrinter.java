package org.xiaoqu.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.xiaoqu.run.RunResult;

/**
 * Renders a {@link RunResult}: the human summary (the last line is the one-line summary cron mails),
 * or the {@code --json} object.
 */
public final class RunPrinter {
    private RunPrinter() {}

    /** Prints the result and returns its exit code. */
    public static int print(Console console, RunResult result) {
        for (Long id : result.recovered()) {
            console.note(console.text("recovered", id));
        }
        for (String m : result.messages()) {
            console.note(m);
        }
        console.result(json(result), summaryLine(console, result));
        return result.exitCode().code();
    }

    static Map<String, Object> json(RunResult r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("job", r.job());
        o.put("executionId", r.executionId());
        o.put("status", r.status());
        o.put("exitCode", r.exitCode().code());
        o.put("counts", r.counts());
        o.put("messages", r.messages());
        o.put("outputDir", r.outputDir());
        o.put("recovered", r.recovered());
        return o;
    }

    /** {@code xiaoqu import: COMPLETED (exit 0) run 12 — read=1000 written=998 … → out/import/12}. */
    static String summaryLine(Console console, RunResult r) {
        StringBuilder line =
                new StringBuilder("xiaoqu ").append(r.job()).append(": ").append(r.status());
        line.append(" (exit ").append(r.exitCode().code()).append(')');
        if (r.executionId() != null) {
            line.append(' ').append(console.text("run")).append(' ').append(r.executionId());
        }
        if (!r.counts().isEmpty()) {
            line.append(" —");
            r.counts().forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        }
        if (r.outputDir() != null) {
            line.append(" → ").append(r.outputDir());
        }
        return line.toString();
    }
}
