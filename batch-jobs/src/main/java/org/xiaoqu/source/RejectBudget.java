package org.xiaoqu.source;

import org.jspecify.annotations.Nullable;

/**
 * How many rejected rows a source may have before nothing of it is published (exit 3). Both limits apply
 * when both are set: the budget is exceeded when the rejects pass the absolute count or the share of rows.
 *
 * @param maxRejects most rejected rows, or null for no absolute limit
 * @param maxRejectRatio most rejected rows as a share of the rows read, 0..1 (default 0.01)
 */
public record RejectBudget(@Nullable Long maxRejects, double maxRejectRatio) {

    /** The share of rows that may be rejected when a source says nothing: 1%. */
    public static final double DEFAULT_RATIO = 0.01;

    /** 1% of rows, no absolute limit. */
    public static final RejectBudget DEFAULT = new RejectBudget(null, DEFAULT_RATIO);

    public RejectBudget {
        if (maxRejects != null && maxRejects < 0) {
            throw new IllegalArgumentException("maxRejects must be 0 or more, got " + maxRejects);
        }
        if (!(maxRejectRatio >= 0 && maxRejectRatio <= 1)) {
            throw new IllegalArgumentException("maxRejectRatio must be between 0 and 1, got " + maxRejectRatio);
        }
    }

    /** Whether {@code rejected} rows out of {@code rows} read (rejected ones included) exceed the budget. */
    public boolean exceeded(long rejected, long rows) {
        if (maxRejects != null && rejected > maxRejects) {
            return true;
        }
        // rejected / rows > ratio, without the rounding of a division
        return rejected > 0 && rejected > maxRejectRatio * rows;
    }
}
