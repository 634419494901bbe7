package org.xiaoqu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.config.ConfigLoader;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.schemas.InputKind;
import org.xiaoqu.schemas.TableSchema;

/** {@code xiaoqu init}: a template and a source entry for every input kind, which {@code xiaoqu validate} accepts. */
class InitTest {
    @TempDir
    Path dir;

    @Test
    void everyKindGetsATemplateWithTheChineseHeaderAndASourceEntry() throws Exception {
        CliRun run = CliRun.run(dir, "init", "site");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        XiaoquConfig config = ConfigLoader.load(dir.resolve("site/xiaoqu.yaml"));
        assertThat(config.sources())
                .extracting(XiaoquConfig.Source::kind)
                .containsExactlyElementsOf(
                        Arrays.stream(InputKind.values()).map(InputKind::id).toList());
        for (InputKind kind : InputKind.values()) {
            Path template = dir.resolve("site/templates/" + kind.id() + ".csv");
            assertThat(config.source(kind.id()).orElseThrow().file()).isEqualTo("templates/" + kind.id() + ".csv");
            List<String> titles = TableSchema.of(kind).fields().stream()
                    .map(TableSchema.Field::title)
                    .toList();
            assertThat(Files.readString(template, StandardCharsets.UTF_8))
                    .as(kind.id())
                    .isEqualTo("\ufeff" + String.join(",", titles) + "\r\n");
        }
        String yaml = Files.readString(dir.resolve("site/xiaoqu.yaml"), StandardCharsets.UTF_8);
        assertThat(yaml)
                .contains("#  estate_id: 小区编号")
                .contains("every row fills one of: address | estate_name + building | road + road_number")
                .doesNotContain("#@sources");
    }

    /** An empty template is well formed: validate reads its header, binds every column, and finds no rows. */
    @Test
    void everyTemplateValidatesAsAnEmptyButWellFormedFile() {
        assertThat(CliRun.run(dir, "init", "site").exitCode()).isZero();
        CliRun all = CliRun.run(dir, "-c", "site/xiaoqu.yaml", "--json", "validate");
        assertThat(all.exitCode()).as(all.toString()).isZero();
        List<String> checked = new ArrayList<>();
        for (JsonNode source : all.json().get("sources")) {
            assertThat(source.get("exitCode").asInt()).as(source.toString()).isZero();
            assertThat(source.get("rowsRead").asInt()).isZero();
            assertThat(source.get("notes").toString())
                    .as(source.toString())
                    .isEqualTo("[\"the file has a header but no data rows\"]");
            checked.add(source.get("kind").asText());
        }
        assertThat(checked)
                .containsExactlyElementsOf(
                        Arrays.stream(InputKind.values()).map(InputKind::id).toList());
        for (InputKind kind : InputKind.values()) {
            CliRun one = CliRun.run(dir, "validate", "--kind", kind.id(), "site/templates/" + kind.id() + ".csv");
            assertThat(one.exitCode()).as(one.toString()).isZero();
            assertThat(one.out()).doesNotContain("match no field");
        }
    }

    @Test
    void onlyTheKindsAskedFor() throws Exception {
        CliRun run = CliRun.run(dir, "init", "--kind", "estate,credit-record", "site");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(ConfigLoader.load(dir.resolve("site/xiaoqu.yaml")).sources())
                .extracting(XiaoquConfig.Source::id)
                .containsExactly("estate", "credit-record");
        assertThat(dir.resolve("site/templates/estate.csv")).exists();
        assertThat(dir.resolve("site/templates/grid-cell.csv")).doesNotExist();

        CliRun bad = CliRun.run(dir, "init", "--kind", "estates", "other");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown input kind 'estates'").contains("estate, enterprise");
        assertThat(dir.resolve("other")).doesNotExist();
    }

    @Test
    void anExistingFileIsKeptUnlessForced() {
        assertThat(CliRun.run(dir, "init", "site").exitCode()).isZero();
        CliRun again = CliRun.run(dir, "init", "site");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists").contains("--force");
        assertThat(CliRun.run(dir, "init", "--force", "site").exitCode()).isZero();
    }
}
