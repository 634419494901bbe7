/**
 * {@code xiaoqu grid merge} (DESIGN 1.1, 多网合一): every department's grid memberships merged into one registry of
 * buildings with stable unified ids, the building and grid crosswalks, conflicts, the review list and the id
 * lineage; {@link org.xiaoqu.grid.GridEvaluation} scores a run against the generator's truth. See README.md.
 */
@NullMarked
package org.xiaoqu.grid;

import org.jspecify.annotations.NullMarked;
