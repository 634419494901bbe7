package org.xiaoqu.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xiaoqu.schemas.InputKind;

class SourceSpecTest {

    @Test
    void columnsMustNameFieldsOfTheKind() {
        assertThatThrownBy(() -> new SourceSpec(
                        "a",
                        "综治",
                        InputKind.ESTATE,
                        Path.of("x.csv"),
                        Encoding.AUTO,
                        null,
                        Map.of("grid_code", "网格"),
                        null,
                        RejectBudget.DEFAULT))
                .hasMessageContaining("'grid_code'")
                .hasMessageContaining("estate_id");
    }

    @Test
    void idAndCrsAreChecked() {
        assertThatThrownBy(() -> new SourceSpec(
                        "Bad_Id",
                        "综治",
                        InputKind.ESTATE,
                        Path.of("x.csv"),
                        Encoding.AUTO,
                        null,
                        Map.of(),
                        null,
                        RejectBudget.DEFAULT))
                .hasMessageContaining("[a-z0-9][a-z0-9-]*");
        assertThatThrownBy(() -> new SourceSpec(
                        "a",
                        "综治",
                        InputKind.ESTATE,
                        Path.of("x.csv"),
                        Encoding.AUTO,
                        null,
                        Map.of(),
                        "WGS84",
                        RejectBudget.DEFAULT))
                .hasMessageContaining("WGS-84");
    }

    @Test
    void encodingNamesIncludeGbk() {
        assertThat(Encoding.of("GBK")).isEqualTo(Encoding.GB18030);
        assertThat(Encoding.of("utf8")).isEqualTo(Encoding.UTF_8);
        assertThatThrownBy(() -> Encoding.of("big5")).hasMessageContaining("auto, utf-8 or gb18030");
    }

    @Test
    void aConfiguredSourceBecomesASpecAndBadValuesAreUsageErrors() {
        var source = new org.xiaoqu.config.XiaoquConfig.Source(
                "zongzhi-buildings",
                "综治",
                "grid-membership",
                "综治/*.csv",
                "gbk",
                "楼栋",
                null,
                "GCJ-02",
                100L,
                0.02,
                Map.of("address", "详细地址"));
        SourceSpec spec = SourceSpec.of(source, Path.of("综治/a.csv"));
        assertThat(spec.kind()).isEqualTo(InputKind.GRID_MEMBERSHIP);
        assertThat(spec.encoding()).isEqualTo(Encoding.GB18030);
        assertThat(spec.budget()).isEqualTo(new RejectBudget(100L, 0.02));
        assertThat(spec.columns()).containsEntry("address", "详细地址");

        var bad = new org.xiaoqu.config.XiaoquConfig.Source(
                "x", "综治", "grid", "a.csv", "auto", null, null, null, null, 0.01, Map.of());
        assertThatThrownBy(() -> SourceSpec.of(bad, Path.of("a.csv")))
                .isInstanceOfSatisfying(org.xiaoqu.common.XiaoquException.class, e -> assertThat(e.exitCode())
                        .isEqualTo(org.xiaoqu.common.ExitCode.USAGE))
                .hasMessageStartingWith("source x: unknown input kind 'grid'");
    }

    @Test
    void adHocSourcesUseTheDefaults() {
        SourceSpec s = SourceSpec.adHoc(InputKind.ENTERPRISE, Path.of("dir/企业.csv"));
        assertThat(s.fileName()).isEqualTo("企业.csv");
        assertThat(s.budget()).isEqualTo(RejectBudget.DEFAULT);
        assertThat(s.encoding()).isEqualTo(Encoding.AUTO);
    }
}
