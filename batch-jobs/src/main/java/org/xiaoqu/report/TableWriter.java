package org.xiaoqu.report;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes the rows of one table whose columns an {@link org.xiaoqu.schemas.OutputSchema} describes. A row holds
 * one value per field in schema order: String, any Number, Boolean, LocalDate, LocalDateTime, Instant,
 * OffsetDateTime, an enum (its name) or null. Closing finishes the file.
 */
public interface TableWriter extends Closeable {
    /**
     * Writes one row.
     *
     * @throws IllegalArgumentException if the row does not have one value per field
     */
    void write(List<?> row) throws IOException;

    /** Writes every row. */
    default void writeAll(Iterable<? extends List<?>> rows) throws IOException {
        for (List<?> row : rows) {
            write(row);
        }
    }

    /** Rows written so far. */
    long rows();
}
