package org.xiaoqu.credit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.credit.internal.LongIntMap;
import org.xiaoqu.imports.Sources;
import org.xiaoqu.source.SourceSpec;

/**
 * Reconciles more credit records than a heap holds, in three passes:
 *
 * <ol>
 *   <li><b>read</b>: every source through the shared checked reader, several at once; each record goes to its
 *       source's spill file ({@link RecordSpill}, repeated values numbered in the source's dictionary) and into the
 *       source's {@link Enterprises.SourceBuilder}, which keeps one entry per distinct code and (code, name), and
 *       the document numbers of records without a valid code; the builders are merged in precedence order, and the
 *       spill files scanned (the sources at once) for the first valid code written with each of those numbers;
 *   <li><b>partition</b>: the enterprises' codes are cut into ranges of about {@value #PARTITION_RECORDS} records
 *       and each source's spill is split (the sources at once) into one file per range, each record's frame
 *       copied undecoded to where its enterprise's code falls (records without an enterprise go to the first,
 *       whose code range starts with the empty code);
 *   <li><b>reconcile</b>: partitions are reconciled and scored on a pool of threads, and handed to the caller in
 *       code order, so that the sorted tables of all partitions, one after another, are the sorted tables of the
 *       whole.
 * </ol>
 *
 * Memory is one entry per enterprise and per document number of a record without a valid code (tens of bytes) plus
 * the records of the partitions in flight; a city's few thousand records make one partition and never leave the
 * spill file.
 */
final class PartitionedReconcile {
    private static final Logger log = LoggerFactory.getLogger(PartitionedReconcile.class);

    /**
     * Records a partition is cut at (an enterprise's records are never split). Small, so that a partition's records
     * and results die young: at 200,000 they outlived several young collections, were copied into the old generation
     * and a quarter of a 5,000,000-record run went to collecting it; at 50,000 the collector's pauses fell from 14 s to
     * under 10 s.
     */
    static final long PARTITION_RECORDS = 50_000;

    /** Partitions at most, about: splitting a source holds a file open per partition; past this, partitions grow. */
    static final int MAX_PARTITIONS = 128;

    /**
     * What reading found: the enterprises, the dictionary of each source's spill files (in precedence order), and
     * per source the rows read and rejected.
     */
    record Read(
            Enterprises enterprises,
            List<RecordSpill.Dictionary> dictionaries,
            long records,
            long rejected,
            Map<String, Object> perSource,
            Map<String, Object> notes) {}

    /** One partition's result: its discrepancies and ledger (sorted) and its enterprises' scores (by code). */
    record Piece(int index, Reconciler.Partition partition, List<Scorer.Score> scores) {}

    /** Takes the pieces in code order, on the caller's thread. */
    interface Sink {
        void accept(Piece piece) throws Exception;
    }

    private final CreditSettings settings;
    private final Reconciler reconciler;
    private final Scorer scorer;
    private final Map<String, Scorer.Previous> previous;
    private final Path work;
    private final int threads;
    private final long partitionRecords;
    private final int maxPartitions;

    /**
     * @param work an empty folder for the spill files (the caller deletes it)
     * @param previous the previous run's scores, for the change
     */
    PartitionedReconcile(
            CreditSettings settings,
            Reconciler reconciler,
            Scorer scorer,
            Map<String, Scorer.Previous> previous,
            Path work,
            int threads,
            long partitionRecords,
            int maxPartitions) {
        this.settings = settings;
        this.reconciler = reconciler;
        this.scorer = scorer;
        this.previous = previous;
        this.work = work;
        this.threads = Math.max(1, threads);
        this.partitionRecords = partitionRecords;
        this.maxPartitions = maxPartitions;
    }

    private Path spill(int source) {
        return work.resolve("source-" + source + ".bin");
    }

    private Path partition(int partition, int source) {
        return work.resolve("partition-" + partition + "-source-" + source + ".bin");
    }

