package org.xiaoqu.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** A report using every block, for tests and for looking at: {@code main(out.html)}. */
final class ReportSample {
    private ReportSample() {}

    static HtmlReport sample(ReportLang lang) {
        SplittableRandom random = new SplittableRandom(7);
        double[] scores = new double[400];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.min(100, Math.max(20, 75 + 12 * random.nextGaussian()));
        }
        String[] streets = {"天心街道", "雨花街道", "岳麓街道", "开福街道", "芙蓉街道", "望城区高塘岭街道办事处（含经开区托管社区）"};
        String[] grades = {"优秀", "良好", "合格", "基本合格", "不合格"};
        BarChart bars = BarChart.horizontal("各街道楼栋匹配率").unit("%");
        StackedBarChart stacked = StackedBarChart.of("各街道小区评定等级");
        for (String g : grades) {
            stacked.series(g);
        }
        IntervalChart ranks = IntervalChart.of("小区排名区间（5%–中位数–95%）");
        HtmlTable table = HtmlTable.of(List.of("小区", "街道", "统一编码", "得分", "等级", "备注"))
                .filterable(true)
                .sortable(true)
                .pageSize(10);
        for (int i = 0; i < streets.length; i++) {
            double rate = 60 + 40 * random.nextDouble();
            bars.bar(streets[i], Math.round(rate * 10) / 10.0, rate > 90 ? "优秀" : rate > 75 ? "合格" : "不合格");
            double[] counts = new double[grades.length];
            for (int g = 0; g < grades.length; g++) {
                counts[g] = random.nextInt(2, 30);
            }
            stacked.category(streets[i], counts);
        }
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            double score = Math.round(scores[i] * 10) / 10.0;
            String grade = grades[Math.min(4, (int) ((100 - score) / 10))];
            rows.add(Arrays.asList(
                    "第" + (i + 1) + "小区",
                    streets[i % 5],
                    String.format("43010200%04d", i),
                    score,
                    grade,
                    i == 3 ? "<script>alert(1)</script>" : null));
            if (i < 12) {
                int mid = i + 1 + random.nextInt(0, 3);
                ranks.row(
                        "第" + (i + 1) + "小区",
                        Math.max(1, mid - 1 - random.nextInt(0, 5)),
                        mid,
                        mid + random.nextInt(1, 8),
                        grade);
            }
        }
        table.rows(rows);
        return HtmlReport.builder(lang.pick("小区治理评估报告（示例）", "Estate governance report (sample)"), lang)
                .subtitle("长沙市天心区 · 2026 年第 3 季度 · 运行 #42")
                .generatedAt(Instant.parse("2026-11-28T11:30:00Z"))
                .figures(List.of(
                        new KeyFigure("小区", "1,284"),
                        new KeyFigure("楼栋", "12,345", "已统一编码 11,870"),
                        new KeyFigure("冲突", "87", "需人工核对"),
                        new KeyFigure("平均得分", "75.3")))
                .section(
                        "概况",
                        Blocks.paragraph("本报告汇总各部门数据的匹配、信用核对与评估结果。数字均来自本次运行的输出文件。"),
                        Blocks.barChart(bars),
                        Blocks.stackedBars(stacked))
                .section("得分分布", Blocks.histogram("小区得分分布", scores, 16), Blocks.intervalChart(ranks))
                .section(
                        "明细",
                        Blocks.table(table),
                        Blocks.details(
                                "计分方法",
                                Blocks.paragraph("按政策文件第三条的指标加权，满分 100 分。"),
                                Blocks.bullets(List.of("党建引领 30 分", "物业服务 40 分", "居民满意度 30 分"))))
                .build();
    }

    public static void main(String[] args) throws Exception {
        sample(args.length > 1 ? ReportLang.of(args[1]) : ReportLang.ZH).writeTo(Path.of(args[0]));
    }
}
