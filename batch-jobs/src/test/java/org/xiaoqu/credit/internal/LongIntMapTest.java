package org.xiaoqu.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {
    @Test
    void behavesAsAMapWhereTheFirstValueOfAKeyWins() {
        LongIntMap map = new LongIntMap();
        Map<Long, Integer> reference = new HashMap<>();
        Random random = new Random(4301);
        for (int i = 0; i < 200_000; i++) { // grows many times past its first 1,024 slots
            // few distinct keys in the first rounds, so that keys repeat; 0 and negative keys and values too
            long key = i < 1000 ? random.nextInt(300) - 150 : random.nextLong();
            int value = random.nextInt();
            if (value == LongIntMap.ABSENT) {
                value = 0;
            }
            map.putIfAbsent(key, value);
            reference.putIfAbsent(key, value);
        }
        assertThat(map.size()).isEqualTo(reference.size());
        reference.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
        Map<Long, Integer> seen = new HashMap<>();
        map.forEach((k, v) -> assertThat(seen.put(k, v)).isNull());
        assertThat(seen).isEqualTo(reference);
        assertThat(map.get(Long.MIN_VALUE + 12345)).isEqualTo(LongIntMap.ABSENT);
    }

    @Test
    void theAbsentMarkerIsNoValue() {
        assertThatThrownBy(() -> new LongIntMap().putIfAbsent(1, LongIntMap.ABSENT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
