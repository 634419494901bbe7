package org.xiaoqu.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkEvaluatorTest {
    @Test
    void pairwiseAndBCubedAgainstAHandWorkedExample() {
        // truth: {a,b,c} one entity, {d,e} another, f alone -> true pairs ab ac bc de = 4
        Map<String, String> truth = Map.of("s/a", "1", "s/b", "1", "s/c", "1", "s/d", "2", "s/e", "2", "s/f", "3");
        // links: ab (right), de (right), ef (wrong); clusters {a,b} {c} {d,e,f}
        List<String[]> links =
                List.of(new String[] {"s/a", "s/b"}, new String[] {"s/d", "s/e"}, new String[] {"s/e", "s/f"});
        Map<String, String> clusters = Map.of("s/a", "x", "s/b", "x", "s/c", "c", "s/d", "y", "s/e", "y", "s/f", "y");
        LinkEvaluation e = LinkEvaluator.evaluate(links, clusters, truth, null, 2);
        assertThat(e.predictedPairs()).isEqualTo(3);
        assertThat(e.truePairs()).isEqualTo(4);
        assertThat(e.truePositives()).isEqualTo(2);
        assertThat(e.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(e.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(e.f1()).isCloseTo(4.0 / 7, within(1e-12));
        // B-cubed precision: a,b 1; c 1; d,e 2/3; f 1/3 -> (1+1+1+2/3+2/3+1/3)/6 = 14/18
        assertThat(e.bcubedPrecision()).isCloseTo(14.0 / 18, within(1e-12));
        // B-cubed recall: a,b 2/3; c 1/3; d,e 1; f 1 -> (2/3+2/3+1/3+1+1+1)/6 = 14/18
        assertThat(e.bcubedRecall()).isCloseTo(14.0 / 18, within(1e-12));
        assertThat(e.review()).isEqualTo(2);
    }

    @Test
    void inLinkModeOnlyCrossSourcePairsAreTruePairs() {
        Map<String, String> truth = Map.of("a/1", "e", "a/2", "e", "b/1", "e");
        LinkEvaluation e =
                LinkEvaluator.evaluate(List.<String[]>of(new String[] {"a/1", "b/1"}), Map.of(), truth, "a", 0);
        assertThat(e.truePairs()).isEqualTo(2); // a/1-b/1 and a/2-b/1, never a/1-a/2
        assertThat(e.precision()).isEqualTo(1.0);
        assertThat(e.recall()).isEqualTo(0.5);
    }
}
