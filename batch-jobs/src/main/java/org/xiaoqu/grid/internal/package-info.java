/** The grid merge's internals: reading and parsing records, the estate gazetteer, matching, ids, outputs. */
@NullMarked
package org.xiaoqu.grid.internal;

import org.jspecify.annotations.NullMarked;
