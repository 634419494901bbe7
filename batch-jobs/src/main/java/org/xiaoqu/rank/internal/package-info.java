/**
 * The arithmetic of rankings on primitive arrays: normalisation, weights (equal, entropy, CRITIC, AHP with
 * Saaty's random index), aggregation (weighted arithmetic, geometric, TOPSIS, VIKOR) and ranks with ties. Every
 * transcendental function goes through {@link java.lang.StrictMath}, so the same inputs give the same bits on
 * every JVM. Not an API: other modules use {@link org.xiaoqu.rank.RankEngine}.
 */
@NullMarked
package org.xiaoqu.rank.internal;

import org.jspecify.annotations.NullMarked;
