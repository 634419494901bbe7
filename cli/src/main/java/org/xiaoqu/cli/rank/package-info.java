/** {@code xiaoqu rank}: the thin command over {@link org.xiaoqu.rank.RankRun}. */
@NullMarked
package org.xiaoqu.cli.rank;

import org.jspecify.annotations.NullMarked;
