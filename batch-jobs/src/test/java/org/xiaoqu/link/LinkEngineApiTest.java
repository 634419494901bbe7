package org.xiaoqu.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;

/** The engine from Java: records in, pairs, clusters and explanations out; parameters estimated by EM. */
class LinkEngineApiTest {
    @TempDir
    Path temp;

    private static LinkConfig config(
            LinkConfig.Mode mode, boolean oneToOne, List<String> exclusive, @Nullable String save) {
        return config(mode, oneToOne, exclusive, save, null);
    }

    private static LinkConfig config(
            LinkConfig.Mode mode,
            boolean oneToOne,
            List<String> exclusive,
            @Nullable String save,
            @Nullable String load) {
        return new LinkConfig(
                1,
                mode,
                List.of(),
                null,
                List.of(
                        new LinkConfig.Comparison(null, "name", "jaro-winkler", List.of(0.9, 0.8), 0, null, true),
                        new LinkConfig.Comparison(null, "dob", "levenshtein", List.of(1.0), 0, null, false),
                        new LinkConfig.Comparison(null, "city", "exact", null, 0, null, false)),
                List.of(List.of("name|prefix2"), List.of("dob")),
                0,
                new LinkConfig.Model(20_000, 3, 0, 0, 0, load, save),
                0.9,
                0.5,
                0,
                oneToOne,
                exclusive,
                2,
                50);
    }

    /** People in two sources: B holds a noisy copy of the first half of A and new people. */
    private static List<LinkRecord> people(int n, long seed) {
        Random r = new Random(seed);
        List<LinkRecord> out = new ArrayList<>();
        String[] cities = {"changsha", "zhuzhou", "xiangtan", "hengyang", "yueyang", "changde"};
        for (int i = 0; i < n; i++) {
            String name = word(r) + " " + word(r);
            String dob = String.format("19%02d%02d%02d", r.nextInt(100), 1 + r.nextInt(12), 1 + r.nextInt(28));
            String city = cities[r.nextInt(cities.length)];
            out.add(new LinkRecord("a", "a" + i, Map.of("name", name, "dob", dob, "city", city), "e" + i));
            if (i % 2 == 0) {
                String noisy = r.nextBoolean() ? name.substring(0, name.length() - 1) + "x" : name;
                out.add(new LinkRecord("b", "b" + i, Map.of("name", noisy, "dob", dob, "city", city), "e" + i));
            } else {
                String other = String.format("19%02d%02d%02d", r.nextInt(100), 1 + r.nextInt(12), 1 + r.nextInt(28));
                out.add(new LinkRecord(
                        "b", "b" + i, Map.of("name", word(r) + " " + word(r), "dob", other, "city", city), "f" + i));
            }
        }
        return out;
    }

