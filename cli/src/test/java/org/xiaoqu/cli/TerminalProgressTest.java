package org.xiaoqu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xiaoqu.run.Progress;
import picocli.CommandLine;

/**
 * The progress line: "done/total" for steps that know their total (the grid merge's districts), items and rate
 * for those that do not (import's rows, the merge's records); drawn only on a terminal and never with {@code -q}
 * or {@code --no-progress}.
 */
class TerminalProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private long now;

    @Test
    void showsDoneOfTotalAndRedrawsOnEveryNewStepAndAtTheEnd() {
        TerminalProgress p = new TerminalProgress(err, () -> now);
        p.update("grid-merge", "match", 1, 7, "districts");
        now += 1_000_000; // 1 ms later: throttled
        p.update("grid-merge", "match", 2, 7, "districts");
        now += 1_000_000;
        p.update("grid-merge", "match", 7, 7, "districts"); // the end is always drawn
        now += 1_000_000;
        p.update("grid-merge", "publish", 1, 7, "districts"); // so is a new step
        assertThat(lines())
                .containsExactly(
                        "grid-merge match: 1/7 districts (14%)",
                        "grid-merge match: 7/7 districts (100%)", "grid-merge publish: 1/7 districts (14%)");
        p.done();
        assertThat(text()).endsWith("\r\033[K");
    }

    @Test
    void showsTheRateOfTheStepOnceASecondHasPassed() {
        TerminalProgress p = new TerminalProgress(err, () -> now);
        p.update("grid-merge", "prepare", 1_000, 0, "records");
        now += 2_000_000_000L;
        p.update("grid-merge", "prepare", 9_000, 0, "records");
        now += 2_000_000_000L;
        p.update("import", "zongzhi-buildings", 5_000); // import's rows
        now += 2_000_000_000L;
        p.update("import", "zongzhi-buildings", 25_000);
        assertThat(lines())
                .containsExactly(
                        "grid-merge prepare: 1,000 records",
                        "grid-merge prepare: 9,000 records (4,500 records/s)",
                        "import zongzhi-buildings: 5,000 rows",
                        "import zongzhi-buildings: 25,000 rows (12,500 rows/s)");
    }

    @Test
    void noneWhenQuietWithoutProgressOrWithoutATerminal() {
        assertThat(TerminalProgress.choose(true, options(), err)).isInstanceOf(TerminalProgress.class);
        assertThat(TerminalProgress.choose(false, options(), err)).isSameAs(Progress.NONE);
        assertThat(TerminalProgress.choose(true, options("-q"), err)).isSameAs(Progress.NONE);
        assertThat(TerminalProgress.choose(true, options("--no-progress"), err)).isSameAs(Progress.NONE);
    }

    private static GlobalOptions options(String... args) {
        GlobalOptions g = new GlobalOptions();
        new CommandLine(g).parseArgs(args);
        return g;
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private java.util.List<String> lines() {
        return java.util.Arrays.stream(text().split("\r"))
                .filter(s -> !s.isEmpty())
                .map(s -> s.replace("\033[K", ""))
                .toList();
    }
}