    /** What reading one source gave. */
    private record SourceRead(
            Enterprises.SourceBuilder builder,
            RecordSpill.Dictionary dictionary,
            long read,
            long rejected,
            Map<String, Object> notes) {}

    /**
     * Pass 1: reads every source, several at once (rows rejected over a source's budget refuse the run, exit 3).
     * Each source has its own spill file and builder; the builders are merged in precedence order, which gives
     * what reading the sources one after another would.
     */
    Read read(XiaoquConfig config) throws Exception {
        long started = System.nanoTime();
        List<String> ids = settings.precedence();
        List<SourceRead> reads = new ArrayList<>();
        ExecutorService pool = pool("xiaoqu-credit-read-");
        try {
            List<Future<SourceRead>> futures = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                // the job's identity holds the files' checksums already: not hashed again
                List<SourceSpec> specs =
                        Sources.specs(config, config.source(ids.get(i)).orElseThrow(), Sources.BudgetOverride.NONE);
                Path spill = spill(i);
                String id = ids.get(i);
                futures.add(pool.submit(() -> readSource(id, specs, spill)));
            }
            for (Future<SourceRead> f : futures) {
                reads.add(take(f));
            }
        } finally {
            pool.shutdownNow();
        }
        Enterprises.Builder builder = new Enterprises.Builder(settings);
        LongIntMap wanted = new LongIntMap();
        Map<String, Object> perSource = new LinkedHashMap<>();
        Map<String, Object> notes = new LinkedHashMap<>();
        long records = 0;
        long rejected = 0;
        List<RecordSpill.Dictionary> dictionaries = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            SourceRead r = reads.get(i);
            builder.merge(r.builder());
            r.builder().wanted().forEach((document, unused) -> wanted.putIfAbsent(document, 0));
            dictionaries.add(r.dictionary());
            notes.putAll(r.notes());
            records += r.read() - r.rejected();
            rejected += r.rejected();
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("read", r.read());
            counts.put("rejected", r.rejected());
            perSource.put(ids.get(i), counts);
        }
        if (wanted.size() > 0) {
            List<LongIntMap> found = documents(wanted, dictionaries);
            for (int i = 0; i < found.size(); i++) {
                builder.documents(found.get(i), dictionaries.get(i)::code);
            }
        }
        Enterprises enterprises = builder.build();
        log.info(
                "read {} records of {} enterprises in {}",
                records,
                enterprises.recordsByCode().size(),
                since(started));
        return new Read(enterprises, dictionaries, records, rejected, perSource, notes);
    }

    private SourceRead readSource(String source, List<SourceSpec> specs, Path spill) throws IOException {
        RecordSpill.Dictionary dictionary = new RecordSpill.Dictionary();
        Enterprises.SourceBuilder builder = new Enterprises.SourceBuilder(settings, source, dictionary);
        Map<String, Object> notes = new LinkedHashMap<>();
        try (RecordSpill.Writer writer = new RecordSpill.Writer(spill, dictionary)) {
            long[] rr = CreditSources.read(
                    source,
                    specs,
                    r -> {
                        try {
                            writer.write(r);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        builder.add(r, writer.pairId());
                    },
                    notes);
            return new SourceRead(builder, dictionary, rr[0], rr[1], notes);
        }
    }

    /**
     * Per source, the {@code wanted} document numbers (hashed) its records wrote with a valid code, each with the
     * dictionary number of the first such code in the order read; the sources' spill files at once.
     */
    private List<LongIntMap> documents(LongIntMap wanted, List<RecordSpill.Dictionary> dictionaries) throws Exception {
        ExecutorService pool = pool("xiaoqu-credit-documents-");
        try {
            List<Future<LongIntMap>> futures = new ArrayList<>();
            for (int i = 0; i < dictionaries.size(); i++) {
                Path file = spill(i);
                RecordSpill.Dictionary dictionary = dictionaries.get(i);
                futures.add(pool.submit(() -> {
                    LongIntMap found = new LongIntMap();
                    try (RecordSpill.Reader reader = new RecordSpill.Reader(file, dictionary)) {
                        while (reader.nextFrame()) {
                            String document = reader.validCode() ? reader.documentNo() : null;
                            if (document != null) {
                                long hash = LongIntMap.hash(document);
                                if (wanted.get(hash) != LongIntMap.ABSENT) {
                                    found.putIfAbsent(hash, reader.codeId());
                                }
                            }
                        }
                    }
                    return found;
                }));
            }
            List<LongIntMap> found = new ArrayList<>();
            for (Future<LongIntMap> f : futures) {
                found.add(take(f));
            }
            return found;
        } finally {
            pool.shutdownNow();
        }
    }

    private ExecutorService pool(String name) {
        return daemons(name, threads);
    }

    /** A pool of {@code threads} daemon threads named {@code name1, name2, …}: a run that fails never waits on them. */
    static ExecutorService daemons(String name, int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, name + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Passes 2 and 3: partitions the spilled records and hands each partition's result to {@code sink} in order. */
    void reconcile(Read read, Sink sink) throws Exception {
        Enterprises enterprises = read.enterprises();
        List<RecordSpill.Dictionary> dictionaries = read.dictionaries();
        long started = System.nanoTime();
        List<String> starts = starts(
                enterprises.recordsByCode(), limit(enterprises.recordsByCode(), partitionRecords, maxPartitions));
        int partitions = starts.size() + 1;
        int sources = settings.precedence().size();
        List<List<Path>> files = new ArrayList<>();
        if (partitions == 1) {
            List<Path> all = new ArrayList<>();
            for (int i = 0; i < sources; i++) {
                all.add(spill(i));
            }
            files.add(all);
        } else {
            split(enterprises, dictionaries, starts);
            for (int p = 0; p < partitions; p++) {
                List<Path> mine = new ArrayList<>();
                for (int i = 0; i < sources; i++) {
                    mine.add(partition(p, i));
                }
                files.add(mine);
            }
            log.info("split the records into {} partitions by enterprise code in {}", partitions, since(started));
        }
        started = System.nanoTime();
        List<Enterprises.Assignment[]> known = new ArrayList<>();
        for (RecordSpill.Dictionary d : dictionaries) {
            known.add(new Enterprises.Assignment[d.codes()]);
        }
        ExecutorService pool = pool("xiaoqu-reconcile-");
        try {
            Deque<Future<Piece>> inFlight = new ArrayDeque<>();
            int next = 0;
            // the caller writes one partition while the pool reconciles the next ones; no more are held
            while (next < partitions && inFlight.size() < threads) {
                inFlight.add(submit(pool, read, next, files.get(next++), known));
            }
            long waiting = 0;
            while (!inFlight.isEmpty()) {
                long t = System.nanoTime();
                Piece piece = take(inFlight.removeFirst());
                waiting += System.nanoTime() - t;
                if (next < partitions) {
                    inFlight.add(submit(pool, read, next, files.get(next++), known));
                }
                sink.accept(piece);
            }
            log.info(
                    "reconciled, scored and wrote {} partitions in {} (waiting for them {})",
                    partitions,
                    since(started),
                    seconds(waiting));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Reconciles one partition; {@code files} are its files, one per source in precedence order. A valid code's
     * enterprise is looked up once per source and code and kept by the code's dictionary number ({@code known},
     * shared by the partitions: a slot is only ever set to the same immutable answer).
     */
    private Future<Piece> submit(
            ExecutorService pool, Read read, int index, List<Path> files, List<Enterprises.Assignment[]> known) {
        return pool.submit(() -> {
            long bytes = 0;
            for (Path file : files) {
                bytes += Files.size(file);
            }
            int expected = (int) Math.min(Integer.MAX_VALUE - 8, bytes / 64); // frames are 80-100 bytes
            List<CreditRecord> records = new ArrayList<>(expected);
            List<Enterprises.Assignment> assignments = new ArrayList<>(expected);
            Enterprises enterprises = read.enterprises();
            for (int i = 0; i < files.size(); i++) {
                Enterprises.Assignment[] byCode = known.get(i);
                try (RecordSpill.Reader reader =
                        new RecordSpill.Reader(files.get(i), read.dictionaries().get(i))) {
                    while (reader.nextFrame()) {
                        CreditRecord r = reader.record();
                        Enterprises.Assignment a;
                        if (reader.validCode()) {
                            a = byCode[reader.codeId()];
                            if (a == null) {
                                a = enterprises.assign(r);
                                byCode[reader.codeId()] = a;
                            }
                        } else {
                            a = enterprises.assign(r);
                        }
                        records.add(r);
                        assignments.add(a);
                    }
                }
                Files.delete(files.get(i));
            }
            Reconciler.Partition p = reconciler.reconcile(records, assignments, enterprises);
            return new Piece(index, p, scorer.score(p.ledger(), previous));
        });
    }

    /** The future's value; what its task threw, thrown as it was. */
    static <T> T take(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Pass 2: each spilled record into the partition of its enterprise's code, the sources at once. */
    private void split(Enterprises enterprises, List<RecordSpill.Dictionary> dictionaries, List<String> starts)
            throws Exception {
        ExecutorService pool = pool("xiaoqu-credit-split-");
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (int i = 0; i < dictionaries.size(); i++) {
                int source = i;
                done.add(pool.submit(() -> {
                    splitSource(enterprises, dictionaries.get(source), starts, source);
                    return source;
                }));
            }
            for (Future<Object> f : done) {
                take(f);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Copies each record of one source's spill, undecoded, to the file of its partition. A valid code's partition
     * is looked up once per distinct code; only records without one are decoded to find their enterprise.
     */
    private void splitSource(
            Enterprises enterprises, RecordSpill.Dictionary dictionary, List<String> starts, int source)
            throws IOException {
        List<RecordSpill.Writer> writers = new ArrayList<>();
        int[] partitionOfCode = new int[dictionary.codes()]; // partition + 1 per code number, 0: not known yet
        try {
            for (int p = 0; p <= starts.size(); p++) {
                writers.add(new RecordSpill.Writer(partition(p, source), dictionary));
            }
            try (RecordSpill.Reader reader = new RecordSpill.Reader(spill(source), dictionary)) {
                while (reader.nextFrame()) {
                    int p;
                    if (reader.validCode()) {
                        int code = reader.codeId();
                        p = partitionOfCode[code] - 1;
                        if (p < 0) {
                            String text = Objects.requireNonNull(dictionary.code(code));
                            p = partitionOf(enterprises.canonical(text), starts);
                            partitionOfCode[code] = p + 1;
                        }
                    } else {
                        p = partitionOf(enterprises.assign(reader.record()).code(), starts);
                    }
                    reader.copyTo(writers.get(p));
                }
            }
        } finally {
            for (RecordSpill.Writer w : writers) {
                w.close();
            }
        }
        Files.delete(spill(source));
    }

    /** Records a partition is cut at: {@code partitionRecords}, or more where that would make over {@code max}. */
    static long limit(Map<String, Long> recordsByCode, long partitionRecords, int max) {
        long total = 0;
        for (long n : recordsByCode.values()) {
            total += n;
        }
        return Math.max(partitionRecords, (total + max - 1) / max);
    }

    /**
     * The first code of every partition but the first: enterprises in code order, a new partition begun once the
     * current one holds {@code limit} records.
     */
    static List<String> starts(Map<String, Long> recordsByCode, long limit) {
        List<String> starts = new ArrayList<>();
        long held = 0;
        for (Map.Entry<String, Long> e : recordsByCode.entrySet()) {
            if (held >= limit) {
                starts.add(e.getKey());
                held = 0;
            }
            held += e.getValue();
        }
        return starts;
    }

    private static String since(long startedNanos) {
        return seconds(System.nanoTime() - startedNanos);
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /** The partition of an enterprise code (the empty code, no enterprise, is in the first). */
    static int partitionOf(String code, List<String> starts) {
        if (code.isEmpty()) {
            return 0;
        }
        int i = Collections.binarySearch(starts, code);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
