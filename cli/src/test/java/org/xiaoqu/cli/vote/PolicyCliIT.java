package org.xiaoqu.cli.vote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.cli.CliRun;

/**
 * {@code vote tally}, {@code coverage} and {@code survey aggregate} through the real command line on a copy of the
 * committed sample city: {@code --json} on stdout, the outcome equal to the city's truth, a mistake in a rules
 * file one line with exit 2.
 */
class PolicyCliIT {
    @TempDir
    Path dir;

    private Path city() throws Exception {
        Path from = Path.of("../samples/city");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return dir;
    }

    @Test
    void voteCoverageAndSurveyOnTheSampleCity() throws Exception {
        Path city = city();
        CliRun vote = CliRun.run(city, "--json", "vote", "tally", "业主投票/E43010300048/表决规则.yaml");
        assertThat(vote.exitCode()).as(vote.toString()).isZero();
        JsonNode v = vote.json();
        assertThat(v.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(v.get("counts").get("matters").asInt()).isEqualTo(2);
        Path out = Path.of(v.get("outputDir").asText());
        List<String> results = Files.readAllLines(out.resolve("outcomes.csv")).stream()
                .skip(1)
                .map(l -> l.substring(l.lastIndexOf(',') + 1))
                .toList();
        List<String> truth = Files.readAllLines(city.resolve("truth/vote-outcomes.csv")).stream()
                .filter(l -> l.contains("E43010300048"))
                .map(l -> l.substring(l.lastIndexOf(',') + 1))
                .toList();
        assertThat(results).isEqualTo(truth).containsExactly("PASSED", "REJECTED");

        CliRun noRegister = CliRun.run(city, "vote", "tally", "truth/vote-outcomes.csv");
        assertThat(noRegister.exitCode()).isEqualTo(2);
        assertThat(noRegister.err()).contains("vote-outcomes.csv").doesNotContain("Exception");

        assertThat(CliRun.run(city, "import", "zhujian-estates").exitCode()).isZero();
        CliRun coverage = CliRun.run(city, "--json", "coverage", "--target", "party-org=50%");
        assertThat(coverage.exitCode()).as(coverage.toString()).isZero();
        assertThat(coverage.json().get("counts").get("estates").asInt()).isEqualTo(208);
        assertThat(Path.of(coverage.json().get("outputDir").asText()).resolve("report.html"))
                .exists();
        assertThat(CliRun.run(city, "coverage", "--target", "party=50%").exitCode())
                .isEqualTo(2);

        CliRun survey = CliRun.run(city, "--json", "survey", "aggregate", "满意度调查/问卷.yaml", "业委会评价/评价表.yaml");
        assertThat(survey.exitCode()).as(survey.toString()).isZero();
        assertThat(survey.json().get("counts").get("forms").asInt()).isEqualTo(2);
        List<String> values = Files.readAllLines(
                Path.of(survey.json().get("outputDir").asText()).resolve("indicator-values.csv"));
        assertThat(values.get(0)).isEqualTo("entity_kind,entity_id,entity_name,period,indicator,value,unit,source");
        assertThat(values)
                .anyMatch(l -> l.startsWith("enterprise,"))
                .anyMatch(l -> l.startsWith("owners-committee,"))
                .anyMatch(l -> l.startsWith("estate,"));
    }
}
