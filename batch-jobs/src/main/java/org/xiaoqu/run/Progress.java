package org.xiaoqu.run;

/**
 * Where a running step reports how far it got; the command line shows it as a progress line on a
 * terminal and nowhere else. Jobs receive it as a bean and must not assume anything about its display.
 */
@FunctionalInterface
public interface Progress {
    /** Reports nothing (cron, pipes, tests). */
    Progress NONE = (job, step, items) -> {};

    /** {@code items} processed so far by {@code step} of {@code job} (cumulative across restarts when known). */
    void update(String job, String step, long items);

    /**
     * {@code done} of {@code total} {@code unit} ("records", "districts") of {@code step}, for steps that know
     * where they will end (a display may show the share); {@code total} ≤ 0 when unknown. Called from any thread.
     */
    default void update(String job, String step, long done, long total, String unit) {
        update(job, step, done);
    }

    /** The step is done; a display may end its line. */
    default void done() {}
}
