/** {@code xiaoqu validate} and {@code xiaoqu import}: thin commands over {@link org.xiaoqu.imports}. */
@NullMarked
package org.xiaoqu.cli.imports;

import org.jspecify.annotations.NullMarked;
