package org.xiaoqu.samples;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a generation wrote: counts, the files (relative to {@link #out}), the rows of each source and the noise
 * drawn. Serialisable to JSON as it is (records, strings and numbers only).
 */
public record GeneratorResult(
        Path out,
        long seed,
        NoiseLevel noiseLevel,
        int districts,
        long buildings,
        long estates,
        long enterprises,
        Map<String, Long> rowsBySource,
        List<String> files,
        List<NoiseMeasure> noise) {

    public GeneratorResult {
        rowsBySource = Map.copyOf(rowsBySource);
        files = List.copyOf(files);
        noise = List.copyOf(noise);
    }

    /** One noise kind's documented rate beside the counts drawn in this city. */
    public record NoiseMeasure(NoiseKind kind, double rate, long eligible, long applied) {
        /** applied / eligible, 0 when nothing was eligible. */
        public double measured() {
            return eligible == 0 ? 0 : (double) applied / eligible;
        }
    }

    /** A few lines for a person: where the city went, its size, and the measured noise. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "synthetic city written to %s%n", out));
        b.append(String.format(
                Locale.ROOT,
                "  seed %d, noise %s: %d districts, %d estates, %d buildings, %d enterprises%n",
                seed,
                noiseLevel.name().toLowerCase(Locale.ROOT),
                districts,
                estates,
                buildings,
                enterprises));
        rowsBySource.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append(String.format(Locale.ROOT, "  %-22s %,12d rows%n", e.getKey(), e.getValue())));
        b.append(String.format(
                Locale.ROOT, "  %-20s %8s %10s %12s %10s%n", "noise", "rate", "measured", "eligible", "applied"));
        for (NoiseMeasure m : noise) {
            b.append(String.format(
                    Locale.ROOT,
                    "  %-20s %8.3f %10.4f %,12d %,10d%n",
                    m.kind(),
                    m.rate(),
                    m.measured(),
                    m.eligible(),
                    m.applied()));
        }
        return b.toString();
    }
}
