package org.xiaoqu.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private XiaoquConfig load(String yaml) throws Exception {
        Path file = dir.resolve("xiaoqu.yaml");
        Files.writeString(file, yaml);
        return ConfigLoader.load(file);
    }

    @Test
    void defaultsApplyAndADeclaredRowBudgetStandsAlone() throws Exception {
        XiaoquConfig config = load("sources:\n"
                + "  - {id: a, kind: estate, file: a.csv}\n"
                + "  - {id: b, kind: estate, file: b.csv, maxRejects: 5}\n"
                + "  - {id: c, kind: estate, file: c.csv, maxRejects: 5, maxRejectRatio: 0.02, encoding: GBK}\n");
        assertThat(config.sources().get(0).maxRejectRatio()).isEqualTo(0.01);
        assertThat(config.sources().get(0).maxRejects()).isNull();
        assertThat(config.sources().get(0).encoding()).isEqualTo("auto");
        assertThat(config.sources().get(1).maxRejectRatio()).isEqualTo(1.0);
        assertThat(config.sources().get(2).maxRejectRatio()).isEqualTo(0.02);
        assertThat(config.sources().get(2).encoding()).isEqualTo("gb18030");
        assertThat(config.keepLoads()).isEqualTo(10);
        assertThat(config.keepRuns().toDays()).isEqualTo(90);
    }

    @Test
    void duplicateIdsBadRatiosAndBadDaysAreConfigurationErrors() {
        assertThatThrownBy(() ->
                        load("sources:\n  - {id: a, kind: estate, file: a}\n  - {id: a, kind: estate, file: b}\n"))
                .isInstanceOfSatisfying(
                        XiaoquException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining("declared twice");
        assertThatThrownBy(() -> load("sources:\n  - {id: a, kind: estate, file: a, maxRejectRatio: 5}\n"))
                .hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> load("retention:\n  runs: 3 months\n")).hasMessageContaining("such as 90d");
        assertThatThrownBy(() -> load("sources:\n  - {id: A_1, kind: estate, file: a}\n"))
                .hasMessageContaining("lower-case letters");
        assertThatThrownBy(() -> load("sources:\n  - {id: a, kind: estate}\n"))
                .hasMessageContaining("'file' is required");
        assertThatThrownBy(() -> load("store:\n  url: \"unterminated\n")).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> load("store: [1, 2]\n"))
                .hasMessageContaining("xiaoqu.yaml:1:")
                .hasMessageContaining("'store' must be a section of 'key: value' lines")
                .hasMessageNotContaining("ConfigFile");
        assertThatThrownBy(() -> load("sources:\n  - {id: a, kind: estate, file: a, maxRejects: many}\n"))
                .hasMessageContaining("'sources[0].maxRejects' must be a number");
    }
}
