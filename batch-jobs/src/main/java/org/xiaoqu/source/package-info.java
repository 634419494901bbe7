/**
 * Turning a department's file into checked rows: format and encoding detection, streaming readers for CSV,
 * .xlsx and .xls, header matching against a kind's Table Schema, typed row checks with problems that name
 * file, line and column, and the reject budget. Nothing here touches the store. See README.md.
 */
@NullMarked
package org.xiaoqu.source;

import org.jspecify.annotations.NullMarked;
