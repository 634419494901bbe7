package org.xiaoqu.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality floors on the public benchmarks (issue 6), with the configurations shipped in bench/link and
 * parameters estimated from the data. Skipped when ../shared/benchmarks (or XIAOQU_BENCHMARKS) is absent.
 */
class LinkBenchmarksIT {
    static Path benchmarks;
    static Path configs;

    @TempDir
    Path temp;

    @BeforeAll
    static void locate() {
        String env = System.getProperty("xiaoqu.benchmarks", System.getenv("XIAOQU_BENCHMARKS"));
        Path repo = Path.of("").toAbsolutePath();
        while (repo != null && !Files.exists(repo.resolve("mvnw"))) {
            repo = repo.getParent();
        }
        assumeTrue(repo != null, "repository root not found");
        configs = repo.resolve("bench/link");
        benchmarks = env != null ? Path.of(env) : repo.resolveSibling("shared").resolve("benchmarks");
        System.setProperty("xiaoqu.benchmarks", benchmarks.toString());
    }

    private LinkEvaluation run(String config, String probe) {
        assumeTrue(Files.exists(benchmarks.resolve(probe)), () -> "benchmark data absent: " + probe);
        Path out = temp.resolve(config);
        LinkResult result = LinkEngine.run(configs.resolve(config + ".yaml"), out);
        assertThat(result.summary().emIterations())
                .as("parameters estimated by EM")
                .isPositive();
        return LinkEvaluator.evaluate(configs.resolve(config + ".yaml"), out);
    }

    @Test
    void febrl4LinkingReachesF1OfAtLeast099() {
        LinkEvaluation e = run("febrl4", "febrl/dataset4a.csv");
        assertThat(e.truePairs()).isEqualTo(5000);
        assertThat(e.f1()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void febrl3DedupeReachesF1OfAtLeast099() {
        LinkEvaluation e = run("febrl3", "febrl/dataset3.csv");
        assertThat(e.truePairs()).isEqualTo(6538);
        assertThat(e.f1()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void dblpAcmReachesF1OfAtLeast097() {
        LinkEvaluation e = run("dblp-acm", "dblp-acm/ACM.csv");
        assertThat(e.truePairs()).isEqualTo(2224);
        assertThat(e.f1()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void ccksAddressComparisonSeparatesExactFromNonMatchingAboveTheJaccardBaseline() throws Exception {
        Path tsv = benchmarks.resolve("ccks2021-address-relevance/fold0_dev.tsv");
        assumeTrue(Files.exists(tsv), "benchmark data absent: ccks2021-address-relevance");
        CcksAddressBench.Figures f = CcksAddressBench.measure(tsv);
        assertThat(f.engineExactVsNone()).isGreaterThanOrEqualTo(0.85);
        assertThat(f.engineExactVsNone()).isGreaterThan(f.jaccardExactVsNone());
        assertThat(f.engineExactVsRest()).isGreaterThan(f.jaccardExactVsRest());
    }
}
