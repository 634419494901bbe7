package org.xiaoqu.cli.samples;

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
import org.xiaoqu.samples.CityGenerator;

class SamplesGenerateCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        CliEnvironment env = new CliEnvironment(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(),
                dir,
                false);
        return XiaoquCli.execute(env, args);
    }

    @Test
    void generatesACityAndReportsItAsJson() throws Exception {
        int code = run(
                "samples",
                "generate",
                "--out",
                "city",
                "--buildings",
                "300",
                "--seed",
                "3",
                "--noise",
                "HIGH",
                "--json");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("result").get("buildings").asLong()).isEqualTo(300);
        assertThat(json.get("result").get("noiseLevel").asText()).isEqualTo("HIGH");
        assertThat(dir.resolve("city/xiaoqu.yaml")).exists();
        assertThat(Files.readAllLines(dir.resolve("city/truth/buildings.csv"))).hasSize(301);
    }

    @Test
    void explainPrintsTheNoiseTable() {
        assertThat(run("samples", "generate", "--explain")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(CityGenerator.explain());
    }

    @Test
    void withoutOutItIsAUsageError() {
        assertThat(run("samples", "generate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out");
    }

    @Test
    void unknownNoiseLevelIsAUsageError() {
        assertThat(run("samples", "generate", "--out", "x", "--noise", "extreme"))
                .isEqualTo(2);
    }
}
