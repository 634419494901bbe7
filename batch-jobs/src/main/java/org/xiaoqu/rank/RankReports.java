package org.xiaoqu.rank;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.report.BarChart;
import org.xiaoqu.report.Blocks;
import org.xiaoqu.report.ExcelBook;
import org.xiaoqu.report.HtmlReport;
import org.xiaoqu.report.HtmlTable;
import org.xiaoqu.report.IntervalChart;
import org.xiaoqu.report.KeyFigure;
import org.xiaoqu.report.Masking;
import org.xiaoqu.report.ReportLang;
import org.xiaoqu.report.StackedBarChart;
import org.xiaoqu.report.TableWriter;
import org.xiaoqu.report.TableWriters;
import org.xiaoqu.schemas.OutputSchema;

/**
 * The people's files of a ranking run, through {@code org.xiaoqu.report}: {@code report.html} (key figures, scores
 * coloured by grade, rank intervals, contributions per entity, the ranking table, the method), the publication
 * version {@code 公示版.csv} (Chinese headers, personal data masked) and, with {@code --excel}, {@code
 * ranking.xlsx} and {@code 公示版.xlsx}.
 */
final class RankReports {
    static final String REPORT = "report.html";
    static final String PUBLICATION = "公示版";
    /** Entities drawn in the charts (all are in the table and the files). */
    static final int CHART_ROWS = 40;

    private RankReports() {}

    static List<String> write(
            Path dir,
            RankResult result,
            Sensitivity.@Nullable Outcome sensitivity,
            String lang,
            boolean excel,
            boolean showPersonalData)
            throws IOException {
        ReportLang rl = ReportLang.of(lang);
        Masking masking = Masking.of(showPersonalData);
        List<String> files = new ArrayList<>();
        report(dir.resolve(REPORT), result, sensitivity, rl, masking);
        files.add(REPORT);
        OutputSchema publication = OutputSchema.load("rank/publication");
        List<List<?>> pubRows = publicationRows(result);
        try (TableWriter w =
                TableWriters.peopleCsv(dir.resolve(PUBLICATION + ".csv"), publication, ReportLang.ZH, masking)) {
            for (List<?> r : pubRows) {
                w.write(r);
            }
        }
        files.add(PUBLICATION + ".csv");
        if (excel) {
            try (ExcelBook book = ExcelBook.create(dir.resolve(PUBLICATION + ".xlsx"), ReportLang.ZH, masking)) {
                book.sheet(PUBLICATION, publication, pubRows);
            }
            try (ExcelBook book = ExcelBook.create(dir.resolve("ranking.xlsx"), rl, masking)) {
                book.sheet(
                        rl.pick("排名", "Ranking"), OutputSchema.load("rank/ranking"), rankingRows(result, sensitivity));
                book.sheet(
                        rl.pick("指标贡献", "Contributions"),
                        OutputSchema.load("rank/contributions"),
                        contributionRows(result));
                book.sheet(rl.pick("指标权重", "Weights"), OutputSchema.load("rank/weights"), weightRows(result));
            }
            files.add(PUBLICATION + ".xlsx");
            files.add("ranking.xlsx");
        }
        return files;
    }

