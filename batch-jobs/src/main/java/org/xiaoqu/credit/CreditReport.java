package org.xiaoqu.credit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xiaoqu.report.BarChart;
import org.xiaoqu.report.Block;
import org.xiaoqu.report.Blocks;
import org.xiaoqu.report.HtmlReport;
import org.xiaoqu.report.HtmlTable;
import org.xiaoqu.report.KeyFigure;
import org.xiaoqu.report.ReportLang;
import org.xiaoqu.report.StackedBarChart;
import org.xiaoqu.schemas.CreditDiscrepancy;

/**
 * report.html of a run: key figures, discrepancies by class and by source, the grade distribution, and a drill-down
 * per enterprise (its score, the items that count, its discrepancies).
 */
final class CreditReport {
    /** Enterprises given a drill-down of their own (those with the most discrepancies first). */
    static final int DRILL_DOWN = 300;
    /** Scores listed in the report's table: past this, the lowest (a province's are in scores.csv). */
    static final int SCORE_ROWS = 20_000;

    private CreditReport() {}

    static void write(
            Path file,
            ReportLang lang,
            Instant generatedAt,
            LocalDate asOf,
            long runId,
            Map<String, Object> counts,
            ReconcileWriter tables,
            List<String> gradeOrder)
            throws IOException {
        List<KeyFigure> figures = new ArrayList<>();
        figures.add(
                new KeyFigure(lang.pick("记录", "Records"), counts.get("records").toString()));
        figures.add(
                new KeyFigure(lang.pick("事件", "Events"), counts.get("events").toString()));
        figures.add(new KeyFigure(
                lang.pick("企业", "Enterprises"), counts.get("enterprises").toString()));
        figures.add(new KeyFigure(
                lang.pick("差异", "Discrepancies"),
                counts.get("discrepancies").toString(),
                lang.pick("未匹配企业的记录 ", "records without an enterprise: ") + counts.get("unresolved")));

        Map<CreditDiscrepancy, Long> byClass = tables.byClass();
        Map<String, Map<CreditDiscrepancy, Long>> bySource = new TreeMap<>();
        tables.bySource().forEach((source, n) -> {
            Map<CreditDiscrepancy, Long> m = new EnumMap<>(CreditDiscrepancy.class);
            n.forEach((kind, count) -> m.put(CreditDiscrepancy.valueOf(kind), count));
            bySource.put(source, m);
        });
        List<Scorer.Score> scores = tables.scores();
        BarChart classes = BarChart.horizontal(lang.pick("各类差异数", "Discrepancies by class"));
        for (CreditDiscrepancy c : CreditDiscrepancy.values()) {
            classes.bar(label(lang, c), byClass.getOrDefault(c, 0L), "warn");
        }
        StackedBarChart sources = StackedBarChart.of(lang.pick("各来源差异（按类别）", "Discrepancies by source and class"));
        List<CreditDiscrepancy> present = byClass.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey)
                .toList();
        for (CreditDiscrepancy c : present) {
            sources.series(label(lang, c), null); // ten classes: a colour each, in order
        }
        HtmlTable sourceTable = HtmlTable.of(
                        List.of(lang.pick("来源", "Source"), lang.pick("类别", "Class"), lang.pick("数量", "Count")))
                .sortable(true)
                .filterable(true);
        for (Map.Entry<String, Map<CreditDiscrepancy, Long>> e : bySource.entrySet()) {
            double[] values = new double[present.size()];
            for (int i = 0; i < present.size(); i++) {
                values[i] = e.getValue().getOrDefault(present.get(i), 0L);
            }
            sources.category(e.getKey(), values);
            e.getValue().forEach((c, n) -> sourceTable.row(List.of(e.getKey(), label(lang, c), n)));
        }

        Map<String, Long> grades = new LinkedHashMap<>();
        gradeOrder.forEach(g -> grades.put(g, 0L)); // the scheme's order, best first
        scores.forEach(s -> grades.merge(s.grade().isEmpty() ? "-" : s.grade(), 1L, Long::sum));
        BarChart gradeChart = BarChart.horizontal(lang.pick("信用等级分布", "Grade distribution"));
        grades.forEach((g, n) -> gradeChart.bar(g, n, g));
        HtmlTable scoreTable = HtmlTable.of(List.of(
                        lang.pick("统一社会信用代码", "Credit code"),
                        lang.pick("企业名称", "Enterprise"),
                        lang.pick("得分", "Score"),
                        lang.pick("等级", "Grade"),
                        lang.pick("一票否决", "Veto"),
                        lang.pick("计分事项", "Items counted"),
                        lang.pick("变化", "Change")))
                .sortable(true)
                .filterable(true)
                .pageSize(50);
        for (Scorer.Score s : shownScores(scores)) {
            scoreTable.row(List.of(
                    s.creditCode(),
                    s.enterpriseName(),
                    s.score(),
                    s.grade(),
                    s.veto(),
                    s.countedItems(),
                    s.change() == null ? "" : s.change().toPlainString()));
        }

