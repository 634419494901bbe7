package org.xiaoqu.cli.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.cli.CliEnvironment;
import org.xiaoqu.cli.XiaoquCli;

/** {@code xiaoqu link} and {@code xiaoqu link evaluate} in process, stdout parsed as JSON. */
class LinkCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        CliEnvironment env = new CliEnvironment(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(),
                dir,
                false);
        return XiaoquCli.execute(env, args);
    }

    private void writeInputs() throws Exception {
        Files.writeString(
                dir.resolve("people.csv"),
                "id,entity,name,dob\n"
                        + "1,e1,li hua,19800101\n2,e1,li hua,19800101\n3,e2,wang fang,19750505\n"
                        + "4,e2,wang fang,19750506\n5,e3,zhao lei,19900909\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("params.json"),
                """
                {"version":1,"lambda":0.05,"emIterations":0,"uPairs":0,"candidatePairs":0,"comparisons":[
                {"name":"name","comparator":"jaro-winkler","levels":["else","exact"],"m":[0.1,0.9],"u":[0.99,0.01]},
                {"name":"dob","comparator":"levenshtein","levels":["else","<=1","exact"],
                 "m":[0.05,0.15,0.8],"u":[0.95,0.04,0.01]}]}
                """,
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("link.yaml"),
                """
                mode: dedupe
                sources: [{id: p, file: people.csv, idColumn: id, truthColumn: entity}]
                comparisons:
                  - {field: name, comparator: jaro-winkler}
                  - {field: dob, comparator: levenshtein, thresholds: [1]}
                blocking: [[name]]
                model: {load: params.json}
                """,
                StandardCharsets.UTF_8);
    }

    @Test
    void linksThenEvaluatesAsJson() throws Exception {
        writeInputs();
        assertThat(run("link", "--config", "link.yaml", "--out", "out", "--json"))
                .isZero();
        JsonNode result = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(result.at("/summary/matches").asLong()).isEqualTo(2);
        assertThat(result.at("/summary/pairsCompleteness").asDouble()).isEqualTo(1.0);
        assertThat(Files.exists(dir.resolve("out/clusters.csv"))).isTrue();

        assertThat(run("link", "evaluate", "--config", "link.yaml", "--out", "out", "--json"))
                .isZero();
        JsonNode eval = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(eval.get("f1").asDouble()).isEqualTo(1.0);
        assertThat(eval.get("bcubedF1").asDouble()).isEqualTo(1.0);
    }

    @Test
    void withoutAConfigurationItIsAUsageError() {
        assertThat(run("link")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--config");
    }
}
