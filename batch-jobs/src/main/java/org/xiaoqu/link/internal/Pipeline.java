package org.xiaoqu.link.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.link.LinkConfig;
import org.xiaoqu.link.LinkRecord;

/**
 * Pass A streams the records once: prepares comparison values and blocking keys, counts term frequencies
 * and gram frequencies, keeps a reservoir sample for u, and spills every record to one partition file per
 * blocking key value (hash of the value). Pass B then reads one partition at a time, so memory is bounded
 * by the largest partition, and writes the comparison vector of every candidate pair to a pair file.
 */
public final class Pipeline {
    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    private final LinkConfig config;
    private final Path work;
    final List<FieldComparator> comparators;
    final List<BlockingKey> keys;
    final int[] tfIndex;

    // pass A products
    final List<String> ids = new ArrayList<>();
    final ByteList sources = new ByteList();
    final IntList entity = new IntList();
    final List<String> sourceNames = new ArrayList<>();
    final List<List<String>> exclusiveValues = new ArrayList<>();
    final List<Map<String, Integer>> termCounts = new ArrayList<>();
    final List<long[]> recordsPerSource = new ArrayList<>();
    final List<List<Prepared>> reservoir = new ArrayList<>();
    private final Map<String, Integer> entityIds = new HashMap<>();
    private final Map<Integer, long[]> entitySizes = new HashMap<>();
    private int partitions;

    public Pipeline(LinkConfig config, Path work) {
        this.config = config;
        this.work = work;
        this.comparators = FieldComparator.of(config);
        this.keys = config.blocking().stream().map(BlockingKey::new).toList();
        this.tfIndex = java.util.stream.IntStream.range(0, comparators.size())
                .filter(i -> comparators.get(i).spec().termFrequency())
                .toArray();
        for (int i = 0; i < comparators.size(); i++) {
            termCounts.add(new HashMap<>());
        }
        config.exclusive().forEach(f -> exclusiveValues.add(new ArrayList<>()));
    }

    public LinkConfig config() {
        return config;
    }

    public int size() {
        return ids.size();
    }

    /** Pass A over all records; {@code expected} sizes the partitions (an estimate is fine). */
    public void read(Iterator<LinkRecord> records, long expected) {
        partitions = (int) Math.max(1, (expected + config.partitionSize() - 1) / config.partitionSize());
        Random random = new Random(config.model().seed());
        int reservoirSize =
                (int) Math.max(1000, Math.ceil(Math.sqrt(config.model().uPairs()) * 2));
        List<AddressIdf.Builder> idf = comparators.stream()
                .map(c -> c.isAddress() ? new AddressIdf.Builder(c.spec().n()) : null)
                .toList();
        DataOutputStream[][] spill = new DataOutputStream[keys.size()][partitions];
        try {
            Files.createDirectories(work);
            for (int k = 0; k < keys.size(); k++) {
                for (int p = 0; p < partitions; p++) {
                    spill[k][p] = new DataOutputStream(
                            new BufferedOutputStream(Files.newOutputStream(spillFile(k, p)), 1 << 15));
                }
            }
            while (records.hasNext()) {
                LinkRecord r = records.next();
                int source = sourceIndex(r.source());
                int index = ids.size();
                ids.add(r.id());
                sources.add((byte) source);
                recordsPerSource.get(source)[0]++;
                entity.add(entityOf(r.entity(), source));
                for (int f = 0; f < config.exclusive().size(); f++) {
                    String v = r.values()
                            .getOrDefault(config.exclusive().get(f), "")
                            .trim();
                    exclusiveValues.get(f).add(v.isEmpty() ? null : v.toLowerCase(java.util.Locale.ROOT));
                }
                String[] values = new String[comparators.size()];
                for (int i = 0; i < values.length; i++) {
                    FieldComparator c = comparators.get(i);
                    values[i] = c.prepare(r.values().getOrDefault(c.spec().field(), ""));
                    if (c.spec().termFrequency() && !values[i].isEmpty()) {
                        termCounts.get(i).merge(values[i], 1, Integer::sum);
                    }
                    if (idf.get(i) != null) {
                        idf.get(i).add(values[i]);
                    }
                }
                String[][] kv = new String[keys.size()][];
                for (int k = 0; k < kv.length; k++) {
                    kv[k] = keys.get(k).values(r.values());
                }
                Prepared prepared = new Prepared(index, source, values, kv);
                for (int k = 0; k < kv.length; k++) {
                    for (String v : kv[k]) {
                        DataOutputStream out = spill[k][Math.floorMod(v.hashCode(), partitions)];
                        out.writeUTF(v);
                        prepared.write(out);
                    }
                }
                List<Prepared> res = reservoir.get(source);
                long seen = recordsPerSource.get(source)[0];
                if (res.size() < reservoirSize) {
                    res.add(prepared);
                } else {
                    long j = (long) (random.nextDouble() * seen);
                    if (j < reservoirSize) {
                        res.set((int) j, prepared);
                    }
                }
            }
            for (DataOutputStream[] row : spill) {
                for (DataOutputStream out : row) {
                    out.close();
                }
            }
        } catch (IOException e) {
            throw new XiaoquException(ExitCode.FAILED, "cannot write the blocking spill in " + work + ": " + e, e);
        }
        for (int i = 0; i < comparators.size(); i++) {
            if (idf.get(i) != null) {
                comparators.get(i).useIdf(idf.get(i).build());
            }
        }
        log.info(
                "link: read {} records from {} sources into {} partitions per key",
                size(),
                sourceNames.size(),
                partitions);
    }

