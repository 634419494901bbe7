/**
 * {@code xiaoqu vote tally}: owners' e-vote (业主电子投票) tallied under Civil Code art. 278 with the
 * counting rules of 法释〔2009〕7号 arts. 8–9, in exact rational arithmetic. Reads a rules file, the
 * owners' register and the e-vote export; writes each matter's outcome with its four ratios, an audit of
 * every ballot, a publication version with owners masked and a report.
 */
@NullMarked
package org.xiaoqu.vote;

import org.jspecify.annotations.NullMarked;
