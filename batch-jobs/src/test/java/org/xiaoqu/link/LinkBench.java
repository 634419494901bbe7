package org.xiaoqu.link;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a link configuration and evaluates it, for bench/link-benchmarks.sh: {@code LinkBench CONFIG OUT}.
 * Prints the run's text and the evaluation on stdout (a benchmark runner, not library code).
 */
public final class LinkBench {
    private static final Logger log = LoggerFactory.getLogger(LinkBench.class);

    private LinkBench() {}

    public static void main(String[] args) {
        Path config = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long t0 = System.nanoTime();
        LinkResult result = LinkEngine.run(config, out);
        double seconds = (System.nanoTime() - t0) / 1e9;
        StringBuilder b = new StringBuilder(result.toText());
        b.append(String.format(java.util.Locale.ROOT, "wall seconds: %.2f%n", seconds));
        if (args.length < 3 || !"--no-eval".equals(args[2])) {
            b.append(LinkEvaluator.evaluate(config, out).toText());
        }
        log.debug("bench done");
        System.out.print(b);
    }
}
