package org.xiaoqu.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.source.RawRow;
import org.xiaoqu.source.RowChecker;
import org.xiaoqu.source.RowReader;
import org.xiaoqu.source.RowResult;
import org.xiaoqu.source.SourceSpec;

/**
 * Reads and checks a source's rows ahead of the step, at most {@code capacity} batches ahead, in two stages
 * on threads of their own: one decodes and parses the file, the other checks the rows (types, keys). With
 * the step encoding and sending the last chunk meanwhile, the three overlap; on one thread, parsing and
 * checking together were the slowest stage and the step waited for them. It takes over an open reader and
 * its checker (positioned by the caller) and owns them until it ends. Nothing it holds is state to save: the
 * step's position is what the step consumed, and rows read ahead of it are simply read again after a restart.
 */
final class ReadAhead implements AutoCloseable {
    /** Rows, then (when a file ended after them) that file's notes; or the end; or what failed. */
    record Batch(List<RowResult> rows, @Nullable List<String> fileNotes, boolean end, @Nullable Throwable failure) {}

    /**
     * Parsed rows, then (when a file ended after them) the reader's notes on it; or the next file's checker;
     * or the end; or what failed.
     */
    private record Parsed(
            List<RawRow> rows,
            @Nullable List<String> readerNotes,
            @Nullable RowChecker next,
            boolean end,
            @Nullable Throwable failure) {}

    private static final int BATCH = 250;
    private static final int PARSED_BATCHES = 8;

    private final List<SourceSpec> specs;
    private final boolean showPersonalData;
    private final BlockingQueue<Parsed> parsed = new ArrayBlockingQueue<>(PARSED_BATCHES);
    private final BlockingQueue<Batch> queue;
    private final Thread parser;
    private final Thread checker;
    private int fileIndex;
    private @Nullable RowReader reader;
    private RowChecker rowChecker;

    /**
     * Starts reading file {@code fileIndex} from the reader's current row on.
     *
     * @param rows the rows it may hold checked ahead of the consumer (rounded up to whole batches)
     */
    ReadAhead(
            List<SourceSpec> specs,
            boolean showPersonalData,
            int fileIndex,
            RowReader reader,
            RowChecker checker,
            int rows) {
        this.specs = specs;
        this.showPersonalData = showPersonalData;
        this.fileIndex = fileIndex;
        this.reader = reader;
        this.rowChecker = checker;
        this.queue = new ArrayBlockingQueue<>(Math.max(2, (rows + BATCH - 1) / BATCH));
        this.parser = daemon(this::parse, "xiaoqu-read-ahead");
        this.checker = daemon(this::check, "xiaoqu-check-ahead");
        parser.start();
        this.checker.start();
    }

    private static Thread daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    /** The next batch, waiting for it; after the end batch, never call again. */
    Batch take() throws InterruptedException {
        return queue.take();
    }

    /** The first stage: the files' rows as parsed, and each next file opened with its checker. */
    private void parse() {
        try {
            List<RawRow> rows = new ArrayList<>(BATCH);
            while (reader != null) {
                RawRow raw = reader.next();
                if (raw != null) {
                    rows.add(raw);
                    if (rows.size() == BATCH) {
                        parsed.put(new Parsed(rows, null, null, false, null));
                        rows = new ArrayList<>(BATCH);
                    }
                    continue;
                }
                List<String> notes = new ArrayList<>(reader.notes());
                reader.close();
                reader = null;
                parsed.put(new Parsed(rows, notes, null, false, null));
                rows = new ArrayList<>(BATCH);
                if (++fileIndex < specs.size()) {
                    SourceSpec spec = specs.get(fileIndex);
                    reader = RowReader.open(spec);
                    RowChecker next = RowChecker.create(spec, reader.header(), reader.encoding(), showPersonalData);
                    parsed.put(new Parsed(List.of(), null, next, false, null));
                }
            }
            parsed.put(new Parsed(List.of(), null, null, true, null));
        } catch (InterruptedException e) {
            // closed by the step: nobody waits for more
        } catch (RuntimeException | Error e) {
            try {
                parsed.put(new Parsed(List.of(), null, null, true, e));
            } catch (InterruptedException closed) {
                // closed by the step: nobody waits for the failure
            }
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    /** The second stage: each parsed row checked, in file order, by its file's checker. */
    private void check() {
        try {
            while (true) {
                Parsed in = parsed.take();
                if (in.failure() != null || in.end()) {
                    queue.put(new Batch(List.of(), null, true, in.failure()));
                    return;
                }
                if (in.next() != null) {
                    rowChecker = in.next();
                    continue;
                }
                List<RowResult> rows = new ArrayList<>(in.rows().size());
                for (RawRow raw : in.rows()) {
                    rows.add(rowChecker.check(raw));
                }
                List<String> notes = null;
                if (in.readerNotes() != null) {
                    notes = new ArrayList<>(in.readerNotes());
                    notes.addAll(rowChecker.notes());
                }
                queue.put(new Batch(rows, notes, false, null));
            }
        } catch (InterruptedException e) {
            // closed by the step: nobody waits for more
        } catch (RuntimeException | Error e) {
            try {
                queue.put(new Batch(List.of(), null, true, e));
            } catch (InterruptedException closed) {
                // closed by the step: nobody waits for the failure
            }
        }
    }

    /** Stops reading and closes the file; waits for both threads so that nothing reads on behind the step. */
    @Override
    public void close() {
        parser.interrupt();
        checker.interrupt();
        boolean interrupted = false;
        for (Thread thread : List.of(parser, checker)) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
