package org.xiaoqu.samples.world;

import java.util.SplittableRandom;

/** The households (户) of a building: one random stream per building, so totals and the register agree. */
public final class Households {
    private Households() {}

    /** The stream of a building's household areas. */
    public static SplittableRandom random(long seed, String buildingId) {
        return Seeds.random(seed, buildingId.hashCode(), Seeds.HOUSEHOLDS);
    }

    /** The next household's exclusive area (专有部分面积) in hundredths of a square metre, 55–160 m². */
    public static int nextArea(SplittableRandom random) {
        return 5_500 + random.nextInt(10_500);
    }
}