    private static void report(
            Path file, RankResult result, Sensitivity.@Nullable Outcome sensitivity, ReportLang lang, Masking masking)
            throws IOException {
        RankScheme s = result.scheme();
        boolean zh = lang.chinese();
        Map<String, Integer> sens = index(result);
        List<RankedEntity> ranked =
                result.entities().stream().filter(RankedEntity::ranked).toList();
        long vetoed = ranked.stream().filter(e -> e.status().equals("VETOED")).count();
        List<KeyFigure> figures = new ArrayList<>();
        figures.add(new KeyFigure(
                lang.pick("参评对象", "Entities"),
                Integer.toString(result.entities().size())));
        figures.add(new KeyFigure(lang.pick("参与排名", "Ranked"), Integer.toString(ranked.size())));
        figures.add(new KeyFigure(lang.pick("一票否决", "Vetoed"), Long.toString(vetoed)));
        if (result.ahp() != null) {
            figures.add(new KeyFigure(
                    lang.pick("AHP 一致性比率", "AHP consistency ratio"),
                    String.format(Locale.ROOT, "%.3f", result.ahp().cr()),
                    s.randomIndexName()));
        }
        if (sensitivity != null) {
            long unstable = 0;
            for (boolean b : sensitivity.unstable()) {
                unstable += b ? 1 : 0;
            }
            figures.add(new KeyFigure(
                    lang.pick("等级不稳定", "Grade unstable"),
                    Long.toString(unstable),
                    lang.pick(sensitivity.draws() + " 次扰动", sensitivity.draws() + " draws")));
        }
        List<RankedEntity> top = ranked.subList(0, Math.min(CHART_ROWS, ranked.size()));
        String more = ranked.size() > CHART_ROWS
                ? lang.pick(
                        "图中为前 " + CHART_ROWS + " 名；全部见下表与 ranking.csv。",
                        "The charts show the first " + CHART_ROWS + "; all are in the table and ranking.csv.")
                : "";

        BarChart bars = BarChart.horizontal(lang.pick("得分（按等级着色）", "Scores, coloured by grade"));
        for (RankedEntity e : top) {
            bars.bar(e.rank() + ". " + e.name(), e.score(), e.grade());
        }
        List<org.xiaoqu.report.Block> overview = new ArrayList<>();
        overview.add(Blocks.paragraph(method(result, lang)));
        if (!more.isEmpty()) {
            overview.add(Blocks.paragraph(more));
        }
        overview.add(Blocks.barChart(bars));
        if (sensitivity != null) {
            IntervalChart intervals = IntervalChart.of(lang.pick(
                    "名次区间（5%–中位数–95%，" + sensitivity.draws() + " 次扰动）",
                    "Rank interval (5th–median–95th percentile, " + sensitivity.draws() + " draws)"));
            for (RankedEntity e : top) {
                int k = sens.get(e.id());
                intervals.row(
                        e.rank() + ". " + e.name(),
                        sensitivity.q05()[k],
                        sensitivity.median()[k],
                        sensitivity.q95()[k],
                        e.grade());
            }
            overview.add(Blocks.intervalChart(intervals));
        }
        StackedBarChart contributions = StackedBarChart.of(lang.pick("各指标贡献", "Contribution of each indicator"));
        for (RankScheme.Indicator i : result.indicators()) {
            contributions.series(zh ? i.name() : i.nameEn());
        }
        for (RankedEntity e : top) {
            double[] c = Arrays.stream(e.contribution())
                    .map(v -> Double.isNaN(v) ? 0 : Math.max(0, v))
                    .toArray();
            contributions.category(e.rank() + ". " + e.name(), c);
        }

        List<String> headers = new ArrayList<>(List.of(
                lang.pick("名次", "Rank"),
                lang.pick("名称", "Entity"),
                lang.pick("得分", "Score"),
                lang.pick("等级", "Grade"),
                lang.pick("名次变化", "Change")));
        if (sensitivity != null) {
            headers.add(lang.pick("名次区间", "Rank interval"));
        }
        headers.add(lang.pick("说明", "Explanation"));
        HtmlTable table = HtmlTable.of(headers).filterable(true).sortable(true).pageSize(50);
        for (RankedEntity e : result.entities()) {
            List<Object> row = new ArrayList<>();
            row.add(e.ranked() ? e.rank() : "");
            row.add(e.name());
            row.add(e.ranked() ? RankOutputs.fixed(e.score(), s.rounding()) : "");
            row.add(zh ? e.grade() : e.gradeEn());
            row.add(e.previousRank() == null || !e.ranked() ? "" : signed(e.previousRank() - e.rank()));
            Integer k = sens.get(e.id());
            if (sensitivity != null) {
                row.add(
                        k == null
                                ? ""
                                : sensitivity.q05()[k] + "–" + sensitivity.q95()[k]);
            }
            Explanation.Text t = Explanation.of(result, e, sensitivity, k == null ? -1 : k);
            row.add(zh ? t.zh() : t.en());
            table.row(row);
        }
        List<String> weights = new ArrayList<>();
        for (int j = 0; j < result.indicators().size(); j++) {
            RankScheme.Indicator i = result.indicators().get(j);
            weights.add((zh ? i.name() : i.nameEn()) + " — " + String.format(Locale.ROOT, "%.4f", result.weights()[j])
                    + " (" + (i.benefit() ? lang.pick("正向", "benefit") : lang.pick("逆向", "cost"))
                    + (i.unit().isEmpty() ? "" : ", " + i.unit()) + ")");
        }
        HtmlReport.Builder b = HtmlReport.builder(zh ? s.title() : s.titleEn(), lang)
                .subtitle(s.year() + lang.pick("年度 · ", " · ") + s.entityKind() + " · " + s.id())
                .figures(figures)
                .section(lang.pick("概况", "Overview"), overview.toArray(org.xiaoqu.report.Block[]::new))
                .section(lang.pick("指标贡献", "Contributions"), Blocks.stackedBars(contributions))
                .section(lang.pick("排名表", "Ranking"), Blocks.table(table))
                .section(
                        lang.pick("方法与权重", "Method and weights"),
                        Blocks.bullets(weights),
                        Blocks.details(
                                lang.pick("运行说明", "Notes of the run"),
                                Blocks.bullets(
                                        result.notes().isEmpty() ? List.of(lang.pick("无", "none")) : result.notes())));
        b.build().writeTo(file);
    }

