/** The synthetic sample city generator and its ground truth. */
@NullMarked
package org.xiaoqu.samples;

import org.jspecify.annotations.NullMarked;
