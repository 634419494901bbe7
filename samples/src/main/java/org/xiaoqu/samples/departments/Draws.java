package org.xiaoqu.samples.departments;

import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.samples.NoiseKind;
import org.xiaoqu.samples.NoiseLevel;

/** One department's noise stream in one district: every draw is counted, so rates can be measured. */
final class Draws {
    final SplittableRandom random;
    private final NoiseLevel level;
    private final NoiseCounter counter;

    Draws(SplittableRandom random, NoiseLevel level, NoiseCounter counter) {
        this.random = random;
        this.level = level;
        this.counter = counter;
    }

    boolean draw(NoiseKind kind) {
        boolean hit = random.nextDouble() < kind.rate(level);
        counter.count(kind, hit);
        return hit;
    }

    /**
     * The numeral style of one record: financial, Chinese, full-width or null for plain digits. The three kinds exclude each
     * other, so one uniform draw decides among them and each keeps its own documented rate.
     */
    @Nullable
    NoiseKind numerals() {
        double u = random.nextDouble();
        NoiseKind[] kinds = {NoiseKind.FINANCIAL_NUMERAL, NoiseKind.CHINESE_NUMERAL, NoiseKind.FULLWIDTH_DIGITS};
        @Nullable NoiseKind chosen = null;
        double edge = 0;
        for (NoiseKind k : kinds) {
            double from = edge;
            edge += k.rate(level);
            boolean hit = u >= from && u < edge;
            counter.count(k, hit);
            if (hit) {
                chosen = k;
            }
        }
        return chosen;
    }
}
