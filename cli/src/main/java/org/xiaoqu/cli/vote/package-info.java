/** {@code xiaoqu vote tally}: the thin command over {@link org.xiaoqu.vote.VoteTallier}. */
@NullMarked
package org.xiaoqu.cli.vote;

import org.jspecify.annotations.NullMarked;
