/**
 * Owners' registers, e-vote ballots and rules files of the pilot estates, with their true outcomes under Civil
 * Code art. 278, for {@code xiaoqu vote tally}. Draws from its own seeded streams, so adding it changed no byte
 * of the other files.
 */
@NullMarked
package org.xiaoqu.samples.vote;

import org.jspecify.annotations.NullMarked;
