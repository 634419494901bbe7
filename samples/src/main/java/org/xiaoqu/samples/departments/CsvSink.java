package org.xiaoqu.samples.departments;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A streaming CSV writer (RFC 4180 quoting) with a chosen charset, optional BOM and line ending: the bytes must be
 * exactly reproducible, so nothing here depends on the platform.
 */
public final class CsvSink implements RowSink {
    private final Writer out;
    private final String eol;
    private final StringBuilder line = new StringBuilder(256);

    public CsvSink(Path file, Charset charset, boolean bom, boolean crlf, String... header) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        OutputStream os = Files.newOutputStream(file);
        if (bom) {
            os.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        this.out = new BufferedWriter(new OutputStreamWriter(os, charset), 1 << 16);
        this.eol = crlf ? "\r\n" : "\n";
        row(header);
    }

    @Override
    public void row(String... cells) throws IOException {
        line.setLength(0);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            append(cells[i]);
        }
        line.append(eol);
        out.append(line);
    }

    private void append(String cell) {
        boolean quote = false;
        for (int i = 0; i < cell.length() && !quote; i++) {
            char c = cell.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            line.append(cell);
            return;
        }
        line.append('"');
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
