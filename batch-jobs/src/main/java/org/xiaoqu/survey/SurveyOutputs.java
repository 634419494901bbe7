package org.xiaoqu.survey;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.xiaoqu.report.BarChart;
import org.xiaoqu.report.Block;
import org.xiaoqu.report.Blocks;
import org.xiaoqu.report.ExcelBook;
import org.xiaoqu.report.HtmlReport;
import org.xiaoqu.report.HtmlTable;
import org.xiaoqu.report.KeyFigure;
import org.xiaoqu.report.Masking;
import org.xiaoqu.report.ReportLang;
import org.xiaoqu.report.StoredTable;
import org.xiaoqu.report.TableWriter;
import org.xiaoqu.report.TableWriters;
import org.xiaoqu.schemas.OutputSchema;
import org.xiaoqu.store.Dialect;

/** Writes indicator-values.csv, entities.csv, summary.json, report.html (--excel: survey.xlsx, people/). */
final class SurveyOutputs {
    static final OutputSchema VALUES = OutputSchema.load("survey/indicator_values");
    static final OutputSchema ENTITIES = OutputSchema.load("survey/entities");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SurveyOutputs() {}

    static List<List<?>> valueRows(List<SurveyAggregate> all) {
        List<List<?>> rows = new ArrayList<>();
        for (SurveyAggregate a : all) {
            for (SurveyAggregate.Entity e : a.entities()) {
                rows.add(Arrays.asList(
                        e.kind().id(),
                        e.id(),
                        e.name(),
                        a.form().period(),
                        a.form().indicator(),
                        e.value(),
                        "分",
                        "survey:" + a.form().survey()));
            }
        }
        rows.sort(java.util.Comparator.comparing((List<?> r) -> kindOrder((String) r.get(0)))
                .thenComparing(r -> (String) r.get(1))
                .thenComparing(r -> (String) r.get(3))
                .thenComparing(r -> (String) r.get(4)));
        return rows;
    }

    private static int kindOrder(String id) {
        for (SurveyAggregate.EntityKind k : SurveyAggregate.EntityKind.values()) {
            if (k.id().equals(id)) {
                return k.ordinal();
            }
        }
        return 99;
    }

    static List<List<?>> entityRows(List<SurveyAggregate> all) {
        List<List<?>> rows = new ArrayList<>();
        for (SurveyAggregate a : all) {
            for (SurveyAggregate.Entity e : a.entities()) {
                rows.add(Arrays.asList(
                        a.form().survey(),
                        e.kind().id(),
                        e.id(),
                        e.name(),
                        e.responses(),
                        e.emptyResponses(),
                        e.scored(),
                        e.naFull(),
                        e.naLeftOut(),
                        e.missing(),
                        e.invalid(),
                        e.points(),
                        e.fullMarks(),
                        e.value(),
                        e.value() == null
                                ? "responses " + e.responses() + " < minimum "
                                        + a.form().minResponses()
                                : ""));
            }
        }
        return rows;
    }

    static void write(List<SurveyAggregate> all, ReportLang lang, boolean excel, Path dir) throws IOException {
        List<List<?>> values = valueRows(all);
        List<List<?>> entities = entityRows(all);
        try (TableWriter w = TableWriters.csv(dir.resolve("indicator-values.csv"), VALUES)) {
            w.writeAll(values);
        }
        try (TableWriter w = TableWriters.csv(dir.resolve("entities.csv"), ENTITIES)) {
            w.writeAll(entities);
        }
        if (excel) {
            Path people = Files.createDirectories(dir.resolve("people"));
            try (TableWriter w =
                    TableWriters.peopleCsv(people.resolve("indicator-values.csv"), VALUES, lang, Masking.on())) {
                w.writeAll(values);
            }
            try (ExcelBook book = ExcelBook.create(dir.resolve("survey.xlsx"), lang, Masking.on())) {
                book.sheet(VALUES.title(lang.chinese()), VALUES, values);
                book.sheet(ENTITIES.title(lang.chinese()), ENTITIES, entities);
            }
        }
        JSON.writeValue(dir.resolve("summary.json").toFile(), summary(all));
        report(all, lang).writeTo(dir.resolve("report.html"));
    }

