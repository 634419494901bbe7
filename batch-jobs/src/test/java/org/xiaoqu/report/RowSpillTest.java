package org.xiaoqu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowSpillTest {
    @Test
    void rowsComeBackWithTheirTypesAsOftenAsIteratedAndTheFileGoesOnClose(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.rows");
        List<Object> first =
                Arrays.asList("统一社会信用代码", 7, 8L, new BigDecimal("-2.50"), true, LocalDate.of(2026, 2, 28), null);
        List<Object> second = Arrays.asList(
                "", (short) 1, (byte) 2, BigDecimal.ZERO, false, LocalDate.of(1900, 1, 1), "x".repeat(100_000));
        try (RowSpill spill = RowSpill.create(file)) {
            spill.write(first);
            spill.write(second);
            assertThat(spill.size()).isEqualTo(2);
            Iterable<List<Object>> rows = spill.rows();
            for (int pass = 0; pass < 2; pass++) {
                List<List<Object>> read = new ArrayList<>();
                rows.forEach(read::add);
                assertThat(read).hasSize(2);
                assertThat(read.get(0))
                        .containsExactly(
                                "统一社会信用代码", 7L, 8L, new BigDecimal("-2.50"), true, LocalDate.of(2026, 2, 28), null);
                assertThat(read.get(1))
                        .containsExactly(
                                "", 1L, 2L, BigDecimal.ZERO, false, LocalDate.of(1900, 1, 1), "x".repeat(100_000));
            }
            assertThatThrownBy(() -> spill.write(first)).isInstanceOf(IllegalStateException.class);
        }
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aValueItCannotHoldIsRefusedByName(@TempDir Path dir) throws Exception {
        try (RowSpill spill = RowSpill.create(dir.resolve("t.rows"))) {
            assertThatThrownBy(() -> spill.write(List.of(1.5d)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Double");
        }
    }
}
