/**
 * {@code xiaoqu credit reconcile}: credit records of property-service enterprises from several sources checked
 * against the provincial platform's ledger, every discrepancy classified ({@link org.xiaoqu.schemas.CreditDiscrepancy}),
 * a reconciled ledger with provenance, and each enterprise's score and grade under a credit scheme as of a date.
 */
@NullMarked
package org.xiaoqu.credit;

import org.jspecify.annotations.NullMarked;
