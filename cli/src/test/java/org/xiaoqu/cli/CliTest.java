package org.xiaoqu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

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
                .isEqualTo("xiaoqu: unknown option '--limt' of 'xiaoqu jobs list'; did you mean '--limit'?\n");
    }

    @Test
    void aMisspeltOptionNamesTheNearestOptionOfThatCommandAndNotItsValue() {
        CliRun run = CliRun.run(dir, "grid", "merge", "--bse", "综治");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("xiaoqu: unknown option '--bse' of 'xiaoqu grid merge'; did you mean '--base'?\n");

        CliRun attached = CliRun.run(dir, "grid", "merge", "--bse=综治");
        assertThat(attached.err()).contains("unknown option '--bse' of 'xiaoqu grid merge'; did you mean '--base'?");
        assertThat(attached.err()).doesNotContain("综治");
    }

    @Test
    void theHintIsInTheUsersLanguage() {
        CliRun run = CliRun.run(dir, "--lang", "zh", "grid", "merge", "--bse", "综治");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("xiaoqu: 'xiaoqu grid merge' 没有选项 '--bse'；您是不是要输入 '--base'？\n");
    }

    @Test
    void aWordAfterAnUnknownFlagIsReportedWhenTheFlagTakesNoValue() {
        CliRun run = CliRun.run(dir, "jobs", "list", "--jsn", "extra");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("xiaoqu: unknown option '--jsn' of 'xiaoqu jobs list'; did you mean '--json'?\n")
                .contains("xiaoqu: unexpected argument 'extra' of 'xiaoqu jobs list'\n")
                .contains("Try 'xiaoqu jobs list --help'");
    }

    @Test
    void anOptionFarFromEveryNameGetsNoGuessButTheWayToHelp() {
        CliRun run = CliRun.run(dir, "jobs", "list", "--zzzzzzzz");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("xiaoqu: unknown option '--zzzzzzzz' of 'xiaoqu jobs list'\n"
                        + "Try 'xiaoqu jobs list --help' for more information.\n");
    }

    @Test
    void aMisspeltRequiredOptionIsReportedAsMisspeltNotAsMissing() {
        CliRun run = CliRun.run(dir, "rank", "--shceme", "street.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("xiaoqu: unknown option '--shceme' of 'xiaoqu rank'; did you mean '--scheme'?\n");
    }

    /** Every option of every command, misspelt (two letters swapped) and given a value, gets its name back. */
    @Test
    void everyCommandSuggestsItsOwnNearestOption() {
        List<String[]> checked = new ArrayList<>();
        forEachCommand(XiaoquCli.create(environment(), Lang.EN), cmd -> {
            CommandSpec spec = cmd.getCommandSpec();
            for (OptionSpec option : spec.options()) {
                String name = option.longestName();
                if (option.hidden() || option.inherited() || !name.startsWith("--") || name.length() < 7) {
                    continue;
                }
                String misspelt = name.substring(0, 3) + name.charAt(4) + name.charAt(3) + name.substring(5);
                if (misspelt.equals(name)) {
                    continue;
                }
                List<String> args = new ArrayList<>(List.of(spec.qualifiedName().split(" ")));
                args.remove(0);
                args.add(misspelt);
                if (option.arity().max() > 0) {
                    args.add("VALUE");
                }
                CliRun run = CliRun.run(dir, args.toArray(String[]::new));
                assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
                assertThat(run.err())
                        .as(String.join(" ", args))
                        .startsWith("xiaoqu: unknown option '" + misspelt + "' of '" + spec.qualifiedName() + "'")
                        .contains("'" + name + "'")
                        .doesNotContain("VALUE")
                        .doesNotContain("Missing");
                checked.add(args.toArray(String[]::new));
            }
        });
        assertThat(checked).hasSizeGreaterThan(30);
        assertThat(dir.resolve("xiaoqu-data")).doesNotExist();
    }

    @Test
    void anUnknownCommandSuggestsTheNearestOne() {
        CliRun run = CliRun.run(dir, "jbos");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("xiaoqu: unknown command 'jbos' of 'xiaoqu'; did you mean 'jobs'?\n");
        CliRun sub = CliRun.run(dir, "grid", "mrege", "--bse", "综治");
        assertThat(sub.exitCode()).isEqualTo(2);
        assertThat(sub.err()).startsWith("xiaoqu: unknown command 'mrege' of 'xiaoqu grid'; did you mean 'merge'?\n");
    }

    @Test
    void helpOnAMisspeltCommandSuggestsTheNearestOneAsTheCommandLineDoes() {
        CliRun direct = CliRun.run(dir, "jbos");
        CliRun help = CliRun.run(dir, "help", "jbos");
        assertThat(help.exitCode()).isEqualTo(2).isEqualTo(direct.exitCode());
        assertThat(help.out()).isEmpty();
        assertThat(help.err())
                .isEqualTo("xiaoqu: unknown command 'jbos' of 'xiaoqu'; did you mean 'jobs'?\n")
                .isEqualTo(direct.err());

        CliRun sub = CliRun.run(dir, "help", "grid", "mrege");
        assertThat(sub.exitCode()).isEqualTo(2);
        assertThat(sub.err()).isEqualTo("xiaoqu: unknown command 'mrege' of 'xiaoqu grid'; did you mean 'merge'?\n");

        CliRun far = CliRun.run(dir, "help", "zzzzzz");
        assertThat(far.exitCode()).isEqualTo(2);
        assertThat(far.err())
                .isEqualTo("xiaoqu: unknown command 'zzzzzz' of 'xiaoqu'\n"
                        + "Try 'xiaoqu --help' for more information.\n");

        CliRun known = CliRun.run(dir, "help", "grid", "merge");
        assertThat(known.exitCode()).isZero();
        assertThat(known.err()).isEmpty();
        assertThat(known.out()).startsWith("Usage: xiaoqu grid merge ").contains("--base=");
        assertThat(dir.resolve("xiaoqu-data")).doesNotExist();
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
                "defaults:\n"
                        + "  encoding: auto\n"
                        + "sources:\n"
                        + "  - id: a\n"
                        + "    kind: estate\n"
                        + "    file: a.csv\n"
                        + "    encodng: gb18030\n",
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
    void helpAndMessagesFollowTheLanguage() {
        CliRun zh = CliRun.run(dir, Map.of("LANG", "zh_CN.UTF-8"), "jobs", "list");
        assertThat(zh.out()).contains("还没有任何运行");
        CliRun en = CliRun.run(dir, Map.of("LANG", "zh_CN.UTF-8"), "--lang", "en", "jobs", "list");
        assertThat(en.out()).contains("no runs yet");
    }

    private CliEnvironment environment() {
        return new CliEnvironment(
                new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(OutputStream.nullOutputStream()),
                Map.of(),
                dir,
                false);
    }

    private static void forEachCommand(CommandLine cmd, Consumer<CommandLine> action) {
        action.accept(cmd);
        cmd.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help") && sub.getCommandSpec().name().equals(name)) {
                forEachCommand(sub, action);
            }
        });
    }
}
