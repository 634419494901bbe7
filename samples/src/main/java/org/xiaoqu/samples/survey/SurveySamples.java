package org.xiaoqu.samples.survey;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.xiaoqu.samples.vote.TextFile;
import org.xiaoqu.samples.world.Seeds;
import org.xiaoqu.samples.world.World;

/**
 * Writes 满意度调查/居民满意度问卷.csv (residents of estates with professional property service score their service),
 * 业委会评价/业委会履职评价.csv (streets, communities and owners' representatives score each owners' committee), the two
 * forms (问卷.yaml, 评价表.yaml) and truth/survey-indicators.csv: each entity's true value, computed here in integer
 * points.
 */
public final class SurveySamples implements AutoCloseable {
    public static final String SATISFACTION = "满意度调查";
    public static final String EVALUATION = "业委会评价";
    static final String PERIOD = "2026H2";
    static final int SATISFACTION_MIN = 8;
    static final int EVALUATION_MIN = 3;

    /** Satisfaction items: (title, n/a counts as full marks). 电梯: estates without lifts answer 不适用. */
    static final String[][] SATISFACTION_ITEMS = {
        {"客服接待", "false"},
        {"保洁服务", "false"},
        {"秩序维护", "false"},
        {"绿化养护", "false"},
        {"共用设施维修", "false"},
        {"收支公开", "false"},
        {"电梯运行", "true"},
        {"停车管理", "false"}
    };

    /** Evaluation items. 公共收益管理: an estate without common income answers 不适用, full marks. */
    static final String[][] EVALUATION_ITEMS = {
        {"依法履职", "false"},
        {"会议召开", "false"},
        {"信息公开", "false"},
        {"维修资金监督", "false"},
        {"矛盾调处", "false"},
        {"公共收益管理", "true"}
    };

    private static final String[] EVALUATORS = {"街道", "社区", "业主代表"};

    private final Path root;
    private final long seed;
    private final TextFile satisfaction;
    private final TextFile evaluation;
    private int responseSeq;
    private int evaluationSeq;
    /** entity kind|id → {points, full marks, responses, name}. */
    private final Map<String, Object[]> truth = new TreeMap<>();

    public SurveySamples(Path root, long seed) throws IOException {
        this.root = root;
        this.seed = seed;
        List<String> h = new ArrayList<>(List.of("问卷编号", "小区编码", "小区名称", "物业企业信用代码", "物业企业名称"));
        for (String[] it : SATISFACTION_ITEMS) {
            h.add(it[0]);
        }
        satisfaction = new TextFile(root.resolve(SATISFACTION + "/居民满意度问卷.csv"), true, h.toArray(String[]::new));
        List<String> e = new ArrayList<>(List.of("评价编号", "业委会编号", "小区名称", "评价主体"));
        for (String[] it : EVALUATION_ITEMS) {
            e.add(it[0]);
        }
        evaluation = new TextFile(root.resolve(EVALUATION + "/业委会履职评价.csv"), true, e.toArray(String[]::new));
    }

    /** Writes the district's responses. */
    public void district(World.District d) throws IOException {
        SplittableRandom random = Seeds.random(seed, Long.parseLong(d.code()), Seeds.SURVEY);
        Set<String> seen = new LinkedHashSet<>();
        for (World.Estate e : d.estates()) {
            if (!seen.add(e.groupId())) {
                continue;
            }
            double quality = 2.6 + random.nextDouble() * 2.2;
            if ("professional".equals(e.propertyService()) && e.enterprise() != null) {
                int n = 4 + random.nextInt(16);
                boolean lifts = random.nextInt(10) < 7;
                for (int i = 0; i < n; i++) {
                    String[] answers = answers(random, quality, SATISFACTION_ITEMS, lifts ? -1 : 6);
                    List<String> row = new ArrayList<>(List.of(
                            "MY" + PERIOD + String.format("%06d", ++responseSeq),
                            e.groupId(),
                            e.name(),
                            e.enterprise().creditCode(),
                            e.enterprise().name()));
                    row.addAll(List.of(answers));
                    satisfaction.row(row.toArray(String[]::new));
                    count("estate|" + e.groupId(), e.name(), answers, SATISFACTION_ITEMS);
                    count(
                            "enterprise|" + e.enterprise().creditCode(),
                            e.enterprise().name(),
                            answers,
                            SATISFACTION_ITEMS);
                }
            }
            if (e.committeeChair() != null) {
                String committee = "YWH" + e.groupId().substring(1);
                int n = 1 + random.nextInt(6);
                boolean income = random.nextInt(10) < 6;
                for (int i = 0; i < n; i++) {
                    String[] answers = answers(random, quality, EVALUATION_ITEMS, income ? -1 : 5);
                    List<String> row = new ArrayList<>(List.of(
                            "PJ" + PERIOD + String.format("%05d", ++evaluationSeq),
                            committee,
                            e.name(),
                            EVALUATORS[i % EVALUATORS.length]));
                    row.addAll(List.of(answers));
                    evaluation.row(row.toArray(String[]::new));
                    count("owners-committee|" + committee, e.name(), answers, EVALUATION_ITEMS);
                }
            }
        }
    }

