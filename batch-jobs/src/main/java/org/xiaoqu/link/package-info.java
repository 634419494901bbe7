/**
 * Record linkage and de-duplication: Fellegi–Sunter matching with blocking on several keys, u from random
 * pairs, m by EM, term-frequency adjustment, a review band, optional one-to-one assignment, clustering with
 * hierarchy checks and an explanation of every link. Entry point: {@link org.xiaoqu.link.LinkEngine}; quality
 * against truth: {@link org.xiaoqu.link.LinkEvaluator}. See README.md in this folder.
 */
@NullMarked
package org.xiaoqu.link;

import org.jspecify.annotations.NullMarked;
