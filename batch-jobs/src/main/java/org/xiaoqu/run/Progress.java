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

    /** The step is done; a display may end its line. */
    default void done() {}
}
