package org.xiaoqu.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The configuration as the jobs use it: validated, defaults applied, paths absolute.
 *
 * @param file the configuration file, or null when running without one
 * @param baseDir the folder relative paths are resolved against (the file's folder, else the working folder)
 * @param store the {@code store:} section as written (resolution against flags and environment is
 *     {@link StoreResolver}'s)
 * @param keepLoads superseded loads kept per source by {@code prune}
 * @param keepRuns how long job runs are kept by {@code prune}
 * @param sources the declared sources, in file order
 * @param credit the {@code credit:} section as written, or null (validated by the credit job)
 */
public record XiaoquConfig(
        @Nullable Path file,
        Path baseDir,
        ConfigFile.Store store,
        int keepLoads,
        Duration keepRuns,
        List<Source> sources,
        ConfigFile.@Nullable Credit credit) {

    public static final int DEFAULT_KEEP_LOADS = 10;
    public static final Duration DEFAULT_KEEP_RUNS = Duration.ofDays(90);
    public static final double DEFAULT_MAX_REJECT_RATIO = 0.01;

    public XiaoquConfig {
        sources = List.copyOf(sources);
    }

    /** No configuration file: the embedded store in the working folder, no sources. */
    public static XiaoquConfig none(Path workingDir) {
        return new XiaoquConfig(
                null,
                workingDir.toAbsolutePath().normalize(),
                new ConfigFile.Store(null, null, null),
                DEFAULT_KEEP_LOADS,
                DEFAULT_KEEP_RUNS,
                List.of(),
                null);
    }

    /** A source with every default applied. {@code file} may be a glob, resolved against {@code baseDir}. */
    public record Source(
            String id,
            String department,
            String kind,
            String file,
            String encoding,
            @Nullable String sheet,
            @Nullable LocalDate businessDate,
            @Nullable String crs,
            @Nullable Long maxRejects,
            double maxRejectRatio,
            Map<String, String> columns) {
        public Source {
            columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
        }
    }

    /** The source with that id. */
    public java.util.Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