    private int sourceIndex(String name) {
        int i = sourceNames.indexOf(name);
        if (i >= 0) {
            return i;
        }
        if (sourceNames.size() == 127) {
            throw XiaoquException.usage("link: more than 127 sources");
        }
        if (config.mode() == LinkConfig.Mode.LINK && sourceNames.size() == 2) {
            throw XiaoquException.usage("link: mode link takes two sources, found a third: " + name);
        }
        sourceNames.add(name);
        recordsPerSource.add(new long[1]);
        reservoir.add(new ArrayList<>());
        return sourceNames.size() - 1;
    }

    private int entityOf(@Nullable String name, int source) {
        if (name == null || name.isEmpty()) {
            return -1;
        }
        int id = entityIds.computeIfAbsent(name, x -> entityIds.size());
        entitySizes.computeIfAbsent(id, x -> new long[2])[Math.min(source, 1)]++;
        return id;
    }

    /** True pairs in the input (from the truth), or -1 when no record carries a truth. */
    public long truePairs() {
        if (entitySizes.isEmpty()) {
            return -1;
        }
        long total = 0;
        for (long[] s : entitySizes.values()) {
            total += config.mode() == LinkConfig.Mode.LINK ? s[0] * s[1] : (s[0] + s[1]) * (s[0] + s[1] - 1) / 2;
        }
        return total;
    }

    Path spillFile(int key, int partition) {
        return work.resolve("spill-" + key + "-" + partition + ".bin");
    }

    Path pairFile(int key, int partition) {
        return work.resolve("pairs-" + key + "-" + partition + ".bin");
    }

    public int partitions() {
        return partitions;
    }

    /** What one (key, partition) task found. */
    public record TaskResult(
            int key,
            long candidates,
            long truePairs,
            long skippedBlocks,
            long skippedPairs,
            Map<Long, Long> patterns) {}

    /** Per key, the values whose blocks exceed maxBlockPairs: never compared, so never a pair's home block. */
    private final List<java.util.Set<String>> oversize = new ArrayList<>();

