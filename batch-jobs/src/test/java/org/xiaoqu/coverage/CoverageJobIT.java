package org.xiaoqu.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.config.ConfigFile;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.imports.Importer;
import org.xiaoqu.imports.Sources;
import org.xiaoqu.run.Progress;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.TestStores;

/**
 * Coverage on both stores from a real import of an estate register: shares at exactly the 90% target meet it,
 * unknown answers count as missing, 社区托管 and 社会组织代管 count as property management; then a corrected register
 * and a grid-merge run with an estate the register lacks: the trend against the first run and the unregistered
 * estate in the denominators.
 */
class CoverageJobIT {
    private static final String HEADER = "小区编码,小区名称,区划代码,区县,街道,社区,是否建立党组织,是否成立业委会,物业服务方式,总户数\n";

    @TempDir
    Path dir;

    private static String register(boolean e10PartyOrg) {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 1; i <= 10; i++) {
            b.append("E")
                    .append(i)
                    .append(",")
                    .append(i == 1 ? "福康府" : "小区" + i)
                    .append(",430102,芙蓉区,文艺路街道,")
                    .append(i <= 5 ? "裕南社区" : "识字岭社区")
                    .append(',')
                    .append(i <= 9 || e10PartyOrg ? "是" : "否")
                    .append(',')
                    .append(i <= 5 ? "是" : "否")
                    .append(',')
                    .append(i <= 9 ? "专业物业" : "社区托管")
                    .append(",200\n");
        }
        b.append("E11,老街小区,430103,天心区,坡子街街道,西牌楼社区,,否,无物业,120\n");
        b.append("E12,新街小区,430103,天心区,坡子街街道,西牌楼社区,是,是,社会组织代管,300\n");
        b.append("E13,小巷小区,430103,天心区,坡子街街道,西牌楼社区,是,否,居民自管,50\n");
        return b.toString();
    }

    private List<RunResult> importRegister(Store store, String content) throws Exception {
        Path file = dir.resolve("小区.csv");
        Files.writeString(file, content);
        XiaoquConfig.Source source = new XiaoquConfig.Source(
                "zhujian-estates",
                "住建",
                "estate",
                "小区.csv",
                "auto",
                null,
                LocalDate.of(2026, 11, 27),
                null,
                null,
                0.01,
                Map.of());
        XiaoquConfig config = new XiaoquConfig(
                null, dir, new ConfigFile.Store(null, null, null), 10, Duration.ofDays(90), List.of(source), null);
        return new Importer(store, new StopSignal(), dir.resolve("out"), null)
                .run(config, config.sources(), Sources.BudgetOverride.NONE, false);
    }

    private static Map<String, String[]> areas(Path out) throws Exception {
        Map<String, String[]> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(out.resolve("areas.csv"));
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",", -1);
            rows.put(c[0] + "|" + c[1] + "|" + c[3], c);
        }
        return rows;
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void sharesTargetsMissingEstatesTrendAndTheMergedGrid(TestStores.Kind kind) throws Exception {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            assertThat(importRegister(store, register(false)).get(0).status()).isEqualTo("COMPLETED");
            CoverageRunner runner = new CoverageRunner(store, new StopSignal(), Progress.NONE);
            RunResult first = runner.run(CoverageTargets.defaults(), "zh", false, dir.resolve("out"), null);
            assertThat(first.status()).isEqualTo("COMPLETED");
            assertThat(first.counts()).containsEntry("estates", 13).containsEntry("unregistered", 0);

            Map<String, String[]> a = areas(first.outputDir());
            // columns: level, code, name, indicator, indicator_name, target_pct, estates, qualifying, holding,
            // share_pct, meets_target, previous_pct, change_pct
            assertThat(a.get("DISTRICT|430102|PARTY_ORG")).containsSequence("10", "10", "9", "90.00", "true");
            assertThat(a.get("DISTRICT|430102|OWNERS_COMMITTEE")).containsSequence("5", "50.00", "false");
            assertThat(a.get("DISTRICT|430102|PROFESSIONAL_SERVICE")).containsSequence("9", "90.00", "true");
            assertThat(a.get("DISTRICT|430102|PROPERTY_MANAGEMENT")).containsSequence("10", "100.00", "true");
            assertThat(a.get("DISTRICT|430102|COMMUNITY_TRUSTEESHIP")[8]).isEqualTo("1");
            assertThat(a.get("DISTRICT|430103|PROPERTY_MANAGEMENT")).containsSequence("2", "66.67", "false");
            assertThat(a.get("DISTRICT|430103|SOCIAL_ORGANISATION")[8]).isEqualTo("1");
            assertThat(a.get("CITY|4301|PARTY_ORG")).containsSequence("长沙市");
            assertThat(a.get("CITY|4301|PARTY_ORG")).containsSequence("11", "84.62", "false", "", "");
            assertThat(a.get("COMMUNITY|430102/文艺路街道/识字岭社区|PARTY_ORG")).containsSequence("4", "80.00", "false");
            String missing = Files.readString(first.outputDir().resolve("missing.csv"));
            assertThat(missing).contains("E11,老街小区,430103,天心区,坡子街街道,西牌楼社区,PARTY_ORG,小区党组织,未知,register");
            assertThat(missing).contains("E10,小区10,430102,芙蓉区,文艺路街道,识字岭社区,PARTY_ORG,小区党组织,否,register");
            assertThat(missing).doesNotContain("E1,");

            // nothing new: unchanged
            assertThat(runner.run(CoverageTargets.defaults(), "zh", false, dir.resolve("out"), null)
                            .status())
                    .isEqualTo("UNCHANGED");

            // the register corrected, and a grid-merge run that knows an estate the register lacks
            importRegister(store, register(true));
            JdbcTemplate db = new JdbcTemplate(store.dataSource());
            db.execute(
                    "CREATE TABLE XQ_GRID_UNIFIED_BUILDING_T (RUN_ID BIGINT, UNIFIED_ID VARCHAR(20),"
                            + " DISTRICT_CODE VARCHAR(12), ESTATE_NAME VARCHAR(100), STREET VARCHAR(50), COMMUNITY VARCHAR(50))");
            db.update("INSERT INTO XQ_GRID_UNIFIED_BUILDING_T VALUES (7, 'U1', '430102', '福康府小区', '文艺路街道', '裕南社区'),"
                    + " (7, 'U2', '430102', '新月小区', '文艺路街道', '裕南社区'), (7, 'U3', '430102', '新月小区', '文艺路街道', '裕南社区'),"
                    + " (6, 'U4', '430102', '旧的小区', '文艺路街道', '裕南社区')");
            // and a row the grid merge's own table kept of a run killed while it published (no XQ_GRID_RUN row;
            // H2 can keep one after the kill): not a run
            db.update("INSERT INTO XQ_GRID_UNIFIED_BUILDING (RUN_ID, UNIFIED_ID, DISTRICT_CODE, ESTATE, RECORDS,"
                    + " IDENTITY_KEY) VALUES (99, 'UB4301020000001', '430102', '半途小区', 1, 'k')");
            RunResult second = runner.run(CoverageTargets.defaults(), "zh", false, dir.resolve("out"), null);
            assertThat(second.status()).isEqualTo("COMPLETED");
            assertThat(second.counts()).containsEntry("estates", 13).containsEntry("unregistered", 1);
            Map<String, String[]> b = areas(second.outputDir());
            // 10 of 11 with the grid's unregistered 新月小区; +0.91 points on 90.00
            assertThat(b.get("DISTRICT|430102|PARTY_ORG"))
                    .containsSequence("11", "11", "10", "90.91", "true", "90.00", "0.91");
            assertThat(b.get("DISTRICT|430102|PROPERTY_MANAGEMENT"))
                    .containsSequence("10", "90.91", "false", "100.00", "-9.09");
            assertThat(Files.readString(second.outputDir().resolve("missing.csv")))
                    .contains("新月小区,430102,芙蓉区,文艺路街道,裕南社区,PARTY_ORG,小区党组织,未登记,grid")
                    .doesNotContain("半途小区");
            assertThat(db.queryForObject("SELECT COUNT(DISTINCT RUN_ID) FROM XQ_COVERAGE_AREA", Long.class))
                    .isEqualTo(2L);

            // a stricter reading of 基本覆盖 and a households threshold
            RunResult strict = runner.run(
                    CoverageTargets.defaults().with("party-org=95%").with("professional-service=0.5"),
                    "en",
                    false,
                    dir.resolve("out"),
                    null);
            Map<String, String[]> s = areas(strict.outputDir());
            assertThat(s.get("DISTRICT|430102|PARTY_ORG")).containsSequence("95", "11", "11", "10", "90.91", "false");
        }
    }
}
