/** JMH micro-benchmarks of xiaoqu's hot paths, run by the scripts in {@code bench/}. */
@NullMarked
package org.xiaoqu.benchmarks;

import org.jspecify.annotations.NullMarked;
