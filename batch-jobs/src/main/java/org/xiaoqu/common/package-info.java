/** Shared vocabulary of all jobs: exit codes, the typed controlled failure, messages and masking. */
@NullMarked
package org.xiaoqu.common;

import org.jspecify.annotations.NullMarked;
