package org.xiaoqu.coverage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.report.BarChart;
import org.xiaoqu.report.Block;
import org.xiaoqu.report.Blocks;
import org.xiaoqu.report.HtmlReport;
import org.xiaoqu.report.HtmlTable;
import org.xiaoqu.report.KeyFigure;
import org.xiaoqu.report.ReportLang;
import org.xiaoqu.report.StackedBarChart;

/** report.html of a coverage run: the city's figures, charts per district and street, the tables. */
final class CoverageReport {
    private static final List<Indicator> TARGETED = Arrays.stream(Indicator.values())
            .filter(i -> i.defaultTarget() != null)
            .toList();

    private CoverageReport() {}

    static HtmlReport build(CoverageResult r, ReportLang lang, @Nullable String gridNote) {
        List<KeyFigure> figures = new ArrayList<>();
        for (CoverageResult.Area a : r.areas()) {
            if (a.level() == CoverageResult.Level.CITY && a.target() != null) {
                figures.add(new KeyFigure(
                        a.name() + " "
                                + lang.pick(a.indicator().zh(), a.indicator().en()),
                        (a.sharePct() == null ? "—" : a.sharePct().toPlainString() + "%"),
                        lang.pick("目标 ", "target ")
                                + a.target()
                                        .movePointRight(2)
                                        .stripTrailingZeros()
                                        .toPlainString()
                                + "%"
                                + (a.changePct() == null
                                        ? ""
                                        : lang.pick(",较上次 ", ", change ")
                                                + signed(a.changePct().toPlainString()))));
            }
        }
        HtmlReport.Builder b = HtmlReport.builder(lang.pick("住宅小区协同治理覆盖率", "Coverage of the policy's targets"), lang)
                .subtitle(lang.pick(
                        "符合条件的住宅小区:小区党组织、业主自治组织、专业化物业服务基本覆盖;各类小区物业管理全覆盖",
                        "Qualifying estates: party organisation, owners' committee, professional property service"
                                + " (basic coverage); property management of any kind (full coverage)"))
                .generatedAt(Instant.now())
                .figures(figures);
        List<Block> intro = new ArrayList<>();
        intro.add(Blocks.paragraph(lang.pick(
                "政策(一、(三))要求到2024年符合条件的住宅小区实现小区党组织、业主自治组织和专业化物业服务“基本覆盖”,未给出百分比:默认目标90%为本工具的解读,可用 --target 或目标文件修改;“物业管理全覆盖”(二、(三))为100%,社区托管、社会组织代管、居民自管均计入。",
                "The policy (1.(3)) asks that by 2024 qualifying estates have a party organisation, an owners'"
                        + " self-governing organisation and professional property service \"basically covered\" without"
                        + " a percentage: the default 90% is xiaoqu's reading, changed with --target or a targets file;"
                        + " property management of every estate (2.(3)) is 100%, counting community trusteeship,"
                        + " social-organisation management and residents' self-management.")));
        if (gridNote != null) {
            intro.add(Blocks.paragraph(gridNote));
        }
        b.section(lang.pick("说明", "About"), intro.toArray(Block[]::new));
        for (CoverageResult.Level level : List.of(CoverageResult.Level.DISTRICT, CoverageResult.Level.STREET)) {
            List<Block> blocks = new ArrayList<>();
            for (Indicator i : TARGETED) {
                BarChart chart = BarChart.horizontal(
                                lang.pick(i.zh(), i.en()) + " — " + lang.pick(level.zh(), level.en()))
                        .unit("%");
                for (CoverageResult.Area a : r.areas()) {
                    if (a.level() == level && a.indicator() == i && a.sharePct() != null) {
                        chart.bar(
                                a.name(),
                                a.sharePct().doubleValue(),
                                Boolean.TRUE.equals(a.meetsTarget()) ? "ok" : "bad");
                    }
                }
                blocks.add(Blocks.barChart(chart));
            }
            if (level == CoverageResult.Level.DISTRICT) {
                StackedBarChart modes = StackedBarChart.of(lang.pick("物业管理方式", "Property management by mode"))
                        .unit(lang.pick("个", ""));
                // only the modes some estate has: an empty series would only crowd the legend
                List<Indicator> kinds = java.util.stream.Stream.of(
                                Indicator.PROFESSIONAL_SERVICE,
                                Indicator.COMMUNITY_TRUSTEESHIP,
                                Indicator.SOCIAL_ORGANISATION,
                                Indicator.SELF_MANAGEMENT,
                                Indicator.NO_MANAGEMENT)
                        .filter(k -> r.areas().stream()
                                .anyMatch(a -> a.level() == level && a.indicator() == k && a.count() > 0))
                        .toList();
                for (Indicator k : kinds) {
                    modes.series(lang.pick(k.zh(), k.en()));
                }
                for (CoverageResult.Area a : r.areas()) {
                    if (a.level() == level && a.indicator() == Indicator.PARTY_ORG) {
                        double[] v = new double[kinds.size()];
                        for (int j = 0; j < kinds.size(); j++) {
                            for (CoverageResult.Area o : r.areas()) {
                                if (o.level() == level && o.code().equals(a.code()) && o.indicator() == kinds.get(j)) {
                                    v[j] = o.count();
                                }
                            }
                        }
                        modes.category(a.name(), v);
                    }
                }
                blocks.add(Blocks.stackedBars(modes));
            }
            b.section(lang.pick("按", "By ") + lang.pick(level.zh(), level.en()), blocks.toArray(Block[]::new));
        }
        HtmlTable table = HtmlTable.of(List.of(
                        lang.pick("层级", "Level"),
                        lang.pick("区域", "Area"),
                        lang.pick("指标", "Indicator"),
                        lang.pick("符合条件", "Qualifying"),
                        lang.pick("达标", "Holding"),
                        lang.pick("覆盖率(%)", "Share (%)"),
                        lang.pick("目标(%)", "Target (%)"),
                        lang.pick("达到目标", "Meets target"),
                        lang.pick("较上次(百分点)", "Change (points)")))
                .filterable(true)
                .sortable(true)
                .pageSize(50);
        for (CoverageResult.Area a : r.areas()) {
            table.row(Arrays.asList(
                    lang.pick(a.level().zh(), a.level().en()),
                    a.name(),
                    lang.pick(a.indicator().zh(), a.indicator().en()),
                    a.qualifying(),
                    a.count(),
                    a.sharePct(),
                    a.target() == null ? null : a.target().movePointRight(2),
                    a.meetsTarget() == null ? "" : a.meetsTarget() ? lang.pick("是", "yes") : lang.pick("否", "no"),
                    a.changePct()));
        }
        HtmlTable missing = HtmlTable.of(List.of(
                        lang.pick("小区", "Estate"),
                        lang.pick("区县", "District"),
                        lang.pick("街道", "Street"),
                        lang.pick("社区", "Community"),
                        lang.pick("未达指标", "Target missed"),
                        lang.pick("台账记录", "Register says")))
                .filterable(true)
                .sortable(true)
                .pageSize(50);
        for (CoverageResult.Missing m : r.missing()) {
            missing.row(List.of(
                    m.estate().name(),
                    m.estate().district(),
                    m.estate().street(),
                    m.estate().community(),
                    lang.pick(m.indicator().zh(), m.indicator().en()),
                    m.value()));
        }
        b.section(lang.pick("各级覆盖率", "Coverage per area"), Blocks.table(table));
        b.section(lang.pick("未达标小区", "Estates missing a target"), Blocks.table(missing));
        return b.build();
    }

    private static String signed(String s) {
        return s.startsWith("-") ? s : "+" + s;
    }
}
