package org.xiaoqu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every noise kind is present at every level, at its documented rate within sampling error. */
class NoiseRatesTest {

    @TempDir
    Path out;

    @ParameterizedTest
    @EnumSource(NoiseLevel.class)
    void everyKindAtItsDocumentedRate(NoiseLevel level) {
        GeneratorResult result = CityGenerator.generate(new GeneratorRequest(out, 6_000, 99, level));
        assertThat(result.noise()).hasSize(NoiseKind.values().length);
        for (GeneratorResult.NoiseMeasure m : result.noise()) {
            double p = m.kind().rate(level);
            assertThat(m.rate()).isEqualTo(p);
            assertThat(m.applied()).as("%s applied at %s", m.kind(), level).isPositive();
            // four standard errors of a binomial proportion, plus a little for the smallest samples
            double tolerance = 4 * Math.sqrt(p * (1 - p) / m.eligible()) + 0.002;
            assertThat(m.measured())
                    .as("%s at %s: %d of %d", m.kind(), level, m.applied(), m.eligible())
                    .isBetween(p - tolerance, p + tolerance);
        }
    }
}
