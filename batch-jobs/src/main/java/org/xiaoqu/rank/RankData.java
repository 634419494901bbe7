package org.xiaoqu.rank;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The values a ranking works on, already read and combined into the scheme's year: one row per entity (sorted by
 * id), one column per indicator ({@code NaN} = missing), per veto and per adjustment item.
 *
 * @param persons the person responsible for each entity (a committee's chair…), personal data, or null
 * @param indicators the scheme's indicators this data carries, in scheme order (an optional source that is
 *     absent drops its indicators, see {@code notes})
 * @param values {@code values[j][i]}: indicator j of entity i
 * @param vetoValues {@code vetoValues[v][i]}, NaN when the entity has no such record
 * @param adjustmentValues {@code adjustmentValues[a][i]}, NaN = none
 * @param notes what happened on the way that a person should know (dropped sources, rows outside the period…)
 */
public record RankData(
        List<String> ids,
        List<String> names,
        List<@Nullable String> groups,
        List<@Nullable String> persons,
        List<RankScheme.Indicator> indicators,
        double[][] values,
        double[][] vetoValues,
        double[][] adjustmentValues,
        List<String> notes) {

    public int size() {
        return ids.size();
    }
}
