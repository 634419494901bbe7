/**
 * {@code xiaoqu survey aggregate}: resident satisfaction surveys and owners'-committee evaluation forms (items
 * scored 0–5) aggregated per estate, enterprise and committee into {@code indicator-value} rows that {@code xiaoqu
 * rank} reads. "Not applicable" counts as full marks where the form says so and is left out otherwise; a missing
 * answer is always left out and reported apart; an entity with fewer responses than the form's minimum gets no
 * value.
 */
@NullMarked
package org.xiaoqu.survey;

import org.jspecify.annotations.NullMarked;
