/**
 * Running jobs: the Spring Batch infrastructure on a store, the one-writer lock, recovery of runs left
 * STARTED by a killed process, cooperative stop on a signal, and output folders renamed into place
 * only when complete. Features declare their jobs as {@link org.xiaoqu.run.JobDefinition}s.
 */
@NullMarked
package org.xiaoqu.run;

import org.jspecify.annotations.NullMarked;
