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
    void adHocSourcesUseTheDefaults() {
        SourceSpec s = SourceSpec.adHoc(InputKind.ENTERPRISE, Path.of("dir/企业.csv"));
        assertThat(s.fileName()).isEqualTo("企业.csv");
        assertThat(s.budget()).isEqualTo(RejectBudget.DEFAULT);
        assertThat(s.encoding()).isEqualTo(Encoding.AUTO);
    }
}
