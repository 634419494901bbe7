package org.xiaoqu.samples.vote;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A UTF-8 CSV (RFC 4180 quoting, LF) written byte for byte the same on every platform; optionally with a BOM. */
public final class TextFile implements AutoCloseable {
    private final BufferedWriter out;

    public TextFile(Path file, boolean bom, String... header) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        OutputStream os = Files.newOutputStream(file);
        if (bom) {
            os.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
        if (header.length > 0) {
            row(header);
        }
    }

    public void row(String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String c = cells[i];
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) {
                out.write('"');
                out.write(c.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(c);
            }
        }
        out.write('\n');
    }

    public void text(String s) throws IOException {
        out.write(s);
    }

    /** Hundredths as a decimal with two places. */
    public static String centi(long v) {
        long f = v % 100;
        return v / 100 + "." + (f < 10 ? "0" : "") + f;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
