/**
 * Annual assessment rankings (年度考评排名, {@code xiaoqu rank}): a scheme file ({@link
 * org.xiaoqu.rank.SchemeLoader}) declares indicators, normalisation, weights, aggregation, missing data, vetoes,
 * bonus and penalty items, ties and grades; {@link org.xiaoqu.rank.RankEngine} ranks, {@link
 * org.xiaoqu.rank.Sensitivity} perturbs, and {@link org.xiaoqu.rank.RankJobConfiguration} runs it as a job. See
 * README.md in this folder.
 */
@NullMarked
package org.xiaoqu.rank;

import org.jspecify.annotations.NullMarked;
