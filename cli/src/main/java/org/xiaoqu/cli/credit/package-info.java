/** {@code xiaoqu credit reconcile|evaluate}: credit records of property-service enterprises. */
@NullMarked
package org.xiaoqu.cli.credit;

import org.jspecify.annotations.NullMarked;
