/**
 * The shared output toolkit of every feature: CSV for machines and for people, Excel workbooks with Chinese
 * headers, personal-data masking, result tables in the store, and self-contained HTML reports with inline
 * SVG charts. Columns are described by {@link org.xiaoqu.schemas.OutputSchema}. See README.md.
 */
@NullMarked
package org.xiaoqu.report;

import org.jspecify.annotations.NullMarked;
