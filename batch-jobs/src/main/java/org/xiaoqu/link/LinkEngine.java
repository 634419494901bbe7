package org.xiaoqu.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.link.internal.Pipeline;

/**
 * The linkage engine. Two ways in: {@link #run(Path, Path)} links the CSV sources of a configuration file and
 * writes pairs.csv, review.csv, clusters.csv, summary.json and parameters.json; {@link #link(List)} takes
 * records from Java and returns pairs, clusters and explanations in memory.
 */
public final class LinkEngine {
    private final LinkConfig config;
    private final Path base;

    /**
     * @param config the configuration
     * @param base the folder that relative paths (sources, model.load, model.save) are resolved against
     */
    public LinkEngine(LinkConfig config, Path base) {
        this.config = config;
        this.base = base;
    }

    public LinkEngine(LinkConfig config) {
        this(config, Path.of("."));
    }

    /** Reads a configuration file, links its sources and writes the outputs into {@code out}. */
    public static LinkResult run(Path configFile, Path out) {
        LinkConfig config = LinkConfigs.read(configFile);
        Path base = configFile.toAbsolutePath().getParent();
        return new LinkEngine(config, base).runCsv(out);
    }

    /** Links the configuration's CSV sources; the folder appears complete or not at all (written, then renamed). */
    public LinkResult runCsv(Path out) {
        if (config.sources().isEmpty()) {
            throw XiaoquException.usage("link configuration: no sources; declare 'sources' to link CSV files");
        }
        CsvSources csv = new CsvSources(config, base);
        Path target = out.toAbsolutePath();
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Pipeline pipeline = new Pipeline(config, temp.resolve("work"));
        try {
            deleteTree(temp);
            LinkRun run = new LinkRun(pipeline, csv.records(config.fields()), csv.countRows(), loaded());
            List<String> files = LinkOutputs.write(run, temp);
            save(run.parameters);
            pipeline.cleanUp();
            deleteTree(target);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            List<String> paths = new ArrayList<>();
            files.forEach(f -> paths.add(target.resolve(f).toString()));
            return new LinkResult(run.summary, target.toString(), paths);
        } catch (IOException e) {
            throw new XiaoquException(ExitCode.FAILED, "cannot write link outputs in " + target + ": " + e, e);
        }
    }

    /** Links records handed over in memory; nothing is written except {@code model.save} when set. */
    public LinkOutcome link(List<LinkRecord> records) {
        return link(records.iterator(), records.size());
    }

    /** Links a stream of records; {@code expected} (an estimate) sizes the partitions. */
    public LinkOutcome link(Iterator<LinkRecord> records, long expected) {
        Path work;
        try {
            work = Files.createTempDirectory("xiaoqu-link-");
        } catch (IOException e) {
            throw new XiaoquException(ExitCode.FAILED, "cannot create a work folder: " + e, e);
        }
        Pipeline pipeline = new Pipeline(config, work);
        try {
            LinkRun run = new LinkRun(pipeline, records, expected, loaded());
            save(run.parameters);
            List<LinkPair> pairs = new ArrayList<>();
            for (int i : run.scoring.order()) {
                if (run.scoring.decision[i] != org.xiaoqu.link.internal.Scoring.NONE) {
                    pairs.add(run.pair(i));
                }
            }
            List<RecordAssignment> assignments = new ArrayList<>();
            for (int r : run.recordOrder()) {
                assignments.add(run.assignment(r));
            }
            return new LinkOutcome(run.summary, run.parameters, pairs, assignments);
        } finally {
            pipeline.cleanUp();
        }
    }

    private @Nullable ModelParameters loaded() {
        String load = config.model().load();
        return load == null ? null : ModelParameters.load(base.resolve(load), config);
    }

    private void save(ModelParameters parameters) {
        String save = config.model().save();
        if (save != null) {
            parameters.save(base.resolve(save));
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
