package org.xiaoqu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExplainTest {

    @Test
    void readmeCarriesTheTableExplainPrints() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains(CityGenerator.explain());
    }

    @Test
    void tableHasOneRowPerKindWithItsRates() {
        String table = CityGenerator.explain();
        for (NoiseKind k : NoiseKind.values()) {
            assertThat(table).contains("| `" + k.name() + "` |");
        }
        assertThat(table.lines().count()).isEqualTo(NoiseKind.values().length + 2L);
    }

    @Test
    void badRequestsAreUserErrors() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new GeneratorRequest(Path.of("x"), 0, 1, NoiseLevel.LOW))
                .isInstanceOf(org.xiaoqu.common.XiaoquException.class)
                .hasMessageContaining("--buildings");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NoiseLevel.parse("extreme"))
                .hasMessageContaining("low, medium or high");
    }
}
