package org.xiaoqu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake in the file a command was handed (a scheme, a form, rules, targets, a review file) is refused in one
 * line, exit 2, before any store is opened: no "store:" line, and no embedded store created beside the
 * configuration for a run that never starts.
 */
class RefusedBeforeTheStoreTest {
    @TempDir
    Path dir;

    @Test
    void aBadRankingScheme() throws IOException {
        String street = Files.readString(Path.of("../samples/city/schemes/street.yaml"), StandardCharsets.UTF_8);
        write("street.yaml", street.replace("weighting:", "weighing:"));
        CliRun run = CliRun.run(dir, "rank", "--scheme", "street.yaml");
        assertRefusedBeforeTheStore(run, "street.yaml");
        assertThat(run.err()).containsPattern("street\\.yaml:\\d+:1: unknown key 'weighing'");
    }

    @Test
    void aBadCreditScheme() throws IOException {
        write(
                "xiaoqu.yaml",
                "sources:\n  - id: ledger\n    kind: credit-record\n    file: ledger.csv\n"
                        + "credit:\n  scheme: credit-scheme.yaml\n  ledger: ledger\n");
        write("credit-scheme.yaml", "base: 80\ngoodCap: 40\nitemz: []\n");
        assertRefusedBeforeTheStore(CliRun.run(dir, "credit", "reconcile"), "credit-scheme.yaml");
    }

    @Test
    void creditWithoutAConfigurationFile() {
        CliRun run = CliRun.run(dir, "credit", "reconcile");
        assertRefusedBeforeTheStore(run, "configuration file");
    }

    @Test
    void aSurveyFormWhoseResponsesAreMissing() throws IOException {
        write(
                "form.yaml",
                "survey: s\nkind: satisfaction\nperiod: 2026H2\nindicator: x\nresponses: none.csv\n"
                        + "items:\n  - id: a\n");
        assertRefusedBeforeTheStore(CliRun.run(dir, "survey", "aggregate", "form.yaml"), "none.csv");
    }

    @Test
    void badVoteRulesAndCoverageTargets() throws IOException {
        write("rules.yaml", "meeting: m\nmaters: []\n");
        assertRefusedBeforeTheStore(CliRun.run(dir, "vote", "tally", "rules.yaml"), "rules.yaml");
        write("targets.yaml", "target: {party-org: 90%}\n");
        assertRefusedBeforeTheStore(CliRun.run(dir, "coverage", "--targets", "targets.yaml"), "target");
    }

    @Test
    void aReviewFileWithAnUnknownDecision() throws IOException {
        write(
                "review.csv",
                "source_id,record_key,candidate_1_record,candidate_2_record,decision,kind,note\n"
                        + "zongzhi,1,gongan:7,,maybe,,\n");
        CliRun run = CliRun.run(dir, "grid", "review", "apply", "review.csv");
        assertRefusedBeforeTheStore(run, "review.csv:2");
        assertThat(run.err()).contains("'maybe'");
    }

    private void assertRefusedBeforeTheStore(CliRun run, String names) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.toString()).hasSize(1);
        assertThat(run.err()).startsWith("xiaoqu: ").contains(names).doesNotContain("store");
        assertThat(dir.resolve("xiaoqu-data")).doesNotExist();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
