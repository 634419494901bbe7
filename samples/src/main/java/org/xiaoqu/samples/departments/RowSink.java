package org.xiaoqu.samples.departments;

import java.io.IOException;

/** Where rows of one file go: a streaming CSV or a streaming workbook. */
public interface RowSink extends AutoCloseable {
    void row(String... cells) throws IOException;

    @Override
    void close() throws IOException;
}
