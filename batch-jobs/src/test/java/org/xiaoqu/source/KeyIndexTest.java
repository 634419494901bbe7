package org.xiaoqu.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyIndexTest {

    @Test
    void remembersTheFirstLineOfEveryKeyAcrossGrowth() {
        KeyIndex index = new KeyIndex();
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            assertThat(index.putIfAbsent(KeyIndex.hash(new Object[] {"GM" + i}), i + 2L))
                    .isEqualTo(-1);
        }
        assertThat(index.size()).isEqualTo(n);
        for (int i = 0; i < n; i += 997) {
            assertThat(index.putIfAbsent(KeyIndex.hash(new Object[] {"GM" + i}), 9_999_999L))
                    .isEqualTo(i + 2L);
        }
        assertThat(index.size()).isEqualTo(n);
    }

    @Test
    void compositeKeysDoNotRunTogether() {
        assertThat(KeyIndex.hash(new Object[] {"ab", "c"})).isNotEqualTo(KeyIndex.hash(new Object[] {"a", "bc"}));
        assertThat(KeyIndex.hash(new Object[] {"estate", "X1", "2024", 3L}))
                .isEqualTo(KeyIndex.hash(new Object[] {"estate", "X1", "2024", 3L}));
    }
}
