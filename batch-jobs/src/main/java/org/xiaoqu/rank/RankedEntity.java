package org.xiaoqu.rank;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entity's place in a ranking.
 *
 * @param person the person responsible (personal data: masked in the publication version)
 * @param rank the rank (1 = best), 0 when the entity is not ranked
 * @param status RANKED, VETOED (ranked after every entity without a veto, lowest grade) or INSUFFICIENT_DATA
 * @param score the final score (composite × scale + bonus − penalty, rounded as the scheme says), NaN when not
 *     ranked
 * @param composite the composite before bonus and penalty, scaled, not rounded
 * @param raw each indicator's value as read (NaN = missing)
 * @param normalised each indicator's normalised value (after imputation)
 * @param contribution each indicator's weighted normalised value × scale (for weighted-arithmetic: its points in
 *     the score)
 * @param imputed which values were imputed
 * @param vetoes the ids of the vetoes that hit this entity
 */
public record RankedEntity(
        String id,
        String name,
        @Nullable String group,
        @Nullable String person,
        int rank,
        String status,
        double score,
        double composite,
        double bonus,
        double penalty,
        String grade,
        String gradeEn,
        double availability,
        double[] raw,
        double[] normalised,
        double[] contribution,
        boolean[] imputed,
        List<String> vetoes,
        @Nullable Integer previousRank,
        @Nullable Double previousScore) {

    public boolean ranked() {
        return rank > 0;
    }
}
