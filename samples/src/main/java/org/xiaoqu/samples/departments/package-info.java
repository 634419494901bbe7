/**
 * The departments' grid extracts: each department's layout, encoding, coordinate system and way of writing
 * addresses, the noise put into them, and the ground truth written beside them.
 */
@NullMarked
package org.xiaoqu.samples.departments;

import org.jspecify.annotations.NullMarked;
