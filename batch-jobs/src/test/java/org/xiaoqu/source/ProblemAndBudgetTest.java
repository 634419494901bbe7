package org.xiaoqu.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemAndBudgetTest {

    @Test
    void formatIsFileLineColumnMessage() {
        Problem p = new Problem("楼栋.csv", 12, 5, "households", "-3", "'-3' is negative", Problem.Severity.REJECT);
        assertThat(p.format()).isEqualTo("楼栋.csv:12:5: households: '-3' is negative");
        assertThat(new Problem("a.csv", 4, 0, null, null, "truncated", Problem.Severity.REJECT).format())
                .isEqualTo("a.csv:4: truncated");
        assertThat(new Problem("a.csv", 4, 2, "x", "v", "odd", Problem.Severity.WARNING).format())
                .isEqualTo("a.csv:4:2: warning: x: odd");
    }

    @Test
    void longValuesAreCutAndControlCharactersShown() {
        assertThat(Problem.shown("a\0b")).isEqualTo("a\\u0000b");
        assertThat(Problem.shown("x".repeat(1000))).hasSizeLessThan(100).endsWith("(1000 chars)");
        assertThat(Problem.masked("13812345678")).isEqualTo("1********78");
        assertThat(Problem.masked("张三")).isEqualTo("张*");
    }

    @Test
    void theBudgetIsOnePercentByDefaultAndBothLimitsApply() {
        RejectBudget d = RejectBudget.DEFAULT;
        assertThat(d.exceeded(1, 100)).isFalse();
        assertThat(d.exceeded(1, 99)).isTrue();
        assertThat(d.exceeded(0, 0)).isFalse();
        RejectBudget both = new RejectBudget(5L, 0.5);
        assertThat(both.exceeded(5, 100)).isFalse();
        assertThat(both.exceeded(6, 100)).isTrue();
        assertThat(new RejectBudget(null, 0).exceeded(1, 1_000_000)).isTrue();
        assertThatThrownBy(() -> new RejectBudget(null, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsCsvIsUtf8WithAHeaderAndOnlyRejects(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("out/rejects.csv");
        try (RejectsCsvWriter w = RejectsCsvWriter.open(f)) {
            w.write(new Problem(
                    "楼栋.csv", 3, 7, "households", "-3", "'-3' is negative, \"no\"", Problem.Severity.REJECT));
            w.write(new Problem("楼栋.csv", 4, 1, "credit_code", "X", "flagged", Problem.Severity.WARNING));
            assertThat(w.written()).isEqualTo(1);
        }
        assertThat(Files.readString(f, StandardCharsets.UTF_8))
                .isEqualTo("file,line,column,field,value,reason\n"
                        + "楼栋.csv,3,7,households,-3,\"'-3' is negative, \"\"no\"\"\"\n");
    }
}
