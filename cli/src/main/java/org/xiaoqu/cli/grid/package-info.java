/** {@code xiaoqu grid merge|evaluate|review}: thin commands over org.xiaoqu.grid. */
@NullMarked
package org.xiaoqu.cli.grid;

import org.jspecify.annotations.NullMarked;
