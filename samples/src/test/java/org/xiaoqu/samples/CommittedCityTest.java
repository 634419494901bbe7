package org.xiaoqu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample city (samples/city) is exactly what the generator writes for its seed. When the generator
 * changes on purpose, regenerate it with {@code xiaoqu samples generate --out samples/city} (defaults are the
 * sample city's parameters) and commit the result.
 */
class CommittedCityTest {
    static final Path COMMITTED = Path.of("city");

    @TempDir
    Path tmp;

    @Test
    void committedFilesEqualTheGeneratorsOutput() throws IOException {
        GeneratorResult result = CityGenerator.generate(GeneratorRequest.sampleCity(tmp));
        assertThat(committedFiles()).containsExactlyElementsOf(result.files());
        for (String f : result.files()) {
            DeterminismTest.assertSameContent(COMMITTED.resolve(f), tmp.resolve(f));
        }
    }

    @Test
    void committedCityIsSmallAndHasAboutTwoDistricts() throws IOException {
        long bytes;
        try (Stream<Path> s = Files.walk(COMMITTED)) {
            bytes = s.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
        // six departments' grids plus the credit sources, owners' votes, surveys and ranking data of two districts
        assertThat(bytes).isLessThan(8L << 20);
        List<String> districts = CityFiles.rows(COMMITTED.resolve("truth/buildings.csv")).stream()
                .map(r -> r.get("district_code"))
                .distinct()
                .toList();
        assertThat(districts).hasSize(2);
    }

    private static List<String> committedFiles() throws IOException {
        try (Stream<Path> s = Files.walk(COMMITTED)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> COMMITTED.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(".gitattributes"))
                    .sorted()
                    .toList();
        }
    }
}
