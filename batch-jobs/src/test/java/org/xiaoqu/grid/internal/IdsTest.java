package org.xiaoqu.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Carrying ids forward: kept by overlap, by identity, by pin; merges, splits, retirements and new ids reported. */
class IdsTest {
    private final List<Ids.Event> events = new ArrayList<>();
    private final Supplier<String> fresh = new Supplier<>() {
        int n = 100;

        @Override
        public String get() {
            return "UB" + n++;
        }
    };

    @Test
    void keepsMergesSplitsRetiresAndMints() {
        TreeMap<String, List<String>> clusters = new TreeMap<>();
        clusters.put("d|E1|0|1", List.of("a:1", "b:1", "c:1")); // was UB1 (a, b) and UB2 (c): UB2 merged into UB1
        clusters.put("d|E1|0|2", List.of("a:2")); // UB3 split: a:2 here
        clusters.put("d|E1|0|3", List.of("b:2", "c:2")); // ... and b:2, c:2 here (keeps UB3: larger overlap)
        clusters.put("d|E2|0|1", List.of("x:1")); // no previous record; same identity as UB4
        clusters.put("d|E3|0|9", List.of("y:1")); // new
        Map<String, String> byRef = Map.of(
                "a:1", "UB1", "b:1", "UB1", "c:1", "UB2", "a:2", "UB3", "b:2", "UB3", "c:2", "UB3", "z:1", "UB5");
        Map<String, String> byKey = Map.of("d|E2|0|1", "UB4", "d|E9|0|1", "UB5");
        Map<String, String> ids = Ids.assign(clusters, byRef, byKey, Map.of(), fresh, events, false);
        assertThat(ids)
                .containsEntry("d|E1|0|1", "UB1")
                .containsEntry("d|E1|0|3", "UB3")
                .containsEntry("d|E1|0|2", "UB100")
                .containsEntry("d|E2|0|1", "UB4")
                .containsEntry("d|E3|0|9", "UB101");
        assertThat(events.stream().map(e -> e.event() + " " + e.oldIds() + " -> " + e.newIds()))
                .containsExactlyInAnyOrder(
                        "SPLIT [UB3] -> [UB100, UB3]",
                        "NEW [] -> [UB101]",
                        "RETIRE [UB5] -> []",
                        "MERGE [UB2] -> [UB1]");
    }

    @Test
    void aPinWinsAndTheFirstRunReportsNoNewIds() {
        TreeMap<String, List<String>> clusters = new TreeMap<>();
        clusters.put("d|E1|0|1", List.of("a:1"));
        clusters.put("d|E1|0|2", List.of("a:2"));
        Map<String, String> ids = Ids.assign(clusters, Map.of(), Map.of(), Map.of("a:2", "UB7"), fresh, events, true);
        assertThat(ids).containsEntry("d|E1|0|2", "UB7").containsEntry("d|E1|0|1", "UB100");
        assertThat(events).isEmpty();
    }
}
