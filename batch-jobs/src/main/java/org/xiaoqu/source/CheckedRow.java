package org.xiaoqu.source;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row that passed its checks: typed values in the schema's field order ({@link String}, {@link Long},
 * {@link java.math.BigDecimal}, {@link java.time.LocalDate}, {@link Boolean}, or null when empty), and the
 * warnings it carries. Every text value is free of NUL bytes and within its field's maxLength, so the row is
 * insertable by PostgreSQL COPY.
 *
 * @param line the line (or Excel row) it came from
 * @param values the values, one per schema field; the array is owned by the row, do not change it
 * @param warnings what looked wrong but was kept (empty for most rows)
 */
public record CheckedRow(long line, @Nullable Object[] values, List<Problem> warnings) {

    /** The value of the field at {@code index} in the schema's order. */
    public @Nullable Object value(int index) {
        return values[index];
    }

    /** Whether the row carries warnings. */
    public boolean warned() {
        return !warnings.isEmpty();
    }
}
