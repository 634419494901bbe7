/**
 * The parser's machinery: character folding, numerals, the division gazetteer and the scanner. Public
 * only because {@code org.xiaoqu.address} needs it; not an API for other packages.
 */
@NullMarked
package org.xiaoqu.address.internal;

import org.jspecify.annotations.NullMarked;
