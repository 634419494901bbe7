package org.xiaoqu.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.cli.CliRun;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.StoreSettings;

/** {@code xiaoqu prune} keeps the active load and the newest superseded ones, and drops the rest. */
class PruneCliIT {
    @TempDir
    Path dir;

    @Test
    void pruneDropsOnlyWhatRetentionNoLongerKeeps() throws Exception {
        Files.writeString(
                dir.resolve("xiaoqu.yaml"),
                "retention:\n  loads: 1\n  runs: 0d\nsources:\n  - id: grids\n    department: 综治\n    kind: grid-cell\n"
                        + "    file: grids.csv\n    businessDate: 2026-11-27\n",
                StandardCharsets.UTF_8);
        for (int version = 1; version <= 3; version++) {
            StringBuilder csv = new StringBuilder("网格编码,网格名称\n");
            for (int i = 0; i < 10 * version; i++) {
                csv.append("G")
                        .append(version)
                        .append('-')
                        .append(i)
                        .append(",第")
                        .append(i)
                        .append("网格\n");
            }
            Files.writeString(dir.resolve("grids.csv"), csv, StandardCharsets.UTF_8);
            CliRun imported = CliRun.run(dir, "import");
            assertThat(imported.exitCode()).as(imported.toString()).isZero();
        }

        CliRun dry = CliRun.run(dir, "--json", "prune", "--dry-run");
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        assertThat(dry.json().get("loads")).hasSize(1);
        assertThat(dry.json().get("stagedRows").asLong()).isEqualTo(10);
        assertThat(dry.json().get("gridRuns")).as("no grid merge ran").isEmpty();
        assertThat(dry.json().get("gridRows").asLong()).isZero();
        assertThat(dry.json().get("creditRuns")).as("no credit reconcile ran").isEmpty();
        assertThat(dry.json().get("creditRows").asLong()).isZero();

        CliRun pruned = CliRun.run(dir, Map.of("LANG", "en"), "prune");
        assertThat(pruned.exitCode()).as(pruned.toString()).isZero();
        assertThat(pruned.out())
                .contains("pruned 1 load(s) (10 staged rows) and 3 run(s), and the rows of 0 grid merge run(s) (0 rows)"
                        + " and of 0 credit reconcile run(s) (0 rows)");

        try (Store store = Store.open(StoreSettings.embedded(dir.resolve("xiaoqu-data")))) {
            JdbcTemplate jdbc = new JdbcTemplate(store.dataSource());
            assertThat(jdbc.queryForList("SELECT STATUS FROM XQ_LOAD ORDER BY LOAD_ID", String.class))
                    .containsExactly("PRUNED", "SUPERSEDED", "PUBLISHED");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM XQ_GRID_CELL", Long.class))
                    .isEqualTo(30);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM XQ_STG_GRID_CELL", Long.class))
                    .isEqualTo(50);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class))
                    .isZero();
        }
        // the active file is still "unchanged" although its job run was pruned: the registry decides
        CliRun again = CliRun.run(dir, "import");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("UNCHANGED");
    }
}
