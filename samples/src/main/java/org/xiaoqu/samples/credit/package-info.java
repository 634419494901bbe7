/**
 * The credit sources of the synthetic city: the provincial platform's ledger, the housing bureau, the social-credit
 * platform (penalties, honours, the dishonest list), street evaluations and 12345 complaints for the city's
 * property-service enterprises, each with its own layout and encoding, with the discrepancies of
 * {@link org.xiaoqu.schemas.CreditDiscrepancy} planted at documented rates, their truth and a credit scheme.
 */
@NullMarked
package org.xiaoqu.samples.credit;

import org.jspecify.annotations.NullMarked;