    /** Pass B: every (key, partition) task on the thread pool; returns their results in key order. */
    public List<TaskResult> compare() {
        ExecutorService pool = Executors.newFixedThreadPool(config.threads());
        try {
            List<List<Future<java.util.Set<String>>>> sizing = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                List<Future<java.util.Set<String>>> row = new ArrayList<>();
                for (int p = 0; p < partitions; p++) {
                    int key = k;
                    int part = p;
                    row.add(pool.submit(() -> oversizeValues(key, part)));
                }
                sizing.add(row);
            }
            for (List<Future<java.util.Set<String>>> row : sizing) {
                java.util.Set<String> values = new java.util.HashSet<>();
                for (Future<java.util.Set<String>> f : row) {
                    values.addAll(f.get());
                }
                oversize.add(values);
            }
            List<Future<TaskResult>> futures = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                for (int p = 0; p < partitions; p++) {
                    int key = k;
                    int part = p;
                    futures.add(pool.submit(() -> comparePartition(key, part)));
                }
            }
            List<TaskResult> out = new ArrayList<>();
            for (Future<TaskResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new XiaoquException(ExitCode.INTERRUPTED, "link interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new XiaoquException(ExitCode.FAILED, "link comparison failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private java.util.Set<String> oversizeValues(int key, int partition) throws IOException {
        Map<String, long[]> sizes = new HashMap<>();
        try (DataInputStream in = new DataInputStream(
                new BufferedInputStream(Files.newInputStream(spillFile(key, partition)), 1 << 15))) {
            while (true) {
                String value;
                try {
                    value = in.readUTF();
                } catch (EOFException end) {
                    break;
                }
                Prepared p = Prepared.read(in);
                sizes.computeIfAbsent(value, v -> new long[2])[Math.min(1, p.source())]++;
            }
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        boolean link = config.mode() == LinkConfig.Mode.LINK;
        sizes.forEach((v, n) -> {
            long pairs = link ? n[0] * n[1] : (n[0] + n[1]) * (n[0] + n[1] - 1) / 2;
            if (pairs > config.maxBlockPairs()) {
                out.add(v);
            }
        });
        return out;
    }

    private TaskResult comparePartition(int key, int partition) throws IOException {
        Map<String, List<Prepared>> blocks = new HashMap<>();
        Path file = spillFile(key, partition);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 15))) {
            while (true) {
                String value;
                try {
                    value = in.readUTF();
                } catch (EOFException end) {
                    break;
                }
                blocks.computeIfAbsent(value, v -> new ArrayList<>()).add(Prepared.read(in));
            }
        }
        Files.deleteIfExists(file);
        PairSink sink = new PairSink(key);
        try (DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(Files.newOutputStream(pairFile(key, partition)), 1 << 16))) {
            sink.out = out;
            for (Map.Entry<String, List<Prepared>> block : blocks.entrySet()) {
                compareBlock(block.getKey(), block.getValue(), sink);
            }
        }
        return new TaskResult(
                key, sink.candidates, sink.truePairs, sink.skippedBlocks, sink.skippedPairs, sink.patterns);
    }

    private void compareBlock(String value, List<Prepared> block, PairSink sink) throws IOException {
        boolean link = config.mode() == LinkConfig.Mode.LINK;
        long pairs;
        List<Prepared> left = block;
        List<Prepared> right = block;
        if (link) {
            left = new ArrayList<>();
            right = new ArrayList<>();
            for (Prepared p : block) {
                (p.source() == 0 ? left : right).add(p);
            }
            pairs = (long) left.size() * right.size();
        } else {
            pairs = (long) block.size() * (block.size() - 1) / 2;
        }
        if (oversize.get(sink.key).contains(value)) {
            sink.skippedBlocks++;
            sink.skippedPairs += pairs;
            return;
        }
        for (int i = 0; i < left.size(); i++) {
            Prepared a = left.get(i);
            for (int j = link ? 0 : i + 1; j < right.size(); j++) {
                Prepared b = right.get(j);
                if (a.index() == b.index() || !firstHere(a, b, sink.key, value)) {
                    continue;
                }
                sink.accept(a.index() < b.index() ? a : b, a.index() < b.index() ? b : a);
            }
        }
    }

    /** A pair is compared once: under the first key that blocks it, and there under its smallest shared value. */
    private boolean firstHere(Prepared a, Prepared b, int key, String value) {
        for (int k = 0; k < key; k++) {
            if (BlockingKey.share(a.keys()[k], b.keys()[k], oversize.get(k))) {
                return false;
            }
        }
        return value.equals(BlockingKey.firstShared(a.keys()[key], b.keys()[key], oversize.get(key)));
    }

    /** Comparison levels of a pair; the term frequency of the exact-level values goes to {@code tf}. */
    byte[] levels(Prepared a, Prepared b, float[] tf) {
        byte[] levels = new byte[comparators.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = (byte) comparators.get(i).level(a, b, i);
        }
        for (int t = 0; t < tfIndex.length; t++) {
            int i = tfIndex[t];
            tf[t] = levels[i] == comparators.get(i).levels() - 1
                    ? (float) termCounts.get(i).getOrDefault(a.values()[i], 1) / size()
                    : -1f;
        }
        return levels;
    }

    private final class PairSink {
        final int key;
        final Map<Long, Long> patterns = new HashMap<>();
        final float[] tf = new float[tfIndex.length];

        @Nullable
        DataOutputStream out;

        long candidates;
        long truePairs;
        long skippedBlocks;
        long skippedPairs;

        PairSink(int key) {
            this.key = key;
        }

        void accept(Prepared a, Prepared b) throws IOException {
            byte[] levels = levels(a, b, tf);
            candidates++;
            int ea = entity.get(a.index());
            if (ea >= 0 && ea == entity.get(b.index())) {
                truePairs++;
            }
            patterns.merge(Em.pack(levels), 1L, Long::sum);
            DataOutputStream o = java.util.Objects.requireNonNull(out);
            o.writeInt(a.index());
            o.writeInt(b.index());
            o.write(levels);
            for (float f : tf) {
                o.writeFloat(f);
            }
        }
    }

    public List<FieldComparator> comparators() {
        return comparators;
    }

    /** Per exclusive field, every record's value (lower case), null when blank. */
    public List<List<String>> exclusiveValues() {
        return exclusiveValues;
    }

    /** The reservoir samples per source, for estimating u from random pairs. */
    public List<List<Prepared>> samples() {
        return reservoir;
    }

    /** Comparison levels of two records. */
    public byte[] levels(Prepared a, Prepared b) {
        return levels(a, b, new float[tfIndex.length]);
    }

    public List<String> sourceNames() {
        return sourceNames;
    }

    public long recordsIn(int source) {
        return recordsPerSource.get(source)[0];
    }

    public String keyText(int key) {
        return keys.get(key).text();
    }

    public String sourceName(int record) {
        return sourceNames.get(sources.get(record));
    }

    public String id(int record) {
        return ids.get(record);
    }

    /** Number of term-frequency-adjusted comparisons. */
    public int tfCount() {
        return tfIndex.length;
    }

    /** The comparison index of the j-th term-frequency-adjusted comparison. */
    public int tfComparison(int j) {
        return tfIndex[j];
    }

    /** Deletes the work files. */
    public void cleanUp() {
        try (var files = Files.list(work)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
