package org.xiaoqu.grid.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.grid.report.GridReportData.ConflictRow;
import org.xiaoqu.grid.report.GridReportData.CrosswalkRow;
import org.xiaoqu.grid.report.GridReportData.DepartmentRate;
import org.xiaoqu.grid.report.GridReportData.IdChange;
import org.xiaoqu.grid.report.GridReportData.KindCount;
import org.xiaoqu.grid.report.GridReportData.Summary;
import org.xiaoqu.report.ReportLang;

class GridReportTest {
    /** A second night's run over a small district: what the merge job would pass. */
    static GridReportData sample(int conflicts, boolean firstRun) {
        Summary summary = new Summary(
                18_234,
                2_400,
                17_802,
                231,
                201,
                conflicts,
                3,
                firstRun,
                firstRun ? 2_400 : 12,
                firstRun ? 0 : 2_385,
                firstRun ? 0 : 4,
                firstRun ? 0 : 2,
                firstRun ? 0 : 1);
        List<DepartmentRate> departments = List.of(
                new DepartmentRate("综治", 2_450, 2_391, 40, 19),
                new DepartmentRate("公安", 6_310, 6_254, 21, 35),
                new DepartmentRate("城管", 2_390, 2_301, 45, 44),
                new DepartmentRate("民政", 2_404, 2_190, 110, 104),
                new DepartmentRate("消防", 2_330, 2_320, 5, 5),
                new DepartmentRate("住建", 2_356, 2_346, 10, 0));
        List<CrosswalkRow> crosswalk = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            String code = String.format("GA4301020010%02d", i);
            crosswalk.add(new CrosswalkRow("公安", code, String.format("430102001001%03d", i), 57, 57 / 60.0));
            crosswalk.add(new CrosswalkRow("公安", code, String.format("430102001001%03d", i + 1), 3, 3 / 60.0));
        }
        crosswalk.add(new CrosswalkRow("民政", "430102001001", "430102001001001", 60, 1.0));
        List<ConflictRow> rows = new ArrayList<>();
        for (int i = 0; i < conflicts; i++) {
            rows.add(new ConflictRow(
                    i % 7 == 0 ? "SPLIT_MEMBERSHIP" : "GRID_CONFLICT",
                    String.format("XQ-430102-%06d", i),
                    List.of("gongan-buildings:GA43010200" + i, "zongzhi-buildings:ZZ43010200" + i),
                    i == 3
                            ? "<script>alert('x')</script>"
                            : "综治 puts the building in 430102001001002 but its point (112.810978, 28.131754) is 38 m"
                                    + " outside it, in 430102001001001"));
        }
        List<IdChange> changes = firstRun
                ? List.of()
                : List.of(
                        new IdChange("NEW", "XQ-430102-002401", List.of(), "芙蓉区人民大道8号福康府25栋"),
                        new IdChange("MERGED", "XQ-430102-000017", List.of("XQ-430102-000016"), "芙蓉区荷塘山庄16栋"),
                        new IdChange(
                                "SPLIT",
                                "XQ-430102-000230",
                                List.of("XQ-430102-000230", "XQ-430102-002402"),
                                "芙蓉区江山新村一期3栋"),
                        new IdChange("RETIRED", "XQ-430102-000099", List.of(), "芙蓉区望月佳园32栋"));
        return new GridReportData(
                42L,
                Instant.parse("2026-11-28T18:00:00Z"),
                "综治",
                summary,
                departments,
                List.of(
                        new KindCount("GRID_CONFLICT", conflicts - conflicts / 7),
                        new KindCount("SPLIT_MEMBERSHIP", conflicts / 7),
                        new KindCount("SOMETHING_NEW", 1)),
                crosswalk,
                changes,
                rows);
    }

    @Test
    void chineseReportHasEverySection(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.html");
        GridReport.write(file, sample(40, false), ReportLang.ZH);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html)
                .contains("多网合一 · 网格统一报告", "基准图层：综治 · 运行 #42")
                .contains("各部门匹配率", "冲突分类", "网格对照", "编码变化（与上次运行相比）", "冲突明细")
                .contains("18,234", "97.6% 的记录") // 17,802 / 18,234
                .contains("网格冲突", "一楼多格", "SOMETHING_NEW") // unknown kinds shown as they are
                .contains("GA430102001001", "430102001001002", "XQ-430102-000016", "芙蓉区江山新村一期3栋")
                .contains("合并", "拆分", "注销")
                .doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert");
        // self-contained: no external resources
        assertThat(html).doesNotContain("src=\"http", "href=\"http", "@import");
    }

    @Test
    void englishReport() {
        String html = GridReport.build(sample(10, false), ReportLang.EN).html();
        assertThat(html)
                .contains("Multi-grid-in-one: grid merge report", "Base layer: 综治 · run #42")
                .contains("Match rate per department", "Conflicts by kind", "Grid crosswalk")
                .contains("Id changes since the last run", "Grid conflict", "Split membership", "Merged")
                .contains("97.6% of records")
                .doesNotContain("网格冲突", "各部门匹配率");
    }

    @Test
    void tinySharesAreNotRoundedToZero() {
        GridReportData d = sample(0, true);
        GridReportData tiny = new GridReportData(
                d.runId(),
                d.generatedAt(),
                d.baseDepartment(),
                new Summary(771_652, 103_646, 763_546, 7_724, 382, 0, 0, true, 103_646, 0, 0, 0, 0),
                d.departments(),
                d.conflictsByKind(),
                d.crosswalk(),
                d.idChanges(),
                d.conflicts());
        assertThat(GridReport.build(tiny, ReportLang.EN).html()).contains("&lt;0.1%", "1.0%");
    }

    @Test
    void firstRunSaysAllIdsAreNew() {
        String html = GridReport.build(sample(0, true), ReportLang.ZH).html();
        assertThat(html).contains("首次运行：所有 2,400 个统一编码均为新编码。", "没有冲突。");
    }

    @Test
    void sameDataSameBytes() {
        assertThat(GridReport.build(sample(30, false), ReportLang.ZH).html())
                .isEqualTo(GridReport.build(sample(30, false), ReportLang.ZH).html());
    }

    @Test
    void bigConflictTablesAreCutWithANote() {
        String html = GridReport.build(sample(GridReportData.CONFLICT_ROWS_SHOWN + 10, false), ReportLang.EN)
                .html();
        assertThat(html).contains("XQ-430102-004999").doesNotContain("XQ-430102-005000");
    }

    @Test
    void helpersFromTheResolversRecords() {
        assertThat(KindCount.tally(List.of("UNKNOWN_GRID", "GRID_CONFLICT", "SPLIT_MEMBERSHIP", "GRID_CONFLICT")))
                .containsExactly(
                        new KindCount("GRID_CONFLICT", 2),
                        new KindCount("SPLIT_MEMBERSHIP", 1),
                        new KindCount("UNKNOWN_GRID", 1));
        assertThat(CrosswalkRow.of(new org.xiaoqu.grid.geo.GridCrosswalkRow("公安", "G1", "Z1", 3, 0.75)))
                .isEqualTo(new CrosswalkRow("公安", "G1", "Z1", 3, 0.75));
        assertThat(ConflictRow.of(new org.xiaoqu.grid.geo.GridConflict("UNKNOWN_GRID", "b9", List.of("z:9"), "r")))
                .isEqualTo(new ConflictRow("UNKNOWN_GRID", "b9", List.of("z:9"), "r"));
    }

    /** Writes sample reports for looking at: {@code main(dir)}. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        GridReport.write(dir.resolve("grid-report-zh.html"), sample(120, false), ReportLang.ZH);
        GridReport.write(dir.resolve("grid-report-en.html"), sample(120, false), ReportLang.EN);
        GridReport.write(dir.resolve("grid-report-first.html"), sample(0, true), ReportLang.ZH);
    }
}
