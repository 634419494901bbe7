package org.xiaoqu.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on a small Febrl-like file with fixed parameters: outputs equal the golden files. */
class LinkEngineGoldenTest {
    @TempDir
    Path temp;

    static Path golden(String name) throws URISyntaxException {
        return Path.of(
                LinkEngineGoldenTest.class.getResource("/link/golden/" + name).toURI());
    }

    @Test
    void writesTheGoldenPairsAndClusters() throws Exception {
        Path out = temp.resolve("out");
        LinkResult result = LinkEngine.run(golden("link.yaml"), out);

        assertThat(read(out.resolve("pairs.csv"))).isEqualTo(read(golden("expected-pairs.csv")));
        assertThat(read(out.resolve("clusters.csv"))).isEqualTo(read(golden("expected-clusters.csv")));
        assertThat(read(out.resolve("review.csv")).lines()).hasSize(1); // header only
        assertThat(result.summary().matches()).isEqualTo(10);
        assertThat(result.summary().candidatePairs()).isEqualTo(13);
        assertThat(result.summary().candidates()).containsEntry("postcode", 10L).containsEntry("surname|soundex", 3L);
        assertThat(result.toText()).contains("matches: 10").contains("split: 1");

        JsonNode summary =
                new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.at("/splits/0/field").asText()).isEqualTo("building");
        assertThat(summary.at("/splits/0/values").toString()).isEqualTo("[\"3\",\"4\"]");
        assertThat(Files.exists(out.resolve("parameters.json"))).isTrue();
        assertThat(Files.exists(temp.resolve("out.tmp"))).isFalse();
    }

    @Test
    void explainsEveryLinkComparisonByComparison() throws Exception {
        Path out = temp.resolve("out");
        LinkEngine.run(golden("link.yaml"), out);
        String pairs = read(out.resolve("pairs.csv"));
        // r01/r02: given name within Jaro–Winkler 0.9, the rest exact; weights log2(m/u) of the fixed parameters
        assertThat(pairs)
                .contains("people,r01,people,r02,13.4132,0.999908,match,>=0.9,0.9069,exact,6.3219,exact,6.3219,"
                        + "exact,6.4919");
        assertThat(pairs).contains("given_name=>=0.9(+0.91); surname=exact(+6.32)");
    }

    @Test
    void savedParametersReproduceTheRunWhenLoaded() throws Exception {
        Path first = temp.resolve("first");
        LinkEngine.run(golden("link.yaml"), first);
        ModelParameters saved =
                ModelParameters.load(first.resolve("parameters.json"), LinkConfigs.read(golden("link.yaml")));
        assertThat(saved.lambda()).isEqualTo(0.01);
        assertThat(saved.comparisons().get(3).weight(1)).isEqualTo(Math.log(0.9 / 0.01) / Math.log(2));
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
