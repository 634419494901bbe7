package org.xiaoqu.source;

import org.jspecify.annotations.Nullable;

/**
 * One data row as read, before any check.
 *
 * @param line the physical line of the row's start in a text file (header = line 1), or the Excel row number
 * @param cells the cell texts, in file column order; Excel dates come as {@code yyyy-MM-dd}, numbers in plain
 *     notation
 * @param error why the row's structure is broken (wrong number of fields, unbalanced quote), or null
 * @param errorColumn the 1-based column the error points at, 0 for the whole row
 */
public record RawRow(long line, String[] cells, @Nullable String error, int errorColumn) {

    /** A well-formed row. */
    public RawRow(long line, String[] cells) {
        this(line, cells, null, 0);
    }
}
