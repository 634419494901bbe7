package org.xiaoqu.run;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A job a feature contributes: its name (a constant shared by the CLI, tests and logs) and the one
 * {@code @Configuration} class that defines it. Registered with {@link ServiceLoader} under
 * {@code META-INF/services/org.xiaoqu.run.JobDefinition}, so that {@code jobs restart} can rebuild
 * any job from its name alone.
 */
public interface JobDefinition {
    /** The Spring Batch job name. */
    String jobName();

    /** The {@code @Configuration} class defining the job bean named {@link #jobName()}. */
    Class<?> configuration();

    /** Every job on the class path, sorted by name. */
    static List<JobDefinition> all() {
        return ServiceLoader.load(JobDefinition.class).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(java.util.Comparator.comparing(JobDefinition::jobName))
                .toList();
    }

    /** The job of that name, if one is on the class path. */
    static Optional<JobDefinition> named(String jobName) {
        return all().stream().filter(d -> d.jobName().equals(jobName)).findFirst();
    }
}
