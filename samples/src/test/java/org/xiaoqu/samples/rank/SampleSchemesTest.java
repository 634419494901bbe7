package org.xiaoqu.samples.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xiaoqu.rank.RankData;
import org.xiaoqu.rank.RankEngine;
import org.xiaoqu.rank.RankInputs;
import org.xiaoqu.rank.RankResult;
import org.xiaoqu.rank.RankScheme;
import org.xiaoqu.rank.RankedEntity;
import org.xiaoqu.rank.SchemeLoader;

/** The committed city's four sample schemes load and rank its data as their comments say. */
class SampleSchemesTest {
    static final Path SCHEMES = Path.of("city/schemes");

    private static RankResult rank(String scheme) {
        RankScheme s = SchemeLoader.load(SCHEMES.resolve(scheme), null);
        RankData data = RankInputs.read(s, null);
        return RankEngine.rank(s, data, Map.of());
    }

    @Test
    void enterprisesFromCreditFallbackAndSurvey() {
        RankResult r = rank("enterprise.yaml");
        assertThat(r.indicators()).hasSize(5);
        assertThat(r.notes()).anyMatch(n -> n.contains("declared fallback enterprise-credit-scores.csv"));
        assertThat(r.notes())
                .anyMatch(n -> n.startsWith("indicator satisfaction: ") && n.contains("with a sample under 30.0"));
        assertThat(r.ahp()).isNotNull();
        assertThat(r.ahp().cr()).isLessThan(0.1);
        assertThat(r.rankedCount()).isEqualTo(r.entities().size());
        assertThat(r.entities())
                .anyMatch(e -> e.status().equals("VETOED") && e.grade().equals("不合格"));
        assertThat(r.entities()).anyMatch(e -> e.bonus() > 0);
        assertThat(r.entities()).anyMatch(e -> e.penalty() > 0);
    }

    @Test
    void committeesHalfYearsAveragedByRankShare() {
        RankResult r = rank("owners-committee.yaml");
        assertThat(r.entities()).hasSizeGreaterThan(50);
        long excellent =
                r.entities().stream().filter(e -> e.grade().equals("优秀")).count();
        assertThat(excellent).isLessThanOrEqualTo((long) Math.floor(0.2 * r.rankedCount()) + 1);
        assertThat(r.entities()).allMatch(e -> e.group() != null);
    }

    @Test
    void estatesImputedWithinTheirStreet() {
        RankResult r = rank("estate.yaml");
        assertThat(r.entities()).anyMatch(e -> {
            for (boolean b : e.imputed()) {
                if (b) {
                    return true;
                }
            }
            return false;
        });
        assertThat(r.notes()).anyMatch(n -> n.contains("winsorised"));
        assertThat(r.entities().get(0).rank()).isEqualTo(1);
    }

    @Test
    void streetsAgainstTargets() {
        RankResult r = rank("street.yaml");
        for (RankedEntity e : r.entities()) {
            for (double v : e.normalised()) {
                assertThat(v).isBetween(0.0, 1.0);
            }
        }
        assertThat(r.rankedCount()).isGreaterThan(0);
    }
}
