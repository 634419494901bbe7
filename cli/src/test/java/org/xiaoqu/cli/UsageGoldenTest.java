package org.xiaoqu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The usage text is a contract (scripts grep it, the README quotes it). To accept a deliberate change,
 * run with {@code -Dgolden.update=true} and review the diff.
 */
class UsageGoldenTest {
    @TempDir
    Path dir;

    @Test
    void englishUsageMatchesTheGoldenFile() throws IOException {
        check("usage-en.txt", CliRun.run(dir, "--help"));
    }

    @Test
    void chineseUsageMatchesTheGoldenFile() throws IOException {
        check("usage-zh.txt", CliRun.run(dir, "--lang", "zh", "--help"));
    }

    private static void check(String name, CliRun run) throws IOException {
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        Path golden = Path.of("src/test/resources/golden", name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
        }
        assertThat(run.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
