package org.xiaoqu.grid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.store.Store;

/**
 * What a merge run published, to compare a run that was killed and resumed with one that never was: the run
 * folder's tables and summary (less the run id), the store's rows of the run and of all runs per table, the run row
 * and the id sequence.
 */
public record GridSnapshot(
        Map<String, String> files,
        String summary,
        Map<String, Long> rowsOfRun,
        Map<String, Long> rowsOfAllRuns,
        String runRow,
        List<String> idSequence) {
    static final List<String> FILES = List.of(
            "unified_buildings.csv",
            "building_crosswalk.csv",
            "grid_crosswalk.csv",
            "conflicts.csv",
            "unmatched.csv",
            "review.csv",
            "id_lineage.csv");

    static final List<String> TABLES = List.of(
            "XQ_GRID_UNIFIED_BUILDING",
            "XQ_GRID_BUILDING_CROSSWALK",
            "XQ_GRID_GRID_CROSSWALK",
            "XQ_GRID_CONFLICT",
            "XQ_GRID_UNMATCHED",
            "XQ_GRID_REVIEW",
            "XQ_GRID_ID_LINEAGE",
            "XQ_GRID_RUN");

    public static GridSnapshot of(Store store, Path runFolder, long runId) {
        try {
            Map<String, String> files = new LinkedHashMap<>();
            for (String f : FILES) {
                files.put(f, Files.readString(runFolder.resolve(f), StandardCharsets.UTF_8));
            }
            ObjectNode summary = (ObjectNode) new ObjectMapper()
                    .readTree(runFolder.resolve("summary.json").toFile());
            summary.remove("run");
            JdbcTemplate jdbc = new JdbcTemplate(store.dataSource());
            Map<String, Long> ofRun = new LinkedHashMap<>();
            Map<String, Long> ofAll = new LinkedHashMap<>();
            for (String t : TABLES) {
                ofRun.put(t, jdbc.queryForObject("SELECT COUNT(*) FROM " + t + " WHERE RUN_ID = ?", Long.class, runId));
                // rows read, not H2's bare COUNT(*): that counts the leftovers of a transaction killed uncommitted
                // (GridKillCliIT's assertNothingPublished says more), which no reader sees
                ofAll.put(
                        t, jdbc.queryForObject("SELECT COUNT(*) FROM " + t + " WHERE RUN_ID IS NOT NULL", Long.class));
            }
            String run = jdbc.queryForObject(
                    "SELECT STATUS || ' ' || BASE_DEPARTMENT || ' ' || RECORDS || ' ' || BUILDINGS || ' ' || REVIEW || ' '"
                            + " || UNMATCHED FROM XQ_GRID_RUN WHERE RUN_ID = ?",
                    String.class,
                    runId);
            List<String> seq = jdbc.queryForList(
                    "SELECT DISTRICT_CODE || '=' || NEXT_VALUE FROM XQ_GRID_ID_SEQ ORDER BY DISTRICT_CODE",
                    String.class);
            return new GridSnapshot(files, summary.toString(), ofRun, ofAll, run, seq);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts, part by part (so that a failure names the part), that this run published what {@code clean} did. */
    public void assertSameAs(GridSnapshot clean) {
        for (String f : FILES) {
            assertThat(files.get(f)).as(f).isEqualTo(clean.files.get(f));
        }
        assertThat(summary).as("summary.json").isEqualTo(clean.summary);
        assertThat(rowsOfRun).as("rows of the run per table").isEqualTo(clean.rowsOfRun);
        assertThat(rowsOfAllRuns)
                .as("rows of every run per table: nothing of the killed attempt left, nothing twice")
                .isEqualTo(clean.rowsOfAllRuns)
                .isEqualTo(rowsOfRun);
        assertThat(runRow).as("the run row").isEqualTo(clean.runRow);
        assertThat(idSequence).as("the id sequence").isEqualTo(clean.idSequence);
    }
}