    static Map<String, Object> summary(List<SurveyAggregate> all) {
        Map<String, Object> s = new LinkedHashMap<>();
        List<Map<String, Object>> surveys = new ArrayList<>();
        for (SurveyAggregate a : all) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("survey", a.form().survey());
            m.put("indicator", a.form().indicator());
            m.put("period", a.form().period());
            m.put("entities", a.entities().size());
            m.put(
                    "withValue",
                    a.entities().stream().filter(e -> e.value() != null).count());
            m.put(
                    "belowMinimum",
                    a.entities().stream().filter(e -> e.value() == null).count());
            m.put(
                    "responses",
                    a.entities().stream()
                            .filter(e -> e.kind() != SurveyAggregate.EntityKind.ENTERPRISE)
                            .mapToInt(SurveyAggregate.Entity::responses)
                            .sum());
            surveys.add(m);
        }
        s.put("surveys", surveys);
        return s;
    }

    static void store(List<SurveyAggregate> all, DataSource ds, Dialect dialect, long runId) throws SQLException {
        StoredTable.delete(ds, dialect, "XQ_SURVEY_VALUE", runId);
        StoredTable.delete(ds, dialect, "XQ_SURVEY_ENTITY", runId);
        StoredTable.insert(ds, dialect, "XQ_SURVEY_VALUE", VALUES, runId, valueRows(all));
        StoredTable.insert(ds, dialect, "XQ_SURVEY_ENTITY", ENTITIES, runId, entityRows(all));
    }

    static HtmlReport report(List<SurveyAggregate> all, ReportLang lang) {
        List<KeyFigure> figures = new ArrayList<>();
        HtmlReport.Builder b = HtmlReport.builder(lang.pick("满意度调查与业委会评价指标", "Survey indicators"), lang)
                .generatedAt(Instant.now());
        List<Block[]> sections = new ArrayList<>();
        for (SurveyAggregate a : all) {
            long with = a.entities().stream().filter(e -> e.value() != null).count();
            figures.add(new KeyFigure(
                    a.form().survey(),
                    with + " / " + a.entities().size(),
                    lang.pick("有指标值的对象(最少问卷数 ", "entities with a value (minimum responses ")
                            + a.form().minResponses() + ")"));
            List<Block> blocks = new ArrayList<>();
            blocks.add(Blocks.paragraph(lang.pick(
                    "得分 = 各评分项得分之和(可计满分的“不适用”按5分计)÷ 同样项目的满分 × 100;其余“不适用”、缺答和无效答案不计入,分别统计。问卷数不足最少问卷数的对象不给指标值。",
                    "Value = points of the scored items (a \"not applicable\" the form counts as full marks scores 5)"
                            + " ÷ full marks of the same items × 100; other \"not applicable\", missing and unreadable"
                            + " answers are left out and counted apart. Entities with fewer responses than the"
                            + " minimum get no value.")));
            for (SurveyAggregate.EntityKind kind : SurveyAggregate.EntityKind.values()) {
                double[] vs = a.entities().stream()
                        .filter(e -> e.kind() == kind && e.value() != null)
                        .mapToDouble(e -> e.value().doubleValue())
                        .toArray();
                if (vs.length > 0) {
                    blocks.add(Blocks.histogram(a.form().indicator() + " — " + kind.id(), vs, 10));
                }
            }
            BarChart answers = BarChart.horizontal(lang.pick("答案类型", "Answers by kind"))
                    .bar(lang.pick("评分", "scored"), sum(a, SurveyAggregate.Entity::scored), "ok")
                    .bar(lang.pick("不适用(计满分)", "n/a, full marks"), sum(a, SurveyAggregate.Entity::naFull), "good")
                    .bar(lang.pick("不适用(不计)", "n/a, left out"), sum(a, SurveyAggregate.Entity::naLeftOut), "none")
                    .bar(lang.pick("缺答", "missing"), sum(a, SurveyAggregate.Entity::missing), "warn")
                    .bar(lang.pick("无效", "unreadable"), sum(a, SurveyAggregate.Entity::invalid), "bad");
            blocks.add(Blocks.barChart(answers));
            HtmlTable t = HtmlTable.of(List.of(
                            lang.pick("对象类型", "Kind"),
                            lang.pick("编号", "Id"),
                            lang.pick("名称", "Name"),
                            lang.pick("有效问卷", "Responses"),
                            lang.pick("不适用(计满分)", "N/A full"),
                            lang.pick("不适用(不计)", "N/A left out"),
                            lang.pick("缺答", "Missing"),
                            lang.pick("指标值", "Value")))
                    .filterable(true)
                    .sortable(true)
                    .pageSize(50);
            for (SurveyAggregate.Entity e : a.entities()) {
                t.row(Arrays.asList(
                        e.kind().id(),
                        e.id(),
                        e.name(),
                        e.responses(),
                        e.naFull(),
                        e.naLeftOut(),
                        e.missing(),
                        e.value() == null ? lang.pick("问卷不足", "too few responses") : e.value()));
            }
            blocks.add(Blocks.table(t));
            sections.add(blocks.toArray(Block[]::new));
        }
        b.figures(figures);
        for (int i = 0; i < all.size(); i++) {
            SurveyAggregate a = all.get(i);
            b.section(
                    a.form().survey() + " · " + a.form().indicator() + " · "
                            + a.form().period(),
                    sections.get(i));
        }
        return b.build();
    }

    private static double sum(SurveyAggregate a, java.util.function.ToIntFunction<SurveyAggregate.Entity> f) {
        return a.entities().stream()
                .filter(e -> e.kind() != SurveyAggregate.EntityKind.ENTERPRISE)
                .mapToInt(f)
                .sum();
    }
}