    private static String word(Random r) {
        String letters = "abcdefghijklmnopqrstuvwxyz";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5 + r.nextInt(3); i++) {
            b.append(letters.charAt(r.nextInt(letters.length())));
        }
        return b.toString();
    }

    @Test
    void linksTwoSourcesWithEstimatedParametersAndExplainsEachLink() {
        List<LinkRecord> records = people(400, 5);
        String save = temp.resolve("params.json").toString();
        LinkOutcome outcome = new LinkEngine(config(LinkConfig.Mode.LINK, true, List.of(), save)).link(records);

        Map<String, String> truth = new HashMap<>();
        records.forEach(r -> truth.put(LinkEvaluator.key(r.source(), r.id()), r.entity()));
        LinkEvaluation eval = LinkEvaluator.evaluate(outcome, truth, true);
        assertThat(eval.truePairs()).isEqualTo(200);
        assertThat(eval.f1()).isGreaterThan(0.95);
        assertThat(outcome.summary().pairsCompleteness()).isEqualTo(1.0);
        assertThat(outcome.summary().partitionsPerKey()).isGreaterThan(1);

        LinkPair link = outcome.matches().get(0);
        assertThat(link.leftSource()).isEqualTo("a");
        assertThat(link.rightSource()).isEqualTo("b");
        assertThat(link.comparisons()).extracting(LinkPair.Outcome::name).containsExactly("name", "dob", "city");
        double sum = link.comparisons().stream()
                .mapToDouble(LinkPair.Outcome::weight)
                .sum();
        double prior = Math.log(outcome.parameters().lambda()
                        / (1 - outcome.parameters().lambda()))
                / Math.log(2);
        assertThat(link.weight()).isCloseTo(sum + prior, org.assertj.core.api.Assertions.within(1e-3));
        // every a-record is linked at most once under one-to-one
        assertThat(outcome.matches().stream().map(LinkPair::leftId).distinct().count())
                .isEqualTo(outcome.matches().size());
        // the saved parameters are exactly those used, and u of an exact name is small (from random pairs)
        assertThat(Files.exists(Path.of(save))).isTrue();
        assertThat(outcome.parameters().comparisons().get(0).u().get(3)).isLessThan(0.05);
        assertThat(outcome.parameters().comparisons().get(0).m().get(3)).isGreaterThan(0.3);
    }

    @Test
    void reportsTheGapBetweenBestAndSecondBestCandidate() {
        List<LinkRecord> records = people(200, 9);
        LinkOutcome outcome = new LinkEngine(config(LinkConfig.Mode.LINK, false, List.of(), null)).link(records);
        RecordAssignment withTwo = outcome.records().stream()
                .filter(r -> r.secondWeight() != null)
                .findFirst()
                .orElseThrow();
        assertThat(withTwo.gap()).isEqualTo(withTwo.bestWeight() - withTwo.secondWeight());
        assertThat(withTwo.gap()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void dedupeClustersByConnectedComponentsAndSplitsOnExclusiveValues() {
        List<LinkRecord> records = new ArrayList<>();
        // four records of one person by every comparison; a1/a2 say building 3, a4 building 4, a3 nothing
        records.add(new LinkRecord("s", "a1", Map.of("name", "li hua", "dob", "19800101", "city", "x", "b", "3")));
        records.add(new LinkRecord("s", "a2", Map.of("name", "li hua", "dob", "19800101", "city", "x", "b", "3")));
        records.add(new LinkRecord("s", "a3", Map.of("name", "li hua", "dob", "19800101", "city", "x", "b", "")));
        records.add(new LinkRecord("s", "a4", Map.of("name", "li hua", "dob", "19800101", "city", "x", "b", "4")));
        Random r = new Random(1);
        for (int i = 0; i < 300; i++) {
            records.add(new LinkRecord(
                    "s",
                    "z" + i,
                    Map.of(
                            "name",
                            word(r) + " " + word(r),
                            "dob",
                            "19" + (10 + r.nextInt(89)) + "0101",
                            "city",
                            "x",
                            "b",
                            "")));
        }
        // fixed parameters, so that the case does not depend on EM over a handful of candidates
        Path params = temp.resolve("fixed.json");
        new ModelParameters(
                        1,
                        0.01,
                        0,
                        0,
                        0,
                        List.of(
                                new ModelParameters.ComparisonParameters(
                                        "name",
                                        "jaro-winkler",
                                        List.of("else", ">=0.8", ">=0.9", "exact"),
                                        List.of(0.05, 0.05, 0.1, 0.8),
                                        List.of(0.9, 0.07, 0.02, 0.01)),
                                new ModelParameters.ComparisonParameters(
                                        "dob",
                                        "levenshtein",
                                        List.of("else", "<=1", "exact"),
                                        List.of(0.05, 0.15, 0.8),
                                        List.of(0.9, 0.08, 0.02)),
                                new ModelParameters.ComparisonParameters(
                                        "city",
                                        "exact",
                                        List.of("else", "exact"),
                                        List.of(0.1, 0.9),
                                        List.of(0.5, 0.5))))
                .save(params);
        LinkOutcome outcome = new LinkEngine(
                        config(LinkConfig.Mode.DEDUPE, false, List.of("b"), null, params.toString()))
                .link(records);
        Map<String, RecordAssignment> byId = new HashMap<>();
        outcome.records().forEach(a -> byId.put(a.id(), a));
        assertThat(byId.get("a1").cluster())
                .isEqualTo(byId.get("a2").cluster())
                .isEqualTo(byId.get("a3").cluster());
        assertThat(byId.get("a4").cluster()).isNotEqualTo(byId.get("a1").cluster());
        assertThat(byId.get("a1").split()).isTrue();
        assertThat(byId.get("a4").split()).isTrue();
        assertThat(outcome.summary().splits()).singleElement().satisfies(s -> {
            assertThat(s.field()).isEqualTo("b");
            assertThat(s.values()).containsExactly("3", "4");
            assertThat(s.clusters()).containsExactlyInAnyOrder("s:a1", "s:a4");
        });
        assertThat(byId.get("z0").clusterSize()).isEqualTo(1);
    }

    @Test
    void invalidConfigurationIsAUsageError() {
        assertThatThrownBy(() -> new LinkConfig.Comparison(null, "f", "soundalike", null, 0, null, false))
                .isInstanceOf(XiaoquException.class)
                .hasMessageContaining("soundalike")
                .extracting(e -> ((XiaoquException) e).exitCode())
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void unknownKeyInYamlNamesFileLineAndColumn() throws Exception {
        Path file = temp.resolve("bad.yaml");
        Files.writeString(file, "version: 1\nmode: dedupe\ncomparisons:\n  - {field: a, comparatr: exact}\n");
        assertThatThrownBy(() -> LinkConfigs.read(file))
                .isInstanceOf(XiaoquException.class)
                .hasMessageContaining("bad.yaml: line 4")
                .hasMessageContaining("comparatr");
    }
}
