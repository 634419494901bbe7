/** Helpers of the credit job: name normalisation, record states. */
@NullMarked
package org.xiaoqu.credit.internal;

import org.jspecify.annotations.NullMarked;
