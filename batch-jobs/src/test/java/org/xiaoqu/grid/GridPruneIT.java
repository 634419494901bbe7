package org.xiaoqu.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.config.ConfigLoader;
import org.xiaoqu.imports.Pruner;
import org.xiaoqu.run.Progress;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.TestStores;

/**
 * {@code xiaoqu prune} and the grid tables: two stores merge the same changing city night after night; one is pruned
 * after the second night (retention 0 days). The prune drops the first night's detail and every row of an attempt
 * that never completed, keeps the latest run, the id sequence, the decisions and the lineage — and the third night
 * publishes exactly what the store that was never pruned publishes: the same id for every record, the same new id
 * for a new building, the same retirement, the same lineage. While the latest run is one whose job did not complete
 * (its restart replaces it), the run before it stays too. On H2 and PostgreSQL.
 */
class GridPruneIT {
    private static final Charset GB = Charset.forName("GB18030");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void theNextRunCarriesIdsForwardAfterAPruneExactlyAsWithout(TestStores.Kind kind) throws IOException {
        Path city = dir.resolve("city");
        GridNightlyIT.copy(GridMergeIT.CITY, city);
        Map<String, String> truth = GridNightlyIT.truth(city);
        try (Store pruned = Store.open(TestStores.fresh(kind, dir.resolve("pruned")));
                Store kept = Store.open(TestStores.fresh(kind, dir.resolve("kept")))) {
            JdbcTemplate p = new JdbcTemplate(pruned.dataSource());
            JdbcTemplate k = new JdbcTemplate(kept.dataSource());
            for (JdbcTemplate jdbc : List.of(p, k)) {
                // a reviewer's decision; its record is gone, so every run reports it contradicted
                jdbc.update("INSERT INTO XQ_GRID_DECISION (DECISION_ID, KIND, RECORD_A, UNIFIED_ID, NOTE, CREATED_AT)"
                        + " VALUES (1, 'PIN', 'xiaofang-buildings:XF0', 'UB4301029999999', 'on site',"
                        + " CURRENT_TIMESTAMP)");
            }
            long p1 = merge(pruned, "pruned", city, "night1").executionId();
            merge(kept, "kept", city, "night1");

            demolish(city, truth, "B430102000014");
            long p2 = merge(pruned, "pruned", city, "night2").executionId();
            merge(kept, "kept", city, "night2");
            List<String> lineage2 = p.queryForList(
                    "SELECT EVENT || ' ' || OLD_IDS || ' ' || NEW_IDS FROM XQ_GRID_ID_LINEAGE WHERE RUN_ID = ?",
                    String.class,
                    p2);
            assertThat(lineage2).anyMatch(e -> e.startsWith("RETIRE "));

            // an attempt of an older version, killed half-way through its publish: rows, and no run row
            long dead = p2 + 1000;
            p.update(
                    "INSERT INTO XQ_GRID_UNIFIED_BUILDING (RUN_ID, UNIFIED_ID, DISTRICT_CODE, RECORDS, IDENTITY_KEY)"
                            + " VALUES (?, 'UB4301020009001', '430102', 1, 'k')",
                    dead);
            p.update(
                    "INSERT INTO XQ_GRID_BUILDING_CROSSWALK (RUN_ID, SOURCE_ID, RECORD_KEY, UNIFIED_ID) VALUES"
                            + " (?, 's', 'r', 'UB4301020009001')",
                    dead);
            p.update(
                    "INSERT INTO XQ_GRID_ID_LINEAGE (RUN_ID, EVENT, NEW_IDS) VALUES (?, 'NEW', 'UB4301020009001')",
                    dead);
            long detail1 = rows(p, p1, false);
            assertThat(detail1).isGreaterThan(18_000);

            Pruner.Result dry = new Pruner(pruned).prune(10, Duration.ZERO, true);
            assertThat(dry.gridRuns()).containsExactly(p1, dead);
            assertThat(dry.gridRows()).isEqualTo(detail1 + 3);
            assertThat(rows(p, p1, false)).as("a dry run drops nothing").isEqualTo(detail1);

            Pruner.Result done = new Pruner(pruned).prune(10, Duration.ZERO, false);
            assertThat(done.gridRuns()).containsExactly(p1, dead);
            assertThat(done.gridRows()).isEqualTo(detail1 + 3);
            assertThat(p.queryForList("SELECT RUN_ID || ' ' || STATUS FROM XQ_GRID_RUN ORDER BY RUN_ID", String.class))
                    .containsExactly(p1 + " PRUNED", p2 + " COMPLETED");
            assertThat(rows(p, p1, false)).isZero();
            assertThat(rows(p, dead, true)).isZero();
            assertThat(rows(p, p2, false)).isGreaterThan(18_000);
            assertThat(p.queryForList(
                            "SELECT EVENT || ' ' || OLD_IDS || ' ' || NEW_IDS FROM XQ_GRID_ID_LINEAGE WHERE RUN_ID = ?",
                            String.class,
                            p2))
                    .as("the lineage stays")
                    .isEqualTo(lineage2);
            assertThatThrownBy(() -> GridReview.export(pruned, p1, dir.resolve("review-1.csv")))
                    .hasMessageContaining("were pruned");
            assertThat(p.queryForObject("SELECT COUNT(*) FROM XQ_GRID_DECISION", Long.class))
                    .isEqualTo(1);
            assertThat(sequence(p)).isEqualTo(sequence(k));
            assertThat(p.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class))
                    .as("the job runs went too")
                    .isZero();

            // night 3: another building demolished, a new one added
            demolish(city, truth, secondDemolished(truth));
            GridNightlyIT.edit(city.resolve("消防/消防楼栋.csv"), StandardCharsets.UTF_8, lines -> {
                List<String> out = new ArrayList<>(lines);
                out.add("XF4301029999901,XF430102001,长沙市芙蓉区福康府99#,12,,");
                return out;
            });
            RunResult p3 = merge(pruned, "pruned", city, "night3");
            RunResult k3 = merge(kept, "kept", city, "night3");
            for (String f : GridSnapshot.FILES) {
                assertThat(GridMergeIT.lines(p3.outputDir().resolve(f)))
                        .as(f)
                        .isEqualTo(GridMergeIT.lines(k3.outputDir().resolve(f)));
            }
            List<String> lineage3 = GridMergeIT.lines(p3.outputDir().resolve("id_lineage.csv"));
            assertThat(lineage3).anyMatch(l -> l.startsWith("NEW,,")).anyMatch(l -> l.startsWith("RETIRE,"));
            var summary = new ObjectMapper()
                    .readTree(p3.outputDir().resolve("summary.json").toFile());
            assertThat(summary.get("previousRun").asLong()).isEqualTo(p2);
            assertThat(sequence(p)).isEqualTo(sequence(k));

            // the latest run's job did not complete (killed after its publish committed): its restart would carry
            // ids forward from night 2, which therefore stays
            Timestamp now = new Timestamp(System.currentTimeMillis() + 1000);
            p.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED' WHERE JOB_EXECUTION_ID = ?", p3.executionId());
            assertThat(GridRetention.prune(pruned.dataSource(), now, false).runs())
                    .isEmpty();
            p.update(
                    "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'COMPLETED' WHERE JOB_EXECUTION_ID = ?", p3.executionId());
            assertThat(GridRetention.prune(pruned.dataSource(), now, false).runs())
                    .containsExactly(p2);
            assertThat(rows(p, p3.executionId(), false)).isGreaterThan(18_000);
        }
    }

    private RunResult merge(Store store, String name, Path city, String label) {
        RunResult r = GridMerge.run(
                store,
                new StopSignal(),
                Progress.NONE,
                ConfigLoader.load(city.resolve("xiaoqu.yaml")),
                new GridMerge.Options(
                        dir.resolve(name).resolve(label),
                        dir.resolve("out"),
                        GridMerge.DEFAULT_BASE,
                        label,
                        false,
                        "en"));
        assertThat(r.status()).as(r.messages().toString()).isEqualTo("COMPLETED");
        return r;
    }

    /** The records of {@code building} removed from every department's CSV extract. */
    private static void demolish(Path city, Map<String, String> truth, String building) throws IOException {
        TreeSet<String> records = new TreeSet<>();
        truth.forEach((ref, b) -> {
            if (b.equals(building)) {
                records.add(ref.substring(ref.indexOf(':') + 1));
            }
        });
        assertThat(records).isNotEmpty();
        for (String[] f : new String[][] {
            {"综治/网格楼栋.csv", "GB18030"},
            {"公安/实有房屋.csv", "UTF-8"},
            {"民政/社区楼栋.csv", "GB18030"},
            {"消防/消防楼栋.csv", "UTF-8"},
            {"住建/小区楼栋.csv", "UTF-8"}
        }) {
            Charset cs = f[1].equals("UTF-8") ? StandardCharsets.UTF_8 : GB;
            GridNightlyIT.edit(city.resolve(f[0]), cs, lines -> lines.stream()
                    .filter(l -> records.stream().noneMatch(r -> l.startsWith(r + ",")))
                    .toList());
        }
    }

    /** A building none of whose records is in 城管's workbook (which this test cannot edit as text). */
    private static String secondDemolished(Map<String, String> truth) {
        TreeSet<String> inWorkbook = new TreeSet<>();
        TreeSet<String> all = new TreeSet<>();
        truth.forEach((ref, b) -> {
            all.add(b);
            if (ref.startsWith("chengguan")) {
                inWorkbook.add(b);
            }
        });
        all.removeAll(inWorkbook);
        all.remove("B430102000014");
        all.removeIf(b -> b.isEmpty());
        return all.first();
    }

    /** Rows of {@code run} in the detail tables, and with {@code all} in the lineage and the run table too. */
    private static long rows(JdbcTemplate jdbc, long run, boolean all) {
        List<String> tables = new ArrayList<>(GridSnapshot.TABLES);
        if (!all) {
            tables.remove("XQ_GRID_ID_LINEAGE");
            tables.remove("XQ_GRID_RUN");
        }
        long n = 0;
        for (String t : tables) {
            n += jdbc.queryForObject("SELECT COUNT(*) FROM " + t + " WHERE RUN_ID = ?", Long.class, run);
        }
        return n;
    }

    private static List<String> sequence(JdbcTemplate jdbc) {
        return jdbc.queryForList(
                "SELECT DISTRICT_CODE || '=' || NEXT_VALUE FROM XQ_GRID_ID_SEQ ORDER BY DISTRICT_CODE", String.class);
    }
}
