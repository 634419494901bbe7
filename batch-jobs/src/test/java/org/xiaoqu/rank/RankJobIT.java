package org.xiaoqu.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.run.Progress;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.TestStores;

/**
 * The rank job on H2 and PostgreSQL: two years of a small enterprise assessment whose scores are worked out by hand,
 * the change on the previous year from the store, a veto, half-years combined, the same inputs again unchanged, and
 * the same bytes from both stores.
 */
class RankJobIT {
    @TempDir
    Path dir;

    private static final String SCHEME =
            """
            id: test-enterprise
            title: 物业服务企业年度考评
            titleEn: Enterprise assessment
            entityKind: enterprise
            period: {year: 2024, halfYears: mean}
            sources:
              - {id: values, file: values.csv}
            indicators:
              - {id: service, name: 服务质量, nameEn: Service, source: values, direction: benefit, weight: 1}
              - {id: complaints, name: 投诉率, nameEn: Complaints, source: values, direction: cost, weight: 1}
            weighting: {method: fixed}
            vetoes:
              - {id: accident, name: 重大安全事故, source: values}
            grades:
              bands: [{grade: 优秀, gradeEn: Excellent, min: 60}, {grade: 合格, gradeEn: Pass, min: 30}, {grade: 不合格, gradeEn: Fail}]
            """;

    // 2024: service 10 20 30 40, complaints 4 3 2 1 → scores 0, 33.33, 66.67, 100 (E4 first)
    // 2025: service 40 (H1 35, H2 45) 20 30 10, complaints 1 3 2 4 → E1 100, E3 66.67 but vetoed, E2 33.33, E4 0
    private static final String VALUES =
            """
            entity_kind,entity_id,entity_name,period,indicator,value
            enterprise,E1,甲物业,2024,service,10
            enterprise,E2,乙物业,2024,service,20
            enterprise,E3,丙物业,2024,service,30
            enterprise,E4,丁物业,2024,service,40
            enterprise,E1,甲物业,2024,complaints,4
            enterprise,E2,乙物业,2024,complaints,3
            enterprise,E3,丙物业,2024,complaints,2
            enterprise,E4,丁物业,2024,complaints,1
            enterprise,E1,甲物业,2025H1,service,35
            enterprise,E1,甲物业,2025H2,service,45
            enterprise,E2,乙物业,2025,service,20
            enterprise,E3,丙物业,2025,service,30
            enterprise,E4,丁物业,2025,service,10
            enterprise,E1,甲物业,2025,complaints,1
            enterprise,E2,乙物业,2025,complaints,3
            enterprise,E3,丙物业,2025,complaints,2
            enterprise,E4,丁物业,2025,complaints,4
            enterprise,E3,丙物业,2025,accident,1
            estate,X1,别的,2025,service,99
            """;

    @Test
    void ranksTwoYearsOnBothStores() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("scheme.yaml"), SCHEME);
        Files.writeString(data.resolve("values.csv"), VALUES);
        Map<TestStores.Kind, byte[]> bytes = new HashMap<>();
        for (TestStores.Kind kind : TestStores.Kind.values()) {
            try (Store store = Store.open(TestStores.fresh(kind, dir.resolve(kind.name())))) {
                Path out = dir.resolve("out-" + kind);
                RunResult y2024 = run(store, out.resolve("2024"), 2024, 0);
                assertEquals(ExitCode.OK, y2024.exitCode(), y2024.messages().toString());
                Map<String, CSVRecord> r24 = read(y2024.outputDir().resolve("ranking.csv"));
                assertEquals("1", r24.get("E4").get("rank"));
                assertEquals("33.33", r24.get("E2").get("score"));
                assertEquals("", r24.get("E1").get("previous_rank"));

                RunResult y2025 = run(store, out.resolve("2025"), 2025, 200);
                assertEquals(ExitCode.OK, y2025.exitCode(), y2025.messages().toString());
                Map<String, CSVRecord> r25 = read(y2025.outputDir().resolve("ranking.csv"));
                assertEquals("1", r25.get("E1").get("rank"));
                assertEquals("100.00", r25.get("E1").get("score"));
                assertEquals("40", r25.get("E1").get("service_raw"));
                assertEquals("4", r25.get("E1").get("previous_rank"));
                assertEquals("3", r25.get("E1").get("rank_change"));
                assertEquals("100.00", r25.get("E1").get("score_change"));
                assertEquals("优秀", r25.get("E1").get("grade"));
                assertEquals("4", r25.get("E3").get("rank"));
                assertEquals("VETOED", r25.get("E3").get("status"));
                assertEquals("不合格", r25.get("E3").get("grade"));
                assertEquals("66.67", r25.get("E3").get("score"));
                assertEquals("2", r25.get("E2").get("rank"));
                assertEquals("3", r25.get("E4").get("rank"));
                assertEquals("-2", r25.get("E4").get("rank_change"));
                assertTrue(
                        r25.get("E1").get("explanation_zh").startsWith("在4个对象中排名第1（优秀），得分100.00。"),
                        r25.get("E1").get("explanation_zh"));
                assertTrue(r25.get("E1").get("explanation_en").contains("up 3 places"));
                assertTrue(!r25.get("E2").get("rank_q05").isEmpty());
                assertEquals(4, r25.size(), "the estate row is another kind");

                String report = Files.readString(y2025.outputDir().resolve("report.html"));
                assertTrue(report.contains("<svg") && report.contains("物业服务企业年度考评"), "report.html");
                List<String> publication = Files.readAllLines(y2025.outputDir().resolve("公示版.csv"));
                assertEquals("\uFEFF名次,对象编号,名称,负责人,得分,等级,名次变化,说明", publication.get(0));
                assertTrue(publication.get(1).startsWith("1,E1,甲物业,,100,优秀,3,"), publication.get(1));
                assertEquals(5, publication.size(), "ranked entities only");

                RunResult again = run(store, out.resolve("again"), 2025, 200);
                assertEquals("UNCHANGED", again.status());

                JdbcTemplate jdbc = new JdbcTemplate(store.dataSource());
                assertEquals(8, jdbc.queryForObject("SELECT COUNT(*) FROM XQ_RANK_RESULT", Integer.class));
                assertEquals(16, jdbc.queryForObject("SELECT COUNT(*) FROM XQ_RANK_CONTRIBUTION", Integer.class));
                assertEquals(
                        1,
                        jdbc.queryForObject(
                                "SELECT RANK_NO FROM XQ_RANK_RESULT r JOIN XQ_RANK_RUN u ON u.RUN_ID = r.RUN_ID"
                                        + " WHERE u.PERIOD_YEAR = 2025 AND r.ENTITY_ID = 'E1'",
                                Integer.class));
                bytes.put(kind, Files.readAllBytes(y2025.outputDir().resolve("ranking.csv")));
            }
        }
        assertArrayEquals(bytes.get(TestStores.Kind.H2), bytes.get(TestStores.Kind.POSTGRESQL));
    }

    private RunResult run(Store store, Path out, int year, int draws) {
        return RankRun.run(
                store,
                new StopSignal(),
                Progress.NONE,
                dir.resolve("default-out"),
                out,
                new RankRequest(dir.resolve("data/scheme.yaml"), year, draws, 7, false, "zh", false));
    }

    private static Map<String, CSVRecord> read(Path csv) throws IOException {
        Map<String, CSVRecord> rows = new HashMap<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)) {
                rows.put(rec.get("entity_id"), rec);
            }
        }
        return rows;
    }
}
