package org.xiaoqu.link.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EmTest {
    /** Draws pairs from a known two-class mixture and checks that EM, with u fixed, recovers m and lambda. */
    @Test
    void recoversTheMProbabilitiesAndMatchShareOfAKnownMixture() {
        double lambda = 0.2;
        double[][] m = {{0.05, 0.15, 0.8}, {0.1, 0.9}, {0.02, 0.08, 0.2, 0.7}};
        double[][] u = {{0.85, 0.1, 0.05}, {0.7, 0.3}, {0.9, 0.05, 0.03, 0.02}};
        int[] levels = {3, 2, 4};
        Random random = new Random(11);
        Map<Long, Long> patterns = new HashMap<>();
        for (int n = 0; n < 400_000; n++) {
            boolean match = random.nextDouble() < lambda;
            byte[] lv = new byte[levels.length];
            for (int i = 0; i < levels.length; i++) {
                lv[i] = (byte) draw(match ? m[i] : u[i], random);
            }
            // a few missing values, which must not bias the estimates
            if (random.nextInt(20) == 0) {
                lv[1] = -1;
            }
            patterns.merge(Em.pack(lv), 1L, Long::sum);
        }
        Em.Estimate e = Em.run(patterns, levels, u, 0.5, 500, 1e-9);
        assertThat(e.lambda()).isCloseTo(lambda, within(0.01));
        for (int i = 0; i < levels.length; i++) {
            for (int l = 0; l < levels[i]; l++) {
                assertThat(e.m()[i][l]).as("m[%d][%d]", i, l).isCloseTo(m[i][l], within(0.015));
            }
        }
    }

    @Test
    void packsAndUnpacksLevelsIncludingMissing() {
        byte[] lv = {3, -1, 0, 14};
        long key = Em.pack(lv);
        for (int i = 0; i < lv.length; i++) {
            assertThat(Em.level(key, i)).isEqualTo(lv[i]);
        }
    }

    private static int draw(double[] p, Random r) {
        double x = r.nextDouble();
        for (int l = 0; l < p.length; l++) {
            x -= p[l];
            if (x < 0) {
                return l;
            }
        }
        return p.length - 1;
    }
}
