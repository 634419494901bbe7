package org.xiaoqu.source;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking one row: either a {@link CheckedRow} (possibly with warnings) or the problem that
 * rejected it.
 *
 * @param row the checked row, null when rejected
 * @param rejection why the row was rejected, null when accepted
 */
public record RowResult(@Nullable CheckedRow row, @Nullable Problem rejection) {

    public RowResult {
        if ((row == null) == (rejection == null)) {
            throw new IllegalArgumentException("exactly one of row and rejection");
        }
    }

    /** Whether the row was rejected. */
    public boolean rejected() {
        return rejection != null;
    }
}
