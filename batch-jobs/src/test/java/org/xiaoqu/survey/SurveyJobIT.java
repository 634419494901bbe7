package org.xiaoqu.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.run.Progress;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.TestStores;

/**
 * The whole job on both stores: values worked out by hand — n/a as full marks only where the form says so,
 * missing and unreadable answers left out, an all-blank response not counted, entities below the minimum without a
 * value, the enterprise pooled over its estates.
 */
class SurveyJobIT {
    @TempDir
    Path dir;

    private static Path fixture(String name) throws Exception {
        return Path.of(SurveyJobIT.class.getResource("/survey/" + name).toURI());
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aggregatesIntoIndicatorValues(TestStores.Kind kind) throws Exception {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            RunResult r = new SurveyRunner(store, new StopSignal(), Progress.NONE)
                    .run(
                            List.of(fixture("form.yaml"), fixture("evaluation.yaml")),
                            "zh",
                            true,
                            dir.resolve("out"),
                            null);
            assertThat(r.status()).isEqualTo("COMPLETED");
            assertThat(r.counts()).containsEntry("responses", 12L).containsEntry("belowMinimum", 2L);
            List<String> values = Files.readAllLines(r.outputDir().resolve("indicator-values.csv"));
            assertThat(values)
                    .containsExactly(
                            "entity_kind,entity_id,entity_name,period,indicator,value,unit,source",
                            // (13 + 9 + 7) + (15 + 4) of (15 + 10 + 10) + (15 + 10)
                            "enterprise,91430102MA4L000001,甲物业,2026H2,resident_satisfaction,80.00,分,survey:satisfaction-test",
                            // 9 + 5 of 20
                            "owners-committee,YWH1,甲小区,2026H2,committee_performance,70.00,分,survey:committee-test",
                            // one evaluation, two needed
                            "owners-committee,YWH2,乙小区,2026H2,committee_performance,,分,survey:committee-test",
                            // 29 of 35
                            "estate,E1,甲小区,2026H2,resident_satisfaction,82.86,分,survey:satisfaction-test",
                            // two non-empty responses, three needed
                            "estate,E2,乙小区,2026H2,resident_satisfaction,,分,survey:satisfaction-test",
                            // 9 + 5 + 6 of 35
                            "estate,E3,丙小区,2026H2,resident_satisfaction,57.14,分,survey:satisfaction-test");
            List<String> entities = Files.readAllLines(r.outputDir().resolve("entities.csv"));
            // survey, kind, id, name, responses, empty, scored, na_full, na_left_out, missing, invalid, points, full
            assertThat(entities)
                    .contains("satisfaction-test,estate,E2,乙小区,2,1,5,0,0,3,1,19,25,,responses 2 < minimum 3");
            assertThat(entities).contains("satisfaction-test,estate,E3,丙小区,3,0,6,1,2,0,0,20,35,57.14,");
            assertThat(r.outputDir().resolve("survey.xlsx")).exists();
            assertThat(r.outputDir().resolve("report.html")).content().contains("satisfaction-test");

            JdbcTemplate db = new JdbcTemplate(store.dataSource());
            assertThat(db.queryForObject(
                            "SELECT VALUE_ FROM XQ_SURVEY_VALUE WHERE RUN_ID = ? AND ENTITY_ID = 'E1'",
                            java.math.BigDecimal.class,
                            r.executionId()))
                    .isEqualByComparingTo("82.86");
            assertThat(db.queryForObject(
                            "SELECT COUNT(*) FROM XQ_SURVEY_ENTITY WHERE RUN_ID = ?", Long.class, r.executionId()))
                    .isEqualTo(6L);
        }
    }
}
