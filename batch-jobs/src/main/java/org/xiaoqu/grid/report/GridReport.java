package org.xiaoqu.grid.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.grid.report.GridReportData.ConflictRow;
import org.xiaoqu.grid.report.GridReportData.CrosswalkRow;
import org.xiaoqu.grid.report.GridReportData.DepartmentRate;
import org.xiaoqu.grid.report.GridReportData.IdChange;
import org.xiaoqu.grid.report.GridReportData.KindCount;
import org.xiaoqu.grid.report.GridReportData.Summary;
import org.xiaoqu.report.BarChart;
import org.xiaoqu.report.Block;
import org.xiaoqu.report.Blocks;
import org.xiaoqu.report.HtmlReport;
import org.xiaoqu.report.HtmlTable;
import org.xiaoqu.report.KeyFigure;
import org.xiaoqu.report.ReportLang;
import org.xiaoqu.report.StackedBarChart;

/**
 * The grid merge's report.html: key figures, match rates per department, conflicts by kind, the grid crosswalk,
 * id changes since the last run and a filterable conflict table, in Chinese or English. Self-contained (built
 * with {@link HtmlReport}); the same data gives the same bytes.
 */
public final class GridReport {
    private static final Map<String, String[]> KINDS = Map.of(
            "GRID_CONFLICT", new String[] {"网格冲突", "Grid conflict"},
            "SPLIT_MEMBERSHIP", new String[] {"一楼多格", "Split membership"},
            "UNKNOWN_GRID", new String[] {"未知网格", "Unknown grid"},
            "POINTS_DISAGREE", new String[] {"坐标不一致", "Points disagree"},
            "DECISION_CONTRADICTED", new String[] {"复核决定与数据矛盾", "Decision contradicted"},
            "DUPLICATE_IN_SOURCE", new String[] {"部门内重复", "Duplicate in source"});

    private static final Map<String, String[]> CHANGES = Map.of(
            "NEW", new String[] {"新增", "New"},
            "KEPT", new String[] {"保留", "Kept"},
            "RETIRED", new String[] {"注销", "Retired"},
            "MERGED", new String[] {"合并", "Merged"},
            "SPLIT", new String[] {"拆分", "Split"},
            "RENAMED", new String[] {"更名", "Renamed"},
            "CORRECTED", new String[] {"更正", "Corrected"});

    private GridReport() {}

