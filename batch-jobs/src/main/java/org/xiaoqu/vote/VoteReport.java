package org.xiaoqu.vote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.xiaoqu.report.BarChart;
import org.xiaoqu.report.Block;
import org.xiaoqu.report.Blocks;
import org.xiaoqu.report.HtmlReport;
import org.xiaoqu.report.HtmlTable;
import org.xiaoqu.report.KeyFigure;
import org.xiaoqu.report.Masking;
import org.xiaoqu.report.ReportLang;

/** report.html of a tally: the outcome of each matter with its four ratios, the ballots' audit, the rules. */
final class VoteReport {
    private VoteReport() {}

    /** The audit's reason in Chinese, for the report (the CSV keeps the English sentence). */
    static String reasonZh(VoteTally t, AuditedBallot a) {
        Ballot b = a.ballot();
        VoteRules rules = t.rules();
        return switch (a.status()) {
            case COUNTED -> "";
            case UNKNOWN_MATTER -> "规则文件中没有表决事项“" + b.matterId() + "”";
            case INVALID ->
                b.votedAt() == null ? "投票时间“" + b.votedAtText() + "”无法识别" : "表决意见“" + b.choiceText() + "”不是同意、反对或弃权";
            case LATE -> "投票时间 " + b.votedAtText() + " 晚于截止时间 " + time(rules.closes());
            case EARLY -> "投票时间 " + b.votedAtText() + " 早于开始时间 " + time(rules.opens());
            case NOT_OWNER ->
                t.register().unit(b.unitId()) == null
                        ? "房屋 " + b.unitId() + " 不在业主名册中"
                        : "房屋 " + b.unitId() + " 登记的业主不是投票人";
            case DISPUTED -> "房屋 " + b.unitId() + " 权属存在争议";
            case SUPERSEDED -> {
                var m = java.util.regex.Pattern.compile("line (\\d+)").matcher(a.detail());
                yield (m.find() ? "以第 " + m.group(1) + " 行的选票为准" : "以该业主另一张选票为准")
                        + (rules.duplicates() == VoteRules.Duplicates.LAST ? "(最后一次有效投票)" : "(首次有效投票)");
            }
        };
    }

    private static String time(java.time.LocalDateTime t) {
        return t.toString().replace('T', ' ');
    }

    static HtmlReport build(VoteTally t, ReportLang lang, Masking masking, Instant at) {
        VoteRules rules = t.rules();
        Map<BallotStatus, Long> counts = t.countsByStatus();
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        long counted = counts.get(BallotStatus.COUNTED);
        long passed = t.outcomes().stream()
                .filter(o -> o.result() == MatterOutcome.Result.PASSED)
                .count();
        List<KeyFigure> figures = List.of(
                new KeyFigure(
                        lang.pick("业主人数", "Owners"),
                        Integer.toString(t.register().owners()),
                        lang.pick("按法释〔2009〕7号第9条计", "counted as 法释〔2009〕7号 art. 9 says")),
                new KeyFigure(
                        lang.pick("专有部分总面积(㎡)", "Exclusive area (m²)"),
                        t.register().totalArea().toPlainString()),
                new KeyFigure(
                        lang.pick("选票", "Ballots"),
                        Long.toString(all),
                        lang.pick("计入 ", "counted ")
                                + counted
                                + lang.pick(",未计入 ", ", not counted ")
                                + (all - counted)),
                new KeyFigure(
                        lang.pick("通过事项", "Matters passed"),
                        passed + " / " + t.outcomes().size()));
        List<Block> outcome = new ArrayList<>();
        outcome.add(Blocks.paragraph(lang.pick(
                "参与表决须专有部分面积占比三分之二以上且人数占比三分之二以上;第六至八项须参与表决面积和人数各四分之三以上同意,其他事项须各过半数同意(民法典第278条)。“以上”含本数,“过半数”不含(第1259条)。比例为精确分数,百分比仅供阅读。",
                "Participation needs at least two thirds of the exclusive area and at least two thirds of the owners;"
                        + " items 6–8 need at least three quarters of the participating area and owners to agree, every"
                        + " other item more than half of each (Civil Code art. 278). \"At least\" includes the number,"
                        + " \"more than half\" does not (art. 1259). Ratios are exact fractions; percentages are for"
                        + " reading only.")));
        outcome.add(Blocks.table(VoteOutputs.outcomeTable(t, lang)));
        for (MatterOutcome o : t.outcomes()) {
            outcome.add(Blocks.barChart(VoteOutputs.ratioChart(o, lang)));
        }
        BarChart statuses = BarChart.horizontal(lang.pick("选票核验", "Ballots by status"));
        for (var e : counts.entrySet()) {
            statuses.bar(
                    lang.pick(e.getKey().zh(), e.getKey().name()),
                    e.getValue(),
                    e.getKey() == BallotStatus.COUNTED ? "ok" : e.getKey() == BallotStatus.SUPERSEDED ? "warn" : "bad");
        }
        HtmlTable rejected = HtmlTable.of(Arrays.asList(
                        lang.pick("行号", "Line"),
                        lang.pick("投票时间", "Voted at"),
                        lang.pick("房屋编号", "Unit"),
                        lang.pick("业主", "Voter"),
                        lang.pick("事项", "Matter"),
                        lang.pick("意见", "Choice"),
                        lang.pick("状态", "Status"),
                        lang.pick("原因", "Why")))
                .filterable(true)
                .sortable(true)
                .pageSize(50);
        for (AuditedBallot a : t.audit()) {
            if (a.status() == BallotStatus.COUNTED) {
                continue;
            }
            Ballot b = a.ballot();
            rejected.row(Arrays.asList(
                    b.line(),
                    b.votedAtText(),
                    b.unitId(),
                    VoteOutputs.name(t, b, masking),
                    b.matterId(),
                    b.choice() == null
                            ? b.choiceText()
                            : lang.pick(b.choice().zh(), b.choice().name()),
                    lang.pick(a.status().zh(), a.status().name()),
                    lang.chinese() ? reasonZh(t, a) : a.detail()));
        }
        return HtmlReport.builder(
                        lang.pick("业主电子投票计票报告", "Owners' e-vote tally") + " — " + rules.estateName() + " "
                                + rules.title(),
                        lang)
                .subtitle(rules.meeting() + " · " + time(rules.opens()) + " – " + time(rules.closes()))
                .generatedAt(at)
                .figures(figures)
                .section(lang.pick("表决结果", "Outcome"), outcome.toArray(Block[]::new))
                .section(
                        lang.pick("选票核验", "Ballots"),
                        Blocks.barChart(statuses),
                        Blocks.paragraph(lang.pick(
                                "未计入的选票及原因(同一业主对同一事项多次投票,以"
                                        + (rules.duplicates() == VoteRules.Duplicates.LAST ? "最后" : "首次")
                                        + "一次有效投票为准;权属争议房屋计入总面积和总人数但其选票不计入)。每张选票见 ballots.csv。",
                                "Ballots not counted and why (of an owner's several valid ballots on one matter the "
                                        + rules.duplicates().name().toLowerCase(java.util.Locale.ROOT)
                                        + " counts; units in dispute stay in the totals but their ballots do not"
                                        + " count). Every ballot is in ballots.csv.")),
                        Blocks.table(rejected))
                .build();
    }
}
