package org.xiaoqu.report;

import org.jspecify.annotations.Nullable;

/**
 * A headline number in a tile at the top of a report.
 *
 * @param label what it counts
 * @param value the number as shown (format it with the report's language)
 * @param note a line under it, or null
 */
public record KeyFigure(String label, String value, @Nullable String note) {
    public KeyFigure(String label, String value) {
        this(label, value, null);
    }
}
