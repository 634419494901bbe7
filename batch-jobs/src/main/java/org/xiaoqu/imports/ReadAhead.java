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
 * Reads and checks a source's rows on a thread of its own, at most {@code capacity} batches ahead of the
 * step, so that parsing the next chunk overlaps with the database storing the last one. It takes over an
 * open reader and its checker (positioned by the caller) and owns them until it ends. Nothing it holds is
 * state to save: the step's position is what the step consumed, and rows read ahead of it are simply read
 * again after a restart.
 */
final class ReadAhead implements AutoCloseable {
    /** Rows, then (when a file ended after them) that file's notes; or the end; or what failed. */
    record Batch(List<RowResult> rows, @Nullable List<String> fileNotes, boolean end, @Nullable Throwable failure) {}

    private static final int BATCH = 250;

    private final List<SourceSpec> specs;
    private final boolean showPersonalData;
    private final BlockingQueue<Batch> queue;
    private final Thread thread;
    private int fileIndex;
    private @Nullable RowReader reader;
    private RowChecker checker;

    /**
     * Starts reading file {@code fileIndex} from the reader's current row on.
     *
     * @param rows the rows it may read ahead of the consumer (rounded up to whole batches)
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
        this.checker = checker;
        this.queue = new ArrayBlockingQueue<>(Math.max(2, (rows + BATCH - 1) / BATCH));
        this.thread = new Thread(this::run, "xiaoqu-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next batch, waiting for it; after the end batch, never call again. */
    Batch take() throws InterruptedException {
        return queue.take();
    }

    private void run() {
        try {
            List<RowResult> rows = new ArrayList<>(BATCH);
            while (reader != null) {
                RawRow raw = reader.next();
                if (raw != null) {
                    rows.add(checker.check(raw));
                    if (rows.size() == BATCH) {
                        queue.put(new Batch(rows, null, false, null));
                        rows = new ArrayList<>(BATCH);
                    }
                    continue;
                }
                List<String> notes = new ArrayList<>(reader.notes());
                notes.addAll(checker.notes());
                reader.close();
                reader = null;
                queue.put(new Batch(rows, notes, false, null));
                rows = new ArrayList<>(BATCH);
                if (++fileIndex < specs.size()) {
                    SourceSpec spec = specs.get(fileIndex);
                    reader = RowReader.open(spec);
                    checker = RowChecker.create(spec, reader.header(), reader.encoding(), showPersonalData);
                }
            }
            queue.put(new Batch(List.of(), null, true, null));
        } catch (InterruptedException e) {
            // closed by the step: nobody waits for more
        } catch (RuntimeException | Error e) {
            try {
                queue.put(new Batch(List.of(), null, true, e));
            } catch (InterruptedException closed) {
                // closed by the step: nobody waits for the failure
            }
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    /** Stops reading and closes the file; waits for the thread so that nothing reads on behind the step. */
    @Override
    public void close() {
        thread.interrupt();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
