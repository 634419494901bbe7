package org.xiaoqu.cli.grid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xiaoqu.cli.CliRun;
import org.xiaoqu.store.StoreSettings;
import org.xiaoqu.store.TestStores;

/**
 * {@code xiaoqu grid merge|evaluate|review} through the real command line over a hand-written city
 * (src/test/resources/grid-city: four estates, three departments, every kind of slip once), on H2 and
 * PostgreSQL: the building crosswalk, the review list and the unmatched record are exactly the expected ones; a
 * reviewer's decision is honoured by the next run; {@code --fail-on review} exits 6.
 */
class GridCliIT {
    private static final List<String> FILES =
            List.of("xiaoqu.yaml", "estates.csv", "zongzhi.csv", "gongan.csv", "xiaofang.csv", "truth/records.csv");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void mergesTheHandWrittenCity(TestStores.Kind kind) throws IOException {
        for (String f : FILES) {
            Files.createDirectories(dir.resolve(f).getParent());
            try (InputStream in = GridCliIT.class.getResourceAsStream("/grid-city/" + f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
        Map<String, String> env = env(TestStores.fresh(kind, dir));
        CliRun merge = CliRun.run(dir, env, "--json", "--out", "run1", "grid", "merge");
        assertThat(merge.exitCode()).as(merge.toString()).isZero();
        assertThat(merge.err()).as("no progress line: stderr is no terminal").doesNotContain("\r");
        JsonNode json = merge.json();
        assertThat(json.get("counts").get("records").asLong()).isEqualTo(16);
        assertThat(json.get("counts").get("buildings").asLong()).isEqualTo(7);
        assertThat(json.get("counts").get("review").asLong()).isEqualTo(1);
        assertThat(json.get("counts").get("unmatched").asLong()).isEqualTo(1);
        assertThat(read(dir.resolve("run1/building_crosswalk.csv"))).isEqualTo(expected("building_crosswalk.csv"));
        assertThat(read(dir.resolve("run1/unified_buildings.csv"))
                        .lines()
                        .map(l -> l.split(",")[0])
                        .toList())
                .containsExactly(
                        "unified_id",
                        "UB4301030000001",
                        "UB4301030000002",
                        "UB4301030000003",
                        "UB4301030000004",
                        "UB4301030000005",
                        "UB4301030000006",
                        "UB4301030000007");
        assertThat(read(dir.resolve("run1/review.csv"))).contains("zz,Z7,综治,").contains("UB4301030000006");
        assertThat(read(dir.resolve("run1/unmatched.csv"))).contains("xf,X4,消防,430103,无名楼,NO_BUILDING");

        // the same city imported first, then merged from the store: the same buildings
        CliRun imported = CliRun.run(dir, env, "import");
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        CliRun fromStore = CliRun.run(dir, env, "--out", "stored", "grid", "merge", "--from-store");
        assertThat(fromStore.exitCode()).as(fromStore.toString()).isZero();
        assertThat(read(dir.resolve("stored/building_crosswalk.csv"))).isEqualTo(expected("building_crosswalk.csv"));

        CliRun evaluate = CliRun.run(dir, env, "--json", "--out", "run1", "grid", "evaluate", "--truth", "truth");
        assertThat(evaluate.exitCode()).as(evaluate.toString()).isZero();
        assertThat(evaluate.json().get("precision").asDouble()).isEqualTo(1.0);
        assertThat(evaluate.json().get("correctPairs").asLong()).isEqualTo(11);
        assertThat(evaluate.json().get("truePairs").asLong()).isEqualTo(12);

        assertThat(CliRun.run(dir, env, "--out", "run2", "grid", "merge", "--label", "again", "--fail-on", "review")
                        .exitCode())
                .isEqualTo(6);

        // an Excel export reads back: nothing decided yet
        CliRun xlsx = CliRun.run(dir, env, "--lang", "zh", "grid", "review", "export", "--excel", "review.xlsx");
        assertThat(xlsx.exitCode()).as(xlsx.toString()).isZero();
        CliRun none = CliRun.run(dir, env, "--json", "grid", "review", "apply", "review.xlsx");
        assertThat(none.exitCode()).as(none.toString()).isZero();
        assertThat(none.json().get("recorded").asInt()).isZero();
        assertThat(none.json().get("undecided").asInt()).isEqualTo(1);

        // the reviewer says Z7 is the first candidate (phase 1)
        CliRun export = CliRun.run(dir, env, "grid", "review", "export", "review.csv");
        assertThat(export.exitCode()).as(export.toString()).isZero();
        String exported = read(dir.resolve("review.csv"));
        String decided = exported.replace(",,,,,,\r\n", ",1,,,,,\r\n");
        assertThat(decided).isNotEqualTo(exported);
        Files.writeString(dir.resolve("review.csv"), decided, StandardCharsets.UTF_8);
        CliRun apply = CliRun.run(dir, env, "--json", "grid", "review", "apply", "review.csv");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(apply.json().get("recorded").asInt()).isEqualTo(1);
        CliRun after = CliRun.run(dir, env, "--json", "--lang", "zh", "--out", "run3", "grid", "merge", "--excel");
        assertThat(after.exitCode()).as(after.toString()).isZero();
        assertThat(after.json().get("counts").get("review").asLong()).isZero();
        assertThat(read(dir.resolve("run3/building_crosswalk.csv")))
                .contains("zz,Z7,综治,430103,UB4301030000006,1.0,DECISION_MUST_LINK");
        for (String table : List.of("unified_buildings", "building_crosswalk", "review", "id_lineage")) {
            assertThat(dir.resolve("run3/" + table + ".xlsx")).isNotEmptyFile();
        }
    }

    private static String read(Path f) throws IOException {
        return Files.readString(f, StandardCharsets.UTF_8);
    }

    private static String expected(String name) throws IOException {
        try (InputStream in = GridCliIT.class.getResourceAsStream("/grid-city/expected/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> env(StoreSettings settings) {
        Map<String, String> env = new HashMap<>();
        env.put("LANG", "en_US.UTF-8");
        env.put("XIAOQU_DB_URL", settings.url());
        env.put("XIAOQU_DB_SCHEMA", settings.schema());
        if (settings.user() != null) {
            env.put("XIAOQU_DB_USER", settings.user());
        }
        return env;
    }
}
