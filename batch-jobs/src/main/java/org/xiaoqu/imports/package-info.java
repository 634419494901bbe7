/**
 * {@code xiaoqu import}: loads each configured source into its kind's staging table under a load id,
 * keeps its rejects, and publishes the load in one transaction only when the whole file was read
 * within its reject budget. A loads registry (source, business date, checksum) decides what is new.
 */
@NullMarked
package org.xiaoqu.imports;

import org.jspecify.annotations.NullMarked;
