package org.xiaoqu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.config.ConfigLoader;
import org.xiaoqu.config.XiaoquConfig;

/** The command line as a user meets it: versions, wrong flags, bad configuration, JSON on stdout. */
class CliTest {
    @TempDir
    Path dir;

    @Test
    void versionAnswersWithoutTouchingAStore() {
        CliRun run = CliRun.run(dir, "--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("xiaoqu ");
        assertThat(dir.resolve("xiaoqu-data")).doesNotExist();
    }

    @Test
    void anUnknownOptionIsAUsageErrorOfOneLineWithoutAStackTrace() {
        CliRun run = CliRun.run(dir, "jobs", "list", "--limt", "3");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("Unknown options: '--limt'")
                .contains("--limit")
                .doesNotContain("\tat ");
    }

    @Test
    void anUnknownCommandSuggestsTheNearestOne() {
        CliRun run = CliRun.run(dir, "jbos");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("jbos").contains("jobs");
    }

    @Test
    void everySubcommandAnswersHelpWithTheExitCodes() {
        for (String[] args : new String[][] {
            {"import", "--help"}, {"validate", "-h"}, {"jobs", "list", "--help"}, {"prune", "--help"}, {"demo", "-h"}
        }) {
            CliRun run = CliRun.run(dir, args);
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).contains("Usage: xiaoqu " + args[0]).contains("143   terminated by SIGTERM");
        }
    }

    @Test
    void noCommandPrintsTheUsageAndExitsTwo() {
        CliRun run = CliRun.run(dir);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: xiaoqu");
    }

    @Test
    void aMisspeltConfigurationKeyNamesFileLineColumnAndTheNearestKey() throws Exception {
        Files.writeString(
                dir.resolve("xiaoqu.yaml"),
                "defaults:\n  encoding: auto\nsources:\n  - id: a\n    kind: estate\n    file: a.csv\n    encodng: gb18030\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.run(dir, "jobs", "list");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err())
                .contains("xiaoqu.yaml:7:5:")
                .contains("unknown key 'encodng'")
                .contains("did you mean 'encoding'?")
                .doesNotContain("\tat ");
    }

    @Test
    void anUnknownSourceKindIsAConfigurationError() throws Exception {
        Files.writeString(dir.resolve("x.yaml"), "sources:\n  - id: a\n    kind: grid-cells\n    file: a.csv\n");
        CliRun run = CliRun.run(dir, "-c", "x.yaml", "jobs", "list");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown kind 'grid-cells'").contains("did you mean 'grid-cell'?");
    }

    @Test
    void aMissingConfigurationFileIsAUsageError() {
        CliRun run = CliRun.run(dir, "-c", "nope.yaml", "jobs", "list");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.yaml not found");
    }

    @Test
    void jsonOutputIsOneObjectOnStdoutEvenAtTheMostVerboseLogging() {
        CliRun run = CliRun.run(dir, "--json", "-vvv", "jobs", "list");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("runs").isArray()).isTrue();
        assertThat(run.err()).contains("setting store.url");
    }

    @Test
    void errorsWithJsonAlsoPrintAJsonObject() {
        CliRun run = CliRun.run(dir, "--json", "jobs", "show", "42");
        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode json = run.json();
        assertThat(json.get("status").asText()).isEqualTo("ERROR");
        assertThat(json.get("exitCode").asInt()).isEqualTo(2);
    }

    @Test
    void aPasswordIsNeverPrinted() {
        CliRun run = CliRun.run(
                dir,
                Map.of("LANG", "en_US.UTF-8", "XIAOQU_DB_PASSWORD", "s3cret-env"),
                "-vvv",
                "--db",
                "jdbc:postgresql://127.0.0.1:1/none?user=x&password=s3cret-url",
                "jobs",
                "recover");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot open the store").contains("password=***");
        assertThat(run.out() + run.err()).doesNotContain("s3cret");
    }

    @Test
    void flagsBeatTheEnvironmentWhichBeatsTheFile() throws Exception {
        Files.writeString(dir.resolve("xiaoqu.yaml"), "store:\n  url: jdbc:h2:mem:fromfile\n");
        CliRun fromEnv =
                CliRun.run(dir, Map.of("LANG", "en", "XIAOQU_DB_URL", "jdbc:h2:mem:fromenv"), "-v", "jobs", "list");
        assertThat(fromEnv.err()).contains("setting store.url = jdbc:h2:mem:fromenv (environment)");
        CliRun fromFlag = CliRun.run(
                dir,
                Map.of("LANG", "en", "XIAOQU_DB_URL", "jdbc:h2:mem:fromenv"),
                "-v",
                "--db",
                "jdbc:h2:mem:fromflag",
                "jobs",
                "list");
        assertThat(fromFlag.err()).contains("setting store.url = jdbc:h2:mem:fromflag (flag)");
        CliRun fromFile = CliRun.run(dir, Map.of("LANG", "en"), "-v", "jobs", "list");
        assertThat(fromFile.err()).contains("setting store.url = jdbc:h2:mem:fromfile (file)");
    }

    @Test
    void initWritesAConfigurationThatLoads() {
        CliRun run = CliRun.run(dir, "init", "site");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        XiaoquConfig config = ConfigLoader.load(dir.resolve("site/xiaoqu.yaml"));
        assertThat(config.sources())
                .extracting(XiaoquConfig.Source::id)
                .containsExactly("zongzhi-grid-cells", "zongzhi-buildings");
        assertThat(config.sources().get(1).columns()).containsEntry("grid_code", "网格编码");
        assertThat(dir.resolve("site/templates/grid-membership.csv")).exists();

        CliRun again = CliRun.run(dir, "init", "site");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists").contains("--force");
    }

    @Test
    void helpAndMessagesFollowTheLanguage() {
        CliRun zh = CliRun.run(dir, Map.of("LANG", "zh_CN.UTF-8"), "jobs", "list");
        assertThat(zh.out()).contains("还没有任何运行");
        CliRun en = CliRun.run(dir, Map.of("LANG", "zh_CN.UTF-8"), "--lang", "en", "jobs", "list");
        assertThat(en.out()).contains("no runs yet");
    }
}
