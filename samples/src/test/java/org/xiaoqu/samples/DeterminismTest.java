package org.xiaoqu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @TempDir
    Path tmp;

    @Test
    void sameSeedWritesTheSameCity() throws IOException {
        GeneratorResult a = CityGenerator.generate(new GeneratorRequest(tmp.resolve("a"), 1_700, 5, NoiseLevel.HIGH));
        GeneratorResult b = CityGenerator.generate(new GeneratorRequest(tmp.resolve("b"), 1_700, 5, NoiseLevel.HIGH));
        assertThat(a.files()).isEqualTo(b.files()).hasSizeGreaterThanOrEqualTo(21);
        assertThat(a.noise()).isEqualTo(b.noise());
        for (String f : a.files()) {
            assertSameContent(tmp.resolve("a").resolve(f), tmp.resolve("b").resolve(f));
        }
    }

    @Test
    void anotherSeedWritesAnotherCity() throws IOException {
        CityGenerator.generate(new GeneratorRequest(tmp.resolve("a"), 500, 5, NoiseLevel.LOW));
        CityGenerator.generate(new GeneratorRequest(tmp.resolve("b"), 500, 6, NoiseLevel.LOW));
        assertThat(Files.readAllBytes(tmp.resolve("a/truth/records.csv")))
                .isNotEqualTo(Files.readAllBytes(tmp.resolve("b/truth/records.csv")));
    }

    /** CSV and YAML byte for byte; workbooks by cell values (their zip entries carry timestamps). */
    static void assertSameContent(Path expected, Path actual) throws IOException {
        if (expected.toString().endsWith(".xlsx")) {
            assertThat(CityFiles.cells(actual)).as(actual.toString()).isEqualTo(CityFiles.cells(expected));
        } else {
            assertThat(Files.mismatch(expected, actual)).as(actual.toString()).isEqualTo(-1L);
        }
    }
}
