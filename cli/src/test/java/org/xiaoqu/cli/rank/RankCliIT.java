package org.xiaoqu.cli.rank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.cli.CliRun;

/**
 * {@code xiaoqu rank} in process on the committed city's owners' committee scheme: two years, --json, the change on
 * the previous year, --excel; a misspelt key in a scheme is exit 2 with file:line:column.
 */
class RankCliIT {
    @TempDir
    Path dir;

    private void copyCity() throws IOException {
        for (String sub : new String[] {"rank", "schemes"}) {
            Path from = Path.of("../samples/city").resolve(sub);
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : files.toList()) {
                    Files.createDirectories(dir.resolve(sub));
                    Files.copy(f, dir.resolve(sub).resolve(f.getFileName()));
                }
            }
        }
    }

    @Test
    void ranksTwoYearsWithJsonAndExcel() throws IOException {
        copyCity();
        CliRun y2024 = CliRun.run(dir, "--json", "rank", "--scheme", "schemes/owners-committee.yaml", "--year", "2024");
        assertThat(y2024.exitCode()).as(y2024.toString()).isZero();
        CliRun y2025 = CliRun.run(
                dir,
                "--json",
                "--lang",
                "zh",
                "rank",
                "--scheme",
                "schemes/owners-committee.yaml",
                "--sensitivity",
                "100",
                "--seed",
                "3",
                "--excel");
        assertThat(y2025.exitCode()).as(y2025.toString()).isZero();
        JsonNode json = y2025.json();
        assertThat(json.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(json.get("counts").get("draws").asInt()).isEqualTo(100);
        Path out = Path.of(json.get("outputDir").asText());
        assertThat(out.resolve("ranking.xlsx")).exists();
        assertThat(out.resolve("公示版.xlsx")).exists();
        String ranking = Files.readString(out.resolve("ranking.csv"));
        assertThat(ranking.lines()
                        .skip(1)
                        .filter(l -> l.startsWith("1,"))
                        .findFirst()
                        .orElseThrow())
                .contains("较2024年");
        CliRun again = CliRun.run(
                dir,
                "--json",
                "rank",
                "--scheme",
                "schemes/owners-committee.yaml",
                "--sensitivity",
                "100",
                "--seed",
                "3");
        assertThat(again.json().get("status").asText()).isEqualTo("UNCHANGED");
    }

    @Test
    void misspeltKeyIsAUsageErrorNamingTheLine() throws IOException {
        copyCity();
        Path scheme = dir.resolve("schemes/street.yaml");
        Files.writeString(scheme, Files.readString(scheme).replace("weighting:", "weighing:"));
        CliRun r = CliRun.run(dir, "rank", "--scheme", "schemes/street.yaml");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .containsPattern("street\\.yaml:\\d+:1: unknown key 'weighing'.*did you mean 'weighting'\\?");
    }
}
