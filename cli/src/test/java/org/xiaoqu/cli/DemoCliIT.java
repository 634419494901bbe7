package org.xiaoqu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code xiaoqu demo}, the README's first command: the sample city through every job on the embedded store,
 * one JSON object on stdout naming every run and its report; run again in the same folder, nothing changes.
 */
class DemoCliIT {
    @TempDir
    Path dir;

    @Test
    void everyJobRunsOnTheSampleCityAndASecondDemoChangesNothing() throws Exception {
        CliRun first = CliRun.run(dir, "--json", "--no-progress", "demo", "city");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        JsonNode demo = first.json();
        assertThat(demo.get("status").asText()).isEqualTo("OK");

        List<String> jobs = new ArrayList<>();
        for (JsonNode run : demo.get("runs")) {
            jobs.add(run.get("job").asText());
            assertThat(run.get("exitCode").asInt()).as(run.toString()).isZero();
            if (!run.get("job").asText().equals("import")) {
                Path report = Path.of(run.get("report").asText());
                String html = Files.readString(report);
                assertThat(html).as(report.toString()).contains("<svg").doesNotContain("http://", "https://");
            }
        }
        assertThat(jobs)
                .contains("import", "grid-merge", "credit-reconcile", "coverage", "survey-aggregate")
                .filteredOn(j -> j.equals("rank"))
                .hasSize(2 * DemoCommand.SCHEMES.size());
        assertThat(jobs).filteredOn(j -> j.equals("vote-tally")).hasSize(4);

        JsonNode quality = demo.get("gridQuality");
        assertThat(quality.get("f1").asDouble()).isGreaterThanOrEqualTo(0.98);
        assertThat(quality.get("reviewShare").asDouble())
                .isLessThanOrEqualTo(2 * quality.get("ambiguousShare").asDouble());
        assertThat(first.err()).contains("== 8/8 xiaoqu rank");

        CliRun second = CliRun.run(dir, "--json", "--no-progress", "demo", "city");
        assertThat(second.exitCode()).as(second.toString()).isZero();
        for (JsonNode run : second.json().get("runs")) {
            assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("UNCHANGED");
        }
    }
}
