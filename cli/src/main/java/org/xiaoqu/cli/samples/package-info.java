/** {@code xiaoqu samples}: synthetic cities with ground truth. */
@NullMarked
package org.xiaoqu.cli.samples;

import org.jspecify.annotations.NullMarked;
