/**
 * The data contracts shared by jobs, generator and evaluators. The Table Schemas, SQL migrations, the
 * configuration's JSON Schema and reference data live as resources beside this package.
 */
@NullMarked
package org.xiaoqu.schemas;

import org.jspecify.annotations.NullMarked;
