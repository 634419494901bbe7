package org.xiaoqu.imports;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.xiaoqu.source.RawRow;
import org.xiaoqu.source.RowChecker;
import org.xiaoqu.source.RowReader;
import org.xiaoqu.source.RowResult;
import org.xiaoqu.source.SourceSpec;

/**
 * Reads a source's files in order and checks each row. Its position (file, rows consumed in it) is
 * saved with every chunk, so a restart skips exactly what was already staged. Reading and checking run
 * a little ahead on a thread of their own ({@link ReadAhead}); the position is always that of the rows
 * handed to the step, never of those read ahead.
 */
final class SourceItemReader implements ItemStreamReader<RowResult>, StepExecutionListener {
    static final String NOTES = "import.notes";

    static final String FILE_INDEX = "import.file.index";
    static final String FILE_ROWS = "import.file.rows";

    private final List<SourceSpec> specs;
    private final boolean showPersonalData;
    private final List<String> notes = new ArrayList<>();
    private int fileIndex;
    private long fileRows;
    private final int aheadRows;
    private @Nullable ReadAhead ahead;
    private ReadAhead.@Nullable Batch batch;
    private int inBatch;
    private boolean ended;

    /** @param aheadRows how many rows may be read and checked ahead of the step (a chunk or two) */
    SourceItemReader(List<SourceSpec> specs, boolean showPersonalData, int aheadRows) {
        this.specs = specs;
        this.showPersonalData = showPersonalData;
        this.aheadRows = aheadRows;
    }

    @Override
    public void open(ExecutionContext context) {
        fileIndex = context.getInt(FILE_INDEX, 0);
        fileRows = context.getLong(FILE_ROWS, 0L);
        if (fileIndex >= specs.size()) {
            ended = true;
            return;
        }
        SourceSpec spec = specs.get(fileIndex);
        RowReader reader = RowReader.open(spec);
        try {
            RowChecker checker = RowChecker.create(spec, reader.header(), reader.encoding(), showPersonalData);
            // re-check (not merely skip) what was staged before: the checker must see every key again to
            // report a later duplicate of a row loaded before the restart
            for (long i = 0; i < fileRows; i++) {
                RawRow raw = reader.next();
                if (raw == null) {
                    break;
                }
                checker.check(raw);
            }
            ahead = new ReadAhead(specs, showPersonalData, fileIndex, reader, checker, aheadRows);
        } catch (RuntimeException | Error e) {
            reader.close();
            throw e;
        }
    }

    @Override
    public @Nullable RowResult read() throws InterruptedException {
        while (!ended) {
            if (batch != null && inBatch < batch.rows().size()) {
                fileRows++;
                return batch.rows().get(inBatch++);
            }
            if (batch != null && batch.fileNotes() != null) {
                notes.addAll(batch.fileNotes());
                fileIndex++;
                fileRows = 0;
            }
            batch = ahead.take();
            inBatch = 0;
            ended = batch.end();
            if (batch.failure() instanceof RuntimeException e) {
                throw e;
            } else if (batch.failure() instanceof Error e) {
                throw e;
            }
        }
        return null;
    }

    /** File-level notes (encoding detected, ignored columns…) of the files read to the end. */
    List<String> notes() {
        return notes;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(FILE_INDEX, fileIndex);
        context.putLong(FILE_ROWS, fileRows);
    }

    /** Hands the file-level notes to the publish step through the job's context. */
    @Override
    public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
        if (!notes.isEmpty()) {
            stepExecution.getJobExecution().getExecutionContext().put(NOTES, new ArrayList<>(notes));
        }
        return null;
    }

    @Override
    public void close() {
        if (ahead != null) {
            ahead.close();
            ahead = null;
        }
        batch = null;
    }
}
