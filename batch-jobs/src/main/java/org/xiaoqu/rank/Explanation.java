package org.xiaoqu.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One entity's place in plain words, in English and Chinese: rank of how many, grade, score, its strongest and
 * weakest indicators (by contribution against the most it could have contributed), bonus and penalty points, a
 * veto, the change on the previous period and, after a sensitivity analysis, its rank interval.
 */
public final class Explanation {
    private Explanation() {}

    /** English and Chinese sentences. */
    public record Text(String en, String zh) {}

    public static Text of(RankResult result, RankedEntity e, Sensitivity.@Nullable Outcome sensitivity, int index) {
        RankScheme s = result.scheme();
        int ranked = result.rankedCount();
        if (!e.ranked()) {
            String pct = String.format(Locale.ROOT, "%.0f%%", e.availability() * 100);
            return new Text(
                    "Not ranked: only " + pct + " of the indicators have a value for " + s.year() + " (at least "
                            + String.format(Locale.ROOT, "%.0f%%", s.minAvailability() * 100) + " needed).",
                    "未参与排名：" + s.year() + "年仅有" + pct + "的指标有数据（至少需要"
                            + String.format(Locale.ROOT, "%.0f%%", s.minAvailability() * 100) + "）。");
        }
        String score = fmt(e.score(), s.rounding());
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        en.append("Ranked ")
                .append(e.rank())
                .append(" of ")
                .append(ranked)
                .append(" (")
                .append(e.gradeEn())
                .append(") with ")
                .append(score)
                .append(" points.");
        zh.append("在")
                .append(ranked)
                .append("个对象中排名第")
                .append(e.rank())
                .append("（")
                .append(e.grade())
                .append("），得分")
                .append(score)
                .append("。");
        if (!e.vetoes().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (String id : e.vetoes()) {
                s.vetoes().stream().filter(v -> v.id().equals(id)).findFirst().ifPresent(v -> names.add(v.name()));
            }
            en.append(" Vetoed (")
                    .append(String.join(", ", names))
                    .append("): placed after every entity without a veto, at the lowest grade.");
            zh.append("因").append(String.join("、", names)).append("一票否决，排在所有未被否决的对象之后，评为最低等级。");
        }
        // strongest and weakest: share of the indicator's maximum possible contribution
        int best = -1;
        int worst = -1;
        double bestShare = Double.NEGATIVE_INFINITY;
        double worstShare = Double.POSITIVE_INFINITY;
        for (int j = 0; j < result.indicators().size(); j++) {
            double share = e.normalised()[j];
            if (Double.isNaN(share)) {
                continue;
            }
            if (share > bestShare) {
                bestShare = share;
                best = j;
            }
            if (share < worstShare) {
                worstShare = share;
                worst = j;
            }
        }
        if (best >= 0 && worst >= 0 && best != worst) {
            RankScheme.Indicator b = result.indicators().get(best);
            RankScheme.Indicator w = result.indicators().get(worst);
            double max = result.weights()[best] * s.scale() * s.upper();
            double maxW = result.weights()[worst] * s.scale() * s.upper();
            en.append(" Strongest: ")
                    .append(b.nameEn())
                    .append(" (")
                    .append(fmt(e.contribution()[best], 1))
                    .append(" of ")
                    .append(fmt(max, 1))
                    .append("); weakest: ")
                    .append(w.nameEn())
                    .append(" (")
                    .append(fmt(e.contribution()[worst], 1))
                    .append(" of ")
                    .append(fmt(maxW, 1))
                    .append(").");
            zh.append("优势指标：")
                    .append(b.name())
                    .append("（贡献")
                    .append(fmt(e.contribution()[best], 1))
                    .append("/")
                    .append(fmt(max, 1))
                    .append("）；短板指标：")
                    .append(w.name())
                    .append("（贡献")
                    .append(fmt(e.contribution()[worst], 1))
                    .append("/")
                    .append(fmt(maxW, 1))
                    .append("）。");
        }
        int imputed = 0;
        for (boolean b : e.imputed()) {
            imputed += b ? 1 : 0;
        }
        if (imputed > 0) {
            en.append(' ')
                    .append(imputed)
                    .append(imputed == 1 ? " missing value was" : " missing values were")
                    .append(" imputed.");
            zh.append("有").append(imputed).append("项缺失值已按规则插补。");
        }
        if (e.bonus() > 0 || e.penalty() > 0) {
            en.append(" Bonus +")
                    .append(fmt(e.bonus(), 2))
                    .append(", penalty −")
                    .append(fmt(e.penalty(), 2))
                    .append('.');
            zh.append("加分")
                    .append(fmt(e.bonus(), 2))
                    .append("分，扣分")
                    .append(fmt(e.penalty(), 2))
                    .append("分。");
        }
        if (e.previousRank() != null && e.previousScore() != null) {
            int up = e.previousRank() - e.rank();
            double ds = e.score() - e.previousScore();
            String change = fmt(Math.abs(ds), s.rounding());
            en.append(" Against ")
                    .append(s.year() - 1)
                    .append(": ")
                    .append(
                            up > 0
                                    ? "up " + up + (up == 1 ? " place" : " places")
                                    : up < 0 ? "down " + (-up) + (up == -1 ? " place" : " places") : "same place")
                    .append(", ")
                    .append(ds >= 0 ? "+" : "−")
                    .append(change)
                    .append(" points.");
            zh.append("较")
                    .append(s.year() - 1)
                    .append("年")
                    .append(up > 0 ? "上升" + up + "位" : up < 0 ? "下降" + (-up) + "位" : "名次不变")
                    .append("，得分")
                    .append(ds >= 0 ? "增加" : "减少")
                    .append(change)
                    .append("。");
        } else {
            en.append(" No ranking for ").append(s.year() - 1).append(" to compare with.");
            zh.append("无").append(s.year() - 1).append("年排名可比。");
        }
        if (sensitivity != null && index >= 0) {
            en.append(" With weights perturbed (")
                    .append(sensitivity.draws())
                    .append(" draws) its rank lies between ")
                    .append(sensitivity.q05()[index])
                    .append(" and ")
                    .append(sensitivity.q95()[index])
                    .append(" (5th–95th percentile, median ")
                    .append(sensitivity.median()[index])
                    .append(')')
                    .append(sensitivity.unstable()[index] ? "; its grade is not stable." : ".");
            zh.append("权重扰动")
                    .append(sensitivity.draws())
                    .append("次后，名次在第")
                    .append(sensitivity.q05()[index])
                    .append("至第")
                    .append(sensitivity.q95()[index])
                    .append("名之间（5%–95%分位，中位数第")
                    .append(sensitivity.median()[index])
                    .append("名）")
                    .append(sensitivity.unstable()[index] ? "，等级不稳定。" : "。");
        }
        return new Text(en.toString(), zh.toString());
    }

    static String fmt(double d, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", d);
    }
}