    private static String method(RankResult result, ReportLang lang) {
        RankScheme s = result.scheme();
        return lang.pick(
                "标准化：" + s.normalisation().id() + "；赋权：" + s.weighting().id() + "；合成："
                        + s.aggregation().id()
                        + "；缺失值：" + s.missing().id() + "；并列：" + (s.denseRanks() ? "密集排名（1223）" : "标准竞赛排名（1224）")
                        + "；得分保留 " + s.rounding() + " 位小数后排名。",
                "Normalisation: " + s.normalisation().id() + "; weights: "
                        + s.weighting().id() + "; aggregation: "
                        + s.aggregation().id() + "; missing data: "
                        + s.missing().id() + "; ties: "
                        + (s.denseRanks() ? "dense (1223)" : "standard competition (1224)") + "; scores rounded to "
                        + s.rounding() + " decimals before ranking.");
    }

    private static String signed(int change) {
        return change > 0 ? "↑" + change : change < 0 ? "↓" + (-change) : "—";
    }

    private static Map<String, Integer> index(RankResult result) {
        Map<String, Integer> m = new HashMap<>();
        List<String> ids = result.prepared().rankedIds();
        for (int a = 0; a < ids.size(); a++) {
            m.put(ids.get(a), a);
        }
        return m;
    }

    private static List<List<?>> publicationRows(RankResult result) {
        List<List<?>> rows = new ArrayList<>();
        for (RankedEntity e : result.entities()) {
            if (!e.ranked()) {
                continue;
            }
            Explanation.Text t = Explanation.of(result, e, null, -1);
            rows.add(Arrays.asList(
                    e.rank(),
                    e.id(),
                    e.name(),
                    e.person(),
                    RankEngine.round(e.score(), result.scheme().rounding()),
                    e.grade(),
                    e.previousRank() == null ? null : e.previousRank() - e.rank(),
                    t.zh()));
        }
        return rows;
    }

    private static List<List<?>> rankingRows(RankResult result, Sensitivity.@Nullable Outcome sensitivity) {
        Map<String, Integer> sens = index(result);
        RankScheme s = result.scheme();
        List<List<?>> rows = new ArrayList<>();
        for (RankedEntity e : result.entities()) {
            Integer k = sens.get(e.id());
            boolean sv = sensitivity != null && k != null;
            Explanation.Text t = Explanation.of(result, e, sensitivity, k == null ? -1 : k);
            rows.add(Arrays.asList(
                    e.ranked() ? e.rank() : null,
                    e.id(),
                    e.name(),
                    e.group(),
                    e.ranked() ? e.score() : null,
                    e.grade(),
                    e.gradeEn(),
                    e.status(),
                    e.ranked() ? RankEngine.round(e.composite(), 6) : null,
                    e.ranked() ? e.bonus() : null,
                    e.ranked() ? e.penalty() : null,
                    RankEngine.round(e.availability(), 4),
                    String.join("|", e.vetoes()),
                    e.previousRank(),
                    e.previousRank() == null || !e.ranked() ? null : e.previousRank() - e.rank(),
                    e.previousScore(),
                    e.previousScore() == null || !e.ranked()
                            ? null
                            : RankEngine.round(e.score() - e.previousScore(), s.rounding()),
                    sv ? sensitivity.median()[k] : null,
                    sv ? sensitivity.q05()[k] : null,
                    sv ? sensitivity.q95()[k] : null,
                    sv ? sensitivity.gradeStable()[k] : null,
                    sv ? sensitivity.unstable()[k] : null,
                    t.en(),
                    t.zh()));
        }
        return rows;
    }

    private static List<List<?>> contributionRows(RankResult result) {
        List<List<?>> rows = new ArrayList<>();
        for (RankedEntity e : result.entities()) {
            for (int j = 0; j < result.indicators().size(); j++) {
                rows.add(Arrays.asList(
                        e.id(),
                        result.indicators().get(j).id(),
                        nan(e.raw()[j]),
                        e.imputed()[j],
                        nan(e.normalised()[j]),
                        result.weights()[j],
                        nan(e.contribution()[j])));
            }
        }
        return rows;
    }

    private static List<List<?>> weightRows(RankResult result) {
        List<List<?>> rows = new ArrayList<>();
        for (int j = 0; j < result.indicators().size(); j++) {
            RankScheme.Indicator i = result.indicators().get(j);
            rows.add(Arrays.asList(
                    i.id(),
                    i.name(),
                    i.nameEn(),
                    i.source(),
                    i.benefit() ? "benefit" : "cost",
                    i.unit(),
                    result.weights()[j],
                    result.scheme().weighting().id()));
        }
        return rows;
    }

    private static @Nullable Double nan(double d) {
        return Double.isNaN(d) ? null : d;
    }
}
