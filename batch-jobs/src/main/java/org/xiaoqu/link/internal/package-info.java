/**
 * Internals of the linkage engine: comparators and string similarities, blocking keys, the partition spill,
 * EM estimation, union-find. Not an API: other modules use {@link org.xiaoqu.link.LinkEngine} only.
 */
@NullMarked
package org.xiaoqu.link.internal;

import org.jspecify.annotations.NullMarked;
