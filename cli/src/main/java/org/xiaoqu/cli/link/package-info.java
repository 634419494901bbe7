/** {@code xiaoqu link}: record linkage and de-duplication of CSV sources, and its evaluation. */
@NullMarked
package org.xiaoqu.cli.link;

import org.jspecify.annotations.NullMarked;
