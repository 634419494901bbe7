package org.xiaoqu.samples.world;

import java.util.SplittableRandom;

/**
 * Derives one independent random stream per (seed, district, concern), so that every concern is reproducible
 * on its own and a district's data does not depend on how many districts came before it.
 */
public final class Seeds {
    /** Concern: the world's structure (streets, estates, buildings). */
    public static final int WORLD = 1;
    /** Concern: names of estates, communities, roads. */
    public static final int NAMES = 2;
    /** Concern: people (grid workers, legal representatives, committee chairs). */
    public static final int PEOPLE = 3;
    /** Concern: enterprises and their credit codes. */
    public static final int ENTERPRISES = 4;
    /** Concern: households of the pilot estates. */
    public static final int HOUSEHOLDS = 5;
    /** Concern: owners' registers and e-vote ballots of the pilot estates (org.xiaoqu.samples.vote). */
    public static final int VOTE = 6;
    /** Concern: resident satisfaction surveys and owners'-committee evaluations (org.xiaoqu.samples.survey). */
    public static final int SURVEY = 7;
    /** Concerns from here on (four): the credit sources' events, planted discrepancies, harmless variants, code typos. */
    public static final int CREDIT = 900;
    /** Concerns from here on: one per department's noise. */
    public static final int DEPARTMENT_NOISE = 100;

    private Seeds() {}

    /** A fresh random stream for one concern of one district. */
    public static SplittableRandom random(long seed, long district, int concern) {
        return new SplittableRandom(mix(mix(seed ^ 0x5851F42D4C957F2DL, district), concern));
    }

    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
