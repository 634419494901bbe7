package org.xiaoqu.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.samples.departments.Extracts;
import org.xiaoqu.samples.departments.NoiseCounter;
import org.xiaoqu.samples.survey.SurveySamples;
import org.xiaoqu.samples.vote.VoteSamples;
import org.xiaoqu.samples.world.DistrictBuilder;
import org.xiaoqu.samples.world.Divisions;
import org.xiaoqu.samples.world.World;

/**
 * Generates a synthetic city in real Hunan divisions with the grid extracts of six departments, a xiaoqu.yaml
 * describing them and the ground truth. Deterministic for a seed; streams district by district, so memory is
 * bounded by the largest district whatever the city's size.
 */
public final class CityGenerator {
    /** Buildings per district the generator aims at before every real district is in use. */
    static final int BUILDINGS_PER_DISTRICT = 1_500;

    private static final Logger log = LoggerFactory.getLogger(CityGenerator.class);

    private CityGenerator() {}

    /** Writes the city the request describes and returns what was written. */
    public static GeneratorResult generate(GeneratorRequest request) {
        List<World.Area> areas = Divisions.areas();
        int n = request.buildings();
        int districts = Math.max(1, Math.min(areas.size(), (n + BUILDINGS_PER_DISTRICT - 1) / BUILDINGS_PER_DISTRICT));
        log.info(
                "generating {} buildings in {} districts into {} (seed {}, noise {})",
                n,
                districts,
                request.out(),
                request.seed(),
                request.noise());
        long estates = 0;
        long enterprises = 0;
        Map<String, Integer> indexInCity = new HashMap<>();
        Extracts extracts;
        List<String> more = new ArrayList<>();
        try {
            Files.createDirectories(request.out());
            extracts = new Extracts(request.out(), request.seed(), request.noise());
            VoteSamples votes = new VoteSamples(request.out(), request.seed());
            SurveySamples surveys = new SurveySamples(request.out(), request.seed());
            try (extracts;
                    votes;
                    surveys) {
                for (int i = 0; i < districts; i++) {
                    World.Area area = areas.get(i);
                    int index = indexInCity.merge(area.cityCode(), 1, Integer::sum) - 1;
                    int target = n / districts + (i < n % districts ? 1 : 0);
                    World.District d = DistrictBuilder.build(request.seed(), area, index, target);
                    extracts.district(d);
                    votes.district(d);
                    surveys.district(d);
                    estates += d.estates().stream()
                            .map(World.Estate::groupId)
                            .distinct()
                            .count();
                    enterprises += d.enterprises().size();
                    log.debug("district {} {}: {} buildings", d.code(), d.name(), target);
                }
            }
            more.addAll(votes.files());
            more.addAll(SurveySamples.files());
        } catch (IOException e) {
            throw new XiaoquException(
                    ExitCode.FAILED, "cannot write the synthetic city to " + request.out() + ": " + e.getMessage(), e);
        }
        NoiseCounter counter = extracts.noise();
        List<GeneratorResult.NoiseMeasure> noise = new ArrayList<>();
        for (NoiseKind k : NoiseKind.values()) {
            noise.add(new GeneratorResult.NoiseMeasure(
                    k, k.rate(request.noise()), counter.eligible(k), counter.applied(k)));
        }
        GeneratorResult result = new GeneratorResult(
                request.out(),
                request.seed(),
                request.noise(),
                districts,
                n,
                estates,
                enterprises,
                extracts.rowsBySource(),
                files(extracts.files(), more),
                noise);
        log.info(
                "synthetic city written: {} buildings, {} estates, {} files",
                n,
                estates,
                result.files().size());
        return result;
    }

    private static List<String> files(List<String> extracts, List<String> more) {
        List<String> all = new ArrayList<>(extracts);
        all.addAll(more);
        all.sort(null);
        return all;
    }

    /** The documented table of noise rates (Markdown), as printed by {@code --explain} and in samples/README.md. */
    public static String explain() {
        StringBuilder b = new StringBuilder();
        b.append("| noise kind | unit (denominator) | what it does | low | medium | high |\n");
        b.append("|---|---|---|---:|---:|---:|\n");
        for (NoiseKind k : NoiseKind.values()) {
            b.append(String.format(
                    Locale.ROOT,
                    "| `%s` | %s | %s | %s | %s | %s |%n",
                    k.name(),
                    k.unit(),
                    k.description(),
                    percent(k.rate(NoiseLevel.LOW)),
                    percent(k.rate(NoiseLevel.MEDIUM)),
                    percent(k.rate(NoiseLevel.HIGH))));
        }
        return b.toString();
    }

    private static String percent(double rate) {
        String s = String.format(Locale.ROOT, "%.1f", rate * 100);
        return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + "%";
    }
}