    /** Writes the report to {@code html} (UTF-8). */
    public static void write(Path html, GridReportData data, ReportLang lang) {
        try {
            build(data, lang).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + html + ": " + e.getMessage(), e);
        }
    }

    /** The report, for callers that want the page as text. */
    public static HtmlReport build(GridReportData data, ReportLang lang) {
        Text t = new Text(lang);
        Summary s = data.summary();
        String subtitle = t.pick("基准图层：", "Base layer: ")
                + data.baseDepartment()
                + (data.runId() == null ? "" : t.pick(" · 运行 #", " · run #") + data.runId());
        return HtmlReport.builder(t.pick("多网合一 · 网格统一报告", "Multi-grid-in-one: grid merge report"), lang)
                .subtitle(subtitle)
                .generatedAt(data.generatedAt())
                .figures(figures(s, t))
                .section(t.pick("各部门匹配率", "Match rate per department"), departments(data, t))
                .section(t.pick("冲突分类", "Conflicts by kind"), conflictKinds(data, t))
                .section(t.pick("网格对照", "Grid crosswalk"), crosswalk(data, t))
                .section(t.pick("编码变化（与上次运行相比）", "Id changes since the last run"), idChanges(data, t))
                .section(t.pick("冲突明细", "Conflicts"), conflicts(data, t))
                .build();
    }

    private static List<KeyFigure> figures(Summary s, Text t) {
        List<KeyFigure> f = new ArrayList<>();
        f.add(new KeyFigure(t.pick("记录", "Records"), t.count(s.records())));
        f.add(new KeyFigure(t.pick("统一楼栋", "Unified buildings"), t.count(s.buildings())));
        f.add(new KeyFigure(
                t.pick("已关联记录", "Linked records"),
                t.count(s.linked()),
                t.percent(s.linkedShare()) + t.pick(" 的记录", " of records")));
        f.add(new KeyFigure(t.pick("待复核", "In review"), t.count(s.review()), t.share(s.review(), s.records())));
        f.add(new KeyFigure(t.pick("未匹配", "Unmatched"), t.count(s.unmatched()), t.share(s.unmatched(), s.records())));
        f.add(new KeyFigure(t.pick("冲突", "Conflicts"), t.count(s.conflicts())));
        f.add(new KeyFigure(
                t.pick("未定网格楼栋", "Buildings without a grid"),
                t.count(s.unplaced()),
                t.share(s.unplaced(), s.buildings())));
        f.add(new KeyFigure(t.pick("新编码", "New ids"), t.count(s.idsNew())));
        if (s.firstRun()) {
            f.add(new KeyFigure(t.pick("保留编码", "Ids kept"), "–", t.pick("首次运行", "first run: no earlier ids")));
        } else {
            f.add(new KeyFigure(t.pick("保留编码", "Ids kept"), t.count(s.idsKept())));
            f.add(new KeyFigure(
                    t.pick("注销 / 合并 / 拆分", "Retired / merged / split"),
                    t.count(s.idsRetired()) + " / " + t.count(s.idsMerged()) + " / " + t.count(s.idsSplit()),
                    t.pick("编码永不复用", "ids are never reused")));
        }
        return f;
    }

    private static Block[] departments(GridReportData data, Text t) {
        if (data.departments().isEmpty()) {
            return new Block[] {Blocks.paragraph(t.pick("没有部门数据。", "No department data."))};
        }
        BarChart rates = BarChart.horizontal(
                        t.pick("匹配率：与统一楼栋关联的记录占比", "Match rate: share of records linked to a unified building"))
                .unit("%");
        StackedBarChart split = StackedBarChart.of(t.pick("记录去向", "Where each department's records went"));
        split.series(t.pick("已关联", "linked"), "ok")
                .series(t.pick("待复核", "in review"), "warn")
                .series(t.pick("未匹配", "unmatched"), "bad");
        HtmlTable table = HtmlTable.of(List.of(
                        t.pick("部门", "Department"),
                        t.pick("记录", "Records"),
                        t.pick("已关联", "Linked"),
                        t.pick("待复核", "In review"),
                        t.pick("未匹配", "Unmatched"),
                        t.pick("匹配率 %", "Match rate %")))
                .sortable(true);
        for (DepartmentRate d : data.departments()) {
            double pct = round1(100 * d.matchRate());
            rates.bar(d.department(), pct, pct >= 95 ? "ok" : pct >= 80 ? "warn" : "bad");
            split.category(d.department(), d.linked(), d.review(), d.unmatched());
            table.row(List.of(d.department(), d.records(), d.linked(), d.review(), d.unmatched(), pct));
        }
        return new Block[] {
            Blocks.barChart(rates),
            Blocks.stackedBars(split),
            Blocks.table(table),
            Blocks.paragraph(t.pick(
                    "已关联：记录归入至少另一部门也有的统一楼栋；待复核的记录计为未关联。",
                    "Linked: the record belongs to a unified building that at least one other department also has;"
                            + " records in review count as not linked."))
        };
    }

    private static Block[] conflictKinds(GridReportData data, Text t) {
        if (data.conflictsByKind().isEmpty()) {
            return new Block[] {Blocks.paragraph(t.pick("没有冲突。", "No conflicts."))};
        }
        BarChart kinds = BarChart.horizontal(t.pick("各类冲突数量", "Conflicts of each kind"));
        for (KindCount k : data.conflictsByKind()) {
            // one colour for every kind: a palette colour per kind could paint a conflict "ok" green
            kinds.bar(t.kind(k.kind()), k.count(), "warn");
        }
        return new Block[] {
            Blocks.barChart(kinds),
            Blocks.details(
                    t.pick("各类冲突的含义", "What each kind means"),
                    Blocks.bullets(List.of(
                            t.pick(
                                    "网格冲突：部门登记的网格不包含楼栋坐标（相距超过10米）；以基准图层为准，交人工核对。",
                                    "Grid conflict: the department's cell does not contain the building's point"
                                            + " (more than 10 m away); the base layer decides, a person checks."),
                            t.pick(
                                    "一楼多格：同一部门把同一楼栋登记在两个以上网格。",
                                    "Split membership: one department puts the building in two or more cells."),
                            t.pick(
                                    "未知网格：记录的网格编码不在该部门的网格清单中。",
                                    "Unknown grid: the record names a cell its department's grid does not list."),
                            t.pick(
                                    "坐标不一致：同一楼栋各记录的坐标相距超过300米，多为错误关联。",
                                    "Points disagree: the building's records' points lie more than 300 m apart,"
                                            + " usually a wrong link.")))),
        };
    }

    private static Block[] crosswalk(GridReportData data, Text t) {
        if (data.crosswalk().isEmpty()) {
            return new Block[] {Blocks.paragraph(t.pick("没有网格对照。", "No grid crosswalk."))};
        }
        HtmlTable table = HtmlTable.of(List.of(
                        t.pick("部门", "Department"),
                        t.pick("部门网格", "Department grid"),
                        t.pick("统一网格", "Unified grid"),
                        t.pick("楼栋", "Buildings"),
                        t.pick("占比 %", "Share %")))
                .maxRows(GridReportData.CROSSWALK_ROWS_SHOWN)
                .filterable(true)
                .sortable(true)
                .pageSize(50)
                .caption(t.pick(
                        "每个部门网格的楼栋在统一网格中的分布（每个部门网格的占比合计100%）；全表见 grid_crosswalk.csv。",
                        "How each department cell's buildings fall into unified cells (shares sum to 100% per"
                                + " department cell); the full table is grid_crosswalk.csv."));
        for (CrosswalkRow r : data.crosswalk()) {
            table.row(List.of(
                    r.department(), r.departmentGrid(), r.unifiedGrid(), r.buildings(), round1(100 * r.share())));
        }
        return new Block[] {Blocks.table(table)};
    }

    private static Block[] idChanges(GridReportData data, Text t) {
        Summary s = data.summary();
        if (s.firstRun()) {
            return new Block[] {
                Blocks.paragraph(t.pick(
                        "首次运行：所有 " + t.count(s.idsNew()) + " 个统一编码均为新编码。",
                        "First run: all " + t.count(s.idsNew()) + " unified ids are new."))
            };
        }
        BarChart bars = BarChart.horizontal(t.pick("编码变化", "Id changes"));
        bars.bar(t.change("KEPT"), s.idsKept(), "ok");
        bars.bar(t.change("NEW"), s.idsNew(), "NEW");
        bars.bar(t.change("RETIRED"), s.idsRetired(), "RETIRED");
        bars.bar(t.change("MERGED"), s.idsMerged(), "MERGED");
        bars.bar(t.change("SPLIT"), s.idsSplit(), "SPLIT");
        if (data.idChanges().isEmpty()) {
            return new Block[] {
                Blocks.barChart(bars), Blocks.paragraph(t.pick("与上次运行相比编码没有变化。", "No id changed since the last run."))
            };
        }
        HtmlTable table = HtmlTable.of(List.of(
                        t.pick("变化", "Change"),
                        t.pick("统一编码", "Unified id"),
                        t.pick("相关编码", "Related ids"),
                        t.pick("地址", "Address")))
                .filterable(true)
                .sortable(true)
                .pageSize(50)
                .caption(t.pick("编码谱系全表见 id_lineage.csv。", "The full id lineage is in id_lineage.csv."));
        for (IdChange c : data.idChanges()) {
            table.row(List.of(t.change(c.change()), c.unifiedId(), String.join(", ", c.relatedIds()), c.address()));
        }
        return new Block[] {Blocks.barChart(bars), Blocks.table(table)};
    }

    private static Block[] conflicts(GridReportData data, Text t) {
        if (data.conflicts().isEmpty()) {
            return new Block[] {Blocks.paragraph(t.pick("没有冲突。", "No conflicts."))};
        }
        HtmlTable table = HtmlTable.of(List.of(
                        t.pick("类型", "Kind"),
                        t.pick("统一楼栋", "Unified building"),
                        t.pick("记录", "Records"),
                        t.pick("原因", "Reason")))
                .maxRows(GridReportData.CONFLICT_ROWS_SHOWN)
                .filterable(true)
                .sortable(true)
                .pageSize(50)
                .caption(t.pick(
                        "在筛选框输入部门、网格编码或楼栋编码；全表见 conflicts.csv。",
                        "Type a department, grid code or building id in the filter; the full table is"
                                + " conflicts.csv."));
        for (ConflictRow c : data.conflicts()) {
            table.row(
                    Arrays.asList(t.kind(c.kind()), c.unifiedBuildingId(), String.join(" ", c.records()), c.reason()));
        }
        return new Block[] {Blocks.table(table)};
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Labels and number formats in the report's language. */
    private record Text(ReportLang lang) {
        String pick(String zh, String en) {
            return lang.pick(zh, en);
        }

        String count(long n) {
            return NumberFormat.getIntegerInstance(lang.locale()).format(n);
        }

        String percent(double share) {
            if (share > 0 && share < 0.0005) {
                return "<0.1%";
            }
            return String.format(lang.locale(), "%.1f%%", 100 * share);
        }

        /** "12.3%" of the whole, or null when the whole is 0. */
        @Nullable
        String share(long part, long whole) {
            return whole == 0 ? null : percent((double) part / whole);
        }

        String kind(String kind) {
            String[] l = KINDS.get(kind);
            return l == null ? kind : pick(l[0], l[1]);
        }

        String change(String change) {
            String[] l = CHANGES.get(change.toUpperCase(Locale.ROOT));
            return l == null ? change : pick(l[0], l[1]);
        }
    }
}
