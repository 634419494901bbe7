package org.xiaoqu.cli.link;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.xiaoqu.cli.CliContext;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.link.LinkEngine;
import org.xiaoqu.link.LinkEvaluation;
import org.xiaoqu.link.LinkEvaluator;
import org.xiaoqu.link.LinkResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiaoqu link --config LINK.yaml}: links or de-duplicates the CSV sources a link configuration names
 * and writes pairs.csv, review.csv, clusters.csv, summary.json and parameters.json; {@code xiaoqu link
 * evaluate} scores such an output folder against the truth the configuration declares.
 */
@Command(
        name = "link",
        description = "Record linkage / de-duplication of CSV sources under a link configuration (--config).",
        subcommands = {LinkCommand.Evaluate.class})
public final class LinkCommand implements Callable<Integer> {
    @Option(names = "--fail-on", paramLabel = "review", description = "Exit 6 when pairs were sent to review.")
    String failOn = "";

    private final CliContext context;

    LinkCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path config = requireConfig(context);
        Path given = context.global().out();
        Path out = given != null
                ? context.workingDir().resolve(given)
                : context.workingDir()
                        .resolve("out/link/"
                                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        LinkResult result = LinkEngine.run(config, out);
        context.console().result(result, result.toText());
        if ("review".equals(failOn) && result.summary().review() > 0) {
            return ExitCode.REVIEW_NEEDED.code();
        }
        return ExitCode.OK.code();
    }

    static Path requireConfig(CliContext context) {
        Path config = context.global().config();
        if (config == null) {
            throw XiaoquException.usage("link needs a link configuration: xiaoqu link --config LINK.yaml");
        }
        return context.workingDir().resolve(config);
    }

    /** {@code xiaoqu link evaluate --config LINK.yaml --out DIR}. */
    @Command(
            name = "evaluate",
            description = "Pairwise precision, recall, F1 and cluster-level B-cubed F1 of a link output folder"
                    + " (--out) against the truth its configuration (--config) declares.")
    static final class Evaluate implements Callable<Integer> {
        private final CliContext context;

        Evaluate(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Path config = requireConfig(context);
            Path out = context.global().out();
            if (out == null) {
                throw XiaoquException.usage("link evaluate needs the output folder of a link run: --out DIR");
            }
            LinkEvaluation evaluation =
                    LinkEvaluator.evaluate(config, context.workingDir().resolve(out));
            context.console().result(evaluation, evaluation.toText());
            return ExitCode.OK.code();
        }
    }
}
