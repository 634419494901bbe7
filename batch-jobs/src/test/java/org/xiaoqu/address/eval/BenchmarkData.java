package org.xiaoqu.address.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shared benchmark corpora are: the system property {@code xiaoqu.benchmarks}, else the
 * environment variable {@code XIAOQU_BENCHMARKS}, else {@code ../shared/benchmarks} beside the repository
 * root. Empty when absent, so that tests skip.
 */
final class BenchmarkData {
    private BenchmarkData() {}

    static Optional<Path> folder(String name) {
        String configured = System.getProperty("xiaoqu.benchmarks", System.getenv("XIAOQU_BENCHMARKS"));
        Path root;
        if (configured != null && !configured.isBlank()) {
            root = Path.of(configured);
        } else {
            Path dir = Path.of("").toAbsolutePath();
            while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
                dir = dir.getParent();
            }
            if (dir == null || dir.getParent() == null) {
                return Optional.empty();
            }
            root = dir.getParent().resolve("shared/benchmarks");
        }
        Path folder = root.resolve(name);
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }
}