    /** One response: scores around the estate's quality, with n/a, blanks and a few unreadable answers planted. */
    private static String[] answers(SplittableRandom r, double quality, String[][] items, int notApplicable) {
        String[] a = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            int p = r.nextInt(1000);
            if (i == notApplicable || p < 30) {
                a[i] = "不适用";
            } else if (p < 70) {
                a[i] = "";
            } else if (p < 73) {
                a[i] = p < 72 ? "6" : "好";
            } else {
                long s = Math.round(quality + (r.nextDouble() * 3 - 1.5));
                a[i] = Long.toString(Math.max(0, Math.min(5, s)));
            }
        }
        return a;
    }

    private void count(String key, String name, String[] answers, String[][] items) {
        long points = 0, full = 0;
        for (int i = 0; i < answers.length; i++) {
            String a = answers[i];
            if (a.equals("不适用")) {
                if (items[i][1].equals("true")) {
                    points += 5;
                    full += 5;
                }
            } else if (a.matches("[0-5]")) {
                points += Integer.parseInt(a);
                full += 5;
            }
        }
        Object[] t = truth.computeIfAbsent(key, k -> new Object[] {0L, 0L, 0, name});
        if (full > 0) {
            t[0] = (Long) t[0] + points;
            t[1] = (Long) t[1] + full;
            t[2] = (Integer) t[2] + 1;
        }
    }

    /** The files written, relative to the root. */
    public static List<String> files() {
        return List.of(
                SATISFACTION + "/居民满意度问卷.csv",
                SATISFACTION + "/问卷.yaml",
                EVALUATION + "/业委会履职评价.csv",
                EVALUATION + "/评价表.yaml",
                "truth/survey-indicators.csv");
    }

    private void form(
            String file,
            String survey,
            String kind,
            String indicator,
            String responses,
            int min,
            String[][] items,
            String comment)
            throws IOException {
        try (TextFile f = new TextFile(root.resolve(file), false)) {
            StringBuilder y = new StringBuilder("# ")
                    .append(comment)
                    .append(" (xiaoqu survey aggregate; schema: schemas/config/survey-form.schema.json)\n");
            y.append("survey: ").append(survey).append('\n');
            y.append("kind: ").append(kind).append('\n');
            y.append("period: ").append(PERIOD).append('\n');
            y.append("indicator: ").append(indicator).append('\n');
            y.append("responses: ").append(responses).append('\n');
            y.append("minResponses: ").append(min).append('\n');
            y.append("items:\n");
            for (String[] it : items) {
                y.append("  - id: ").append(it[0]).append('\n');
                if (it[1].equals("true")) {
                    y.append("    naFullMarks: true   # 不适用 counts as full marks\n");
                }
            }
            f.text(y.toString());
        }
    }

    @Override
    public void close() throws IOException {
        try (satisfaction;
                evaluation) {
            // flushed and closed
        }
        form(
                SATISFACTION + "/问卷.yaml",
                "resident-satisfaction-" + PERIOD,
                "satisfaction",
                "resident_satisfaction",
                "居民满意度问卷.csv",
                SATISFACTION_MIN,
                SATISFACTION_ITEMS,
                "居民满意度调查问卷");
        form(
                EVALUATION + "/评价表.yaml",
                "committee-evaluation-" + PERIOD,
                "committee-evaluation",
                "committee_performance",
                "业委会履职评价.csv",
                EVALUATION_MIN,
                EVALUATION_ITEMS,
                "业主委员会履职评价表");
        try (TextFile t = new TextFile(
                root.resolve("truth/survey-indicators.csv"),
                false,
                "entity_kind",
                "entity_id",
                "entity_name",
                "period",
                "indicator",
                "responses",
                "points",
                "full_marks",
                "value")) {
            for (var e : truth.entrySet()) {
                String[] k = e.getKey().split("\\|", 2);
                Object[] v = e.getValue();
                long points = (Long) v[0];
                long full = (Long) v[1];
                int n = (Integer) v[2];
                boolean committee = k[0].equals("owners-committee");
                int min = committee ? EVALUATION_MIN : SATISFACTION_MIN;
                String value = n < min || full == 0
                        ? ""
                        : BigDecimal.valueOf(points * 100)
                                .divide(BigDecimal.valueOf(full), 2, RoundingMode.HALF_UP)
                                .toPlainString();
                t.row(
                        k[0],
                        k[1],
                        (String) v[3],
                        PERIOD,
                        committee ? "committee_performance" : "resident_satisfaction",
                        Integer.toString(n),
                        Long.toString(points),
                        Long.toString(full),
                        value);
            }
        }
    }
}