        List<Block> gradeBlocks = new ArrayList<>(List.of(Blocks.barChart(gradeChart), Blocks.table(scoreTable)));
        if (scores.size() > SCORE_ROWS) {
            gradeBlocks.add(Blocks.paragraph(lang.pick(
                    "表中为得分最低的 " + SCORE_ROWS + " 家企业；全部 " + scores.size() + " 家见 scores.csv。",
                    "The table lists the " + SCORE_ROWS + " lowest scores; all " + scores.size()
                            + " enterprises are in scores.csv.")));
        }
        List<Block> details = new ArrayList<>();
        for (ReconcileWriter.Detail detail : tables.worst()) {
            Scorer.Score s = detail.score();
            List<Discrepancy> mine = detail.discrepancies();
            HtmlTable ev = HtmlTable.of(List.of(
                    lang.pick("事项", "Item"),
                    lang.pick("日期", "Date"),
                    lang.pick("文号", "Document"),
                    lang.pick("状态", "State"),
                    lang.pick("有效期至", "Valid until"),
                    lang.pick("来源", "Supported by")));
            for (LedgerEntry e : detail.events()) {
                ev.row(List.of(
                        e.item() + " " + e.itemName(),
                        e.eventDate().toString(),
                        e.documentNo(),
                        e.state().id(),
                        e.validUntil() == null ? "" : e.validUntil().toString(),
                        e.supportedBy()));
            }
            HtmlTable ds = HtmlTable.of(List.of(
                    lang.pick("类别", "Class"),
                    lang.pick("来源", "Source"),
                    lang.pick("记录", "Record"),
                    lang.pick("字段", "Field"),
                    lang.pick("本来源取值", "Value"),
                    lang.pick("对照取值", "Other value")));
            for (Discrepancy d : mine) {
                ds.row(List.of(label(lang, d.kind()), d.source(), d.recordId(), d.field(), d.value(), d.otherValue()));
            }
            details.add(Blocks.details(
                    s.creditCode() + " " + s.enterpriseName() + " — "
                            + s.score().toPlainString() + " " + s.grade() + " · " + lang.pick("差异 ", "discrepancies: ")
                            + mine.size(),
                    Blocks.paragraph(
                            lang.pick("计分明细：", "Counted: ") + (s.counted().isEmpty() ? "-" : s.counted())),
                    Blocks.table(ev),
                    Blocks.table(ds)));
        }
        if (scores.size() > DRILL_DOWN) {
            details.add(Blocks.paragraph(lang.pick(
                    "其余 " + (scores.size() - DRILL_DOWN) + " 家企业见 scores.csv、ledger.csv 与 discrepancies.csv。",
                    "The other " + (scores.size() - DRILL_DOWN)
                            + " enterprises are in scores.csv, ledger.csv and discrepancies.csv.")));
        }
        HtmlReport.builder(lang.pick("物业服务企业信用核对报告", "Credit reconciliation of property-service enterprises"), lang)
                .subtitle(lang.pick("截至 ", "As of ") + asOf + " · " + lang.pick("运行 #", "run #") + runId)
                .generatedAt(generatedAt)
                .figures(figures)
                .section(
                        lang.pick("差异", "Discrepancies"),
                        Blocks.barChart(classes),
                        Blocks.stackedBars(sources),
                        Blocks.table(sourceTable))
                .section(lang.pick("信用等级", "Grades"), gradeBlocks.toArray(Block[]::new))
                .section(lang.pick("企业明细", "Enterprises"), details.toArray(Block[]::new))
                .build()
                .writeTo(file);
    }

    /** The scores the report's table lists: all, or the {@value #SCORE_ROWS} lowest in code order. */
    static List<Scorer.Score> shownScores(List<Scorer.Score> scores) {
        if (scores.size() <= SCORE_ROWS) {
            return scores;
        }
        List<Scorer.Score> lowest = new ArrayList<>(scores);
        lowest.sort(Comparator.comparing(Scorer.Score::score).thenComparing(Scorer.Score::creditCode));
        lowest = new ArrayList<>(lowest.subList(0, SCORE_ROWS));
        lowest.sort(Comparator.comparing(Scorer.Score::creditCode));
        return lowest;
    }

    private static String label(ReportLang lang, CreditDiscrepancy c) {
        return lang.chinese() ? c.chinese() : c.name();
    }
}
