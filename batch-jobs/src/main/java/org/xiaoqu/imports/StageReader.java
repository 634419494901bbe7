package org.xiaoqu.imports;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.xiaoqu.source.RowResult;

/**
 * The stage step's reader: a {@link SourceItemReader} built from the job's parameters when the step
 * starts. It is a plain bean rather than a step-scoped one because the step calls {@link #read()} once per
 * row, and a step-scoped proxy looks its target up in the scope on every call — a tenth of the step's
 * own thread at five million rows.
 */
final class StageReader implements ItemStreamReader<RowResult>, StepExecutionListener {
    private final int aheadRows;
    private @Nullable SourceItemReader reader;

    StageReader(int aheadRows) {
        this.aheadRows = aheadRows;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        JobParameters parameters = stepExecution.getJobExecution().getJobParameters();
        reader = new SourceItemReader(
                ImportParameters.source(parameters).specs(),
                ImportParameters.flag(parameters.getString(ImportParameters.SHOW_PERSONAL)),
                aheadRows);
    }

    @Override
    public void open(ExecutionContext context) {
        started().open(context);
    }

    @Override
    public @Nullable RowResult read() throws InterruptedException {
        return started().read();
    }

    @Override
    public void update(ExecutionContext context) {
        started().update(context);
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
        }
    }

    @Override
    public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
        ExitStatus status = started().afterStep(stepExecution);
        reader = null;
        return status;
    }

    private SourceItemReader started() {
        if (reader == null) {
            throw new IllegalStateException("the stage reader is used outside its step");
        }
        return reader;
    }
}
