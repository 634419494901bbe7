package org.xiaoqu.cli.address;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.cli.CliRun;

/** {@code xiaoqu address evaluate} in process, on a corpus file written here (no corpus data). */
class AddressEvaluateCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheScoresAsTextAndAsJson() throws Exception {
        Files.createDirectories(dir.resolve("naacl"));
        Files.writeString(
                dir.resolve("naacl/test.txt"),
                "芙 B-poi\n蓉 I-poi\n华 I-poi\n庭 I-poi\n3 B-houseno\n栋 I-houseno\n\n"
                        + "坡 B-road\n子 I-road\n街 I-road\n88 B-roadno\n号 I-roadno\n\n",
                StandardCharsets.UTF_8);
        CliRun text = CliRun.run(dir, "address", "evaluate", "--corpus", "naacl", "naacl");
        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.out()).contains("2 addresses", "building", "micro");

        CliRun json = CliRun.run(dir, "--json", "address", "evaluate", "--corpus", "NAACL", "naacl/test.txt");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode r = json.json();
        assertThat(r.get("addresses").asInt()).isEqualTo(2);
        assertThat(r.get("micro").get("gold").asInt()).isEqualTo(4);
        assertThat(r.get("micro").get("f1").asDouble()).isEqualTo(1.0);
    }

    @Test
    void anUnknownCorpusOrAMissingFileIsAUsageError() {
        CliRun unknown = CliRun.run(dir, "address", "evaluate", "--corpus", "conll", ".");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown corpus 'conll'");

        CliRun missing = CliRun.run(dir, "address", "evaluate", "--corpus", "ccks", ".");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("dev.conll");
    }
}
