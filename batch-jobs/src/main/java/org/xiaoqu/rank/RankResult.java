package org.xiaoqu.rank;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.rank.internal.Ahp;

/**
 * A computed ranking.
 *
 * @param entities every entity: the ranked ones by rank (ties by id), then the unranked by id
 * @param indicators the indicators used, in scheme order
 * @param weights their weights (summing to 1)
 * @param ahp the AHP outcome when the scheme weighs by AHP
 * @param prepared the cleaned values the sensitivity analysis starts from
 */
public record RankResult(
        RankScheme scheme,
        List<RankedEntity> entities,
        List<RankScheme.Indicator> indicators,
        double[] weights,
        Ahp.@Nullable Result ahp,
        List<String> notes,
        Prepared prepared) {

    /** Count of ranked entities. */
    public int rankedCount() {
        return (int) entities.stream().filter(RankedEntity::ranked).count();
    }

    /**
     * The ranked entities' values after winsorising and imputation ({@code clean[j][k]}, k over {@code
     * rankedIds}), their fixed points (bonus − penalty) and veto flags: what every sensitivity draw re-normalises
     * and re-aggregates.
     */
    public record Prepared(
            List<String> rankedIds,
            double[][] clean,
            double[] points,
            boolean[] vetoed,
            int[] baseRank,
            int[] baseGrade) {}
}
