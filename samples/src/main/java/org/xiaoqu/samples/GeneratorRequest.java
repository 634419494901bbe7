package org.xiaoqu.samples;

import java.nio.file.Path;
import java.util.Objects;
import org.xiaoqu.common.XiaoquException;

/**
 * What to generate: the output folder, the number of buildings, the seed and the noise level.
 *
 * @param out the folder receiving the city (created when missing; files of an earlier city are overwritten)
 * @param buildings how many buildings the city has, 1 to {@value #MAX_BUILDINGS}
 */
public record GeneratorRequest(Path out, int buildings, long seed, NoiseLevel noise) {
    /** The committed sample city's size. */
    public static final int DEFAULT_BUILDINGS = 2_400;

    /** The committed sample city's seed. */
    public static final long DEFAULT_SEED = 4301L;

    public static final int MAX_BUILDINGS = 20_000_000;

    public GeneratorRequest {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(noise, "noise");
        if (buildings < 1 || buildings > MAX_BUILDINGS) {
            throw XiaoquException.usage("--buildings must be between 1 and " + MAX_BUILDINGS + ", got " + buildings);
        }
    }

    /** The committed sample city's parameters, written to {@code out}. */
    public static GeneratorRequest sampleCity(Path out) {
        return new GeneratorRequest(out, DEFAULT_BUILDINGS, DEFAULT_SEED, NoiseLevel.MEDIUM);
    }
}
