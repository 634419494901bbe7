package org.xiaoqu.cli.address;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.xiaoqu.address.AddressParser;
import org.xiaoqu.address.eval.AddressEvaluation;
import org.xiaoqu.address.eval.Corpus;
import org.xiaoqu.address.eval.EvaluationResult;
import org.xiaoqu.cli.CliContext;
import org.xiaoqu.common.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code xiaoqu address evaluate --corpus naacl|ccks PATH}: span-level precision, recall and F1 of the
 * parser per mapped label, and their micro average.
 */
@Command(
        name = "evaluate",
        description = "Score the address parser on a labelled corpus: per-label span precision, recall, F1"
                + " and the micro average (NAACL 2019: test.txt; CCKS 2021: dev.conll).")
public final class AddressEvaluateCommand implements Callable<Integer> {
    @Option(
            names = "--corpus",
            required = true,
            paramLabel = "naacl|ccks",
            description = "The corpus format: naacl (NAACL 2019 Chinese address parsing) or ccks (CCKS 2021).")
    String corpus;

    @Parameters(paramLabel = "PATH", description = "The corpus folder (its default file is scored) or a file.")
    Path path;

    private final CliContext context;

    AddressEvaluateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Corpus c = Corpus.parse(corpus);
        Path resolved = context.workingDir().resolve(path);
        EvaluationResult result = new AddressEvaluation(AddressParser.hunan()).evaluate(c, resolved);
        context.console().result(result, result.toText());
        return ExitCode.OK.code();
    }
}
