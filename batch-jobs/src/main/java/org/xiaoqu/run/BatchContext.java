package org.xiaoqu.run;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.xiaoqu.store.Dialect;
import org.xiaoqu.store.Store;

/**
 * A Spring application context for one command: the batch infrastructure on the store plus the
 * configurations of the jobs it may run. Plain Spring, started only when a command needs it, so that
 * {@code --help} and {@code --version} never pay for it.
 */
public final class BatchContext implements AutoCloseable {
    private final AnnotationConfigApplicationContext context;
    private final Store store;

    private BatchContext(AnnotationConfigApplicationContext context, Store store) {
        this.context = context;
        this.store = store;
    }

    /** A context on {@code store} defining the given jobs (none for job control alone). */
    public static BatchContext open(Store store, List<JobDefinition> jobs) {
        return open(store, jobs, Progress.NONE);
    }

    /** As {@link #open(Store, List)}, with a {@link Progress} bean that steps report to. */
    public static BatchContext open(Store store, List<JobDefinition> jobs, Progress progress) {
        var context = new AnnotationConfigApplicationContext();
        // wrapped: the context must not close the store's pool when it closes (it closes AutoCloseable beans)
        context.registerBean(DataSource.class, () -> new DelegatingDataSource(store.dataSource()));
        context.registerBean(Dialect.class, store::dialect);
        context.registerBean(Progress.class, () -> progress);
        context.register(BatchInfrastructure.class);
        jobs.forEach(j -> context.register(j.configuration()));
        context.refresh();
        return new BatchContext(context, store);
    }

    public JobOperator jobOperator() {
        return context.getBean(JobOperator.class);
    }

    public JobRepository jobRepository() {
        return context.getBean(JobRepository.class);
    }

    /** The job named {@code name} (its Spring Batch name, whatever its bean is called). */
    public Job job(String name) {
        return context.getBeansOfType(Job.class).values().stream()
                .filter(j -> j.getName().equals(name))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("no job named " + name + " in " + context.getDisplayName()));
    }

    public Store store() {
        return store;
    }

    @Override
    public void close() {
        context.close();
    }
}
