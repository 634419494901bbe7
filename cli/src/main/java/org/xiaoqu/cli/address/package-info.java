/** {@code xiaoqu address evaluate}: the address parser measured on the labelled public corpora. */
@NullMarked
package org.xiaoqu.cli.address;

import org.jspecify.annotations.NullMarked;
