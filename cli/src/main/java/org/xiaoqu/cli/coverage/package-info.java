/** {@code xiaoqu coverage}: the thin command over {@link org.xiaoqu.coverage.CoverageRunner}. */
@NullMarked
package org.xiaoqu.cli.coverage;

import org.jspecify.annotations.NullMarked;
