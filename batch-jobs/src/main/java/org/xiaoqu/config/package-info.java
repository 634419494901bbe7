/**
 * The configuration: {@code xiaoqu.yaml} (store, retention, source defaults, sources) read strictly —
 * an unknown key is an error naming the nearest valid key — and resolved with the precedence
 * flags &gt; environment &gt; file &gt; defaults.
 */
@NullMarked
package org.xiaoqu.config;

import org.jspecify.annotations.NullMarked;
