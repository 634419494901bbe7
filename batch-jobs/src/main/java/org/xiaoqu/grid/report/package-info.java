/**
 * The grid merge's report.html: {@link org.xiaoqu.grid.report.GridReportData} (filled by the merge job) rendered
 * by {@link org.xiaoqu.grid.report.GridReport} through {@code org.xiaoqu.report}.
 */
@NullMarked
package org.xiaoqu.grid.report;

import org.jspecify.annotations.NullMarked;
