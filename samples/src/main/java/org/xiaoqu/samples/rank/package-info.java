/**
 * Ranking data of the synthetic city: indicator values of enterprises (satisfaction surveys included), owners'
 * committees (two half-years), estates and streets over two years, with missing values and outliers, and one
 * ranking scheme per entity kind ({@code schemes/}). Each concern draws from its own seeded stream, so the rest
 * of the city is unchanged by it.
 */
@NullMarked
package org.xiaoqu.samples.rank;

import org.jspecify.annotations.NullMarked;
