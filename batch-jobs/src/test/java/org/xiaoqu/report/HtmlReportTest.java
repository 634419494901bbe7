package org.xiaoqu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    private static final String EVIL = "<script>alert('x')</script>";

    private static String render(ReportLang lang, Block... blocks) {
        return HtmlReport.builder("标题 " + EVIL, lang)
                .subtitle(EVIL)
                .figures(List.of(new KeyFigure(EVIL, "1 & 2", EVIL)))
                .section(EVIL, blocks)
                .build()
                .html();
    }

    @Test
    void everyTextIsEscaped() {
        String html = render(
                ReportLang.ZH,
                Blocks.paragraph(EVIL),
                Blocks.barChart(BarChart.horizontal(EVIL).bar(EVIL, 3, EVIL)),
                Blocks.stackedBars(StackedBarChart.of(EVIL).series(EVIL).category(EVIL, 2)),
                Blocks.histogram(EVIL, new double[] {1, 2}, 2),
                Blocks.intervalChart(IntervalChart.of(EVIL).row(EVIL, 1, 2, 3)),
                Blocks.table(HtmlTable.of(List.of(EVIL)).row(List.of(EVIL)).filterable(true)),
                Blocks.details(EVIL, Blocks.bullets(List.of(EVIL))));
        // the page's own script is the only one
        assertThat(html.split("<script>", -1)).hasSize(2);
        assertThat(html).doesNotContain("<script>alert");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(html).contains("1 &amp; 2");
    }

    @Test
    void thePageIsSelfContained() {
        String html = ReportSample.sample(ReportLang.ZH).html();
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).contains("<meta charset=\"utf-8\">", "name=\"viewport\"", "<style>", "@media print");
        assertThat(html).containsIgnoringCase("Microsoft YaHei");
        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//");
        assertThat(html).doesNotContainIgnoringCase("http");
        assertThat(html).doesNotContain("@import", "url(");
        assertThat(Pattern.compile("(?i)href=\"([^\"]*)\"")
                        .matcher(html)
                        .results()
                        .map(m -> m.group(1)))
                .allMatch(h -> h.startsWith("#"));
    }

    @Test
    void aBarChartDrawsOneRectPerBarWithLengthsInProportion() {
        String html = render(
                ReportLang.EN,
                Blocks.barChart(BarChart.horizontal("rates")
                        .bar("north", 50, "良好")
                        .bar("south", 100, "不合格")
                        .unit("%")));
        Matcher m = Pattern.compile(
                        "<rect x=\"([0-9.]+)\" y=\"[0-9.]+\" width=\"([0-9.]+)\" height=\"18\" rx=\"2\" fill=\"(#[0-9A-F]{6})\"")
                .matcher(html);
        assertThat(m.find()).isTrue();
        double north = Double.parseDouble(m.group(2));
        assertThat(m.group(3)).isEqualTo(Palette.colour("良好"));
        assertThat(m.find()).isTrue();
        double south = Double.parseDouble(m.group(2));
        assertThat(m.group(3)).isEqualTo(Palette.colour("不合格")).isNotEqualTo(Palette.colour("良好"));
        assertThat(m.find()).isFalse();
        assertThat(south / north).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(html).contains(">north</text>", ">50%</text>", ">100%</text>");
    }

    @Test
    void numbersFollowTheLanguageAndTablesMarkNumericColumns() {
        String html = render(
                ReportLang.ZH,
                Blocks.table(HtmlTable.of(List.of("名称", "户数"))
                        .row(Arrays.asList("甲", 12345.678))
                        .row(Arrays.asList("乙", null))
                        .sortable(true)
                        .pageSize(1)));
        assertThat(html).contains("<th class=\"num\">户数</th>", "data-v=\"12345.678\">12,345.68</td>");
        assertThat(html).contains("class=\"sortable\"", "data-page=\"1\"", "class=\"pager\"");
    }

    @Test
    void rowsPastMaxRowsAreLeftOutWithANote() {
        HtmlTable t = HtmlTable.of(List.of("n")).maxRows(2);
        for (int i = 0; i < 5; i++) {
            t.row(List.of("row" + i));
        }
        String html = render(ReportLang.EN, Blocks.table(t));
        assertThat(html).contains("row1").doesNotContain("row2");
        assertThat(html).contains("Showing the first 2 of 5 rows");
    }

    @Test
    void anIntervalChartDrawsLowMidHigh() {
        String html = render(
                ReportLang.EN, Blocks.intervalChart(IntervalChart.of("ranks").row("a", 2, 5, 9)));
        assertThat(html).contains("<circle", ">5 (2–9)</text>");
    }

    @Test
    void writesUtf8(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("report.html");
        ReportSample.sample(ReportLang.ZH).writeTo(p);
        assertThat(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)).contains("小区治理评估报告");
    }

    @Test
    void aLongLegendWrapsInsideTheChartAndTenSeriesHaveTenColours() {
        StackedBarChart chart = StackedBarChart.of("by source");
        for (int i = 0; i < 10; i++) {
            chart.series("UNSUPPORTED_IN_LEDGER_" + i, null);
        }
        chart.category("ledger", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        String html = render(ReportLang.EN, Blocks.stackedBars(chart));
        java.util.regex.Matcher legend = java.util.regex.Pattern.compile(
                        "<text class=\"legend\" x=\"([0-9.]+)\" y=\"([0-9.]+)\">([^<]*)</text>")
                .matcher(html);
        java.util.Set<String> lines = new java.util.HashSet<>();
        int entries = 0;
        while (legend.find()) {
            entries++;
            lines.add(legend.group(2));
            double right = Double.parseDouble(legend.group(1)) + legend.group(3).length() * 7.4;
            assertThat(right).as(legend.group(3)).isLessThanOrEqualTo(Svg.WIDTH);
        }
        assertThat(entries).isEqualTo(10);
        assertThat(lines).hasSizeGreaterThan(2);
        java.util.regex.Matcher fill = java.util.regex.Pattern.compile(
                        "<rect x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"12\" height=\"12\" rx=\"2\" fill=\"([^\"]+)\"")
                .matcher(html);
        java.util.Set<String> colours = new java.util.HashSet<>();
        while (fill.find()) {
            colours.add(fill.group(1));
        }
        assertThat(colours).hasSize(10);
    }
}
