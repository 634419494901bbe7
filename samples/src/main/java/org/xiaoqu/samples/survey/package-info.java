/**
 * Resident satisfaction surveys and owners'-committee evaluation forms with planted "not applicable", missing and
 * unreadable answers and estates below the minimum responses, with the true indicator values, for {@code xiaoqu
 * survey aggregate}. Draws from its own seeded streams.
 */
@NullMarked
package org.xiaoqu.samples.survey;

import org.jspecify.annotations.NullMarked;
