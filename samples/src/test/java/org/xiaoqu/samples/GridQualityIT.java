package org.xiaoqu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xiaoqu.config.ConfigLoader;
import org.xiaoqu.grid.GridEvaluation;
import org.xiaoqu.grid.GridEvaluationResult;
import org.xiaoqu.grid.GridMerge;
import org.xiaoqu.run.Progress;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.StoreSettings;

/**
 * The grid merge's quality floors on generated cities (DESIGN 4, issue 7): pairwise F1 at building level at least
 * 0.98 at medium noise and 0.95 at high, the review share at most twice the share of genuinely ambiguous records.
 * The merge estimates everything from the city's own files; the truth is read only to score.
 */
class GridQualityIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"MEDIUM, 6000, 11, 0.98", "HIGH, 6000, 12, 0.95"})
    void meetsTheFloors(NoiseLevel noise, int buildings, long seed, double floor) {
        Path city = dir.resolve("city");
        CityGenerator.generate(new GeneratorRequest(city, buildings, seed, noise));
        try (Store store = Store.open(StoreSettings.embedded(dir.resolve("xiaoqu-data")))) {
            RunResult r = GridMerge.run(
                    store,
                    new StopSignal(),
                    Progress.NONE,
                    ConfigLoader.load(city.resolve("xiaoqu.yaml")),
                    new GridMerge.Options(
                            dir.resolve("merge"), dir.resolve("out"), GridMerge.DEFAULT_BASE, "", false, "en"));
            GridEvaluationResult q = GridEvaluation.evaluate(city.resolve("truth"), r.outputDir());
            System.out.printf("grid merge %s %d buildings: %s%n", noise, buildings, q);
            assertThat(q.f1()).isGreaterThanOrEqualTo(floor);
            assertThat(q.reviewShare()).isLessThanOrEqualTo(2 * q.ambiguousShare());
        }
    }
}
