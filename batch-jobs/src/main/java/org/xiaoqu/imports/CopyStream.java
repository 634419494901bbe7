package org.xiaoqu.imports;

import java.math.BigDecimal;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * CSV for PostgreSQL COPY, encoded straight to UTF-8 in one reused buffer and handed to the sink each time
 * the buffer fills. The server parses one part while the next is encoded, and no chunk-sized String (nor its
 * UTF-16 copy and its UTF-8 copy) is built. Null is an unquoted empty field, text is always quoted (so "" is
 * an empty string). Not thread-safe. Public for {@code org.xiaoqu.report.StoredTable}.
 */
public final class CopyStream {
    /** Where the bytes go: {@code CopyIn::writeToCopy} on PostgreSQL, a byte array in tests. */
    public interface Sink {
        void write(byte[] bytes, int offset, int length) throws SQLException;
    }

    private static final int SIZE = 1 << 16;
    /** Room for the longest char sequence written without a check: a surrogate pair's four bytes. */
    private static final int SLACK = 8;

    private final byte[] buffer = new byte[SIZE];
    private int position;
    private @Nullable Sink sink;

    /** Starts writing to a sink; whatever an earlier sink left unsent is dropped. */
    public void start(Sink sink) {
        this.sink = sink;
        this.position = 0;
    }

    /** Sends what is buffered. */
    public void flush() throws SQLException {
        if (position > 0 && sink != null) {
            sink.write(buffer, 0, position);
        }
        position = 0;
    }

    public void comma() throws SQLException {
        ascii(',');
    }

    public void newline() throws SQLException {
        ascii('\n');
    }

    /** A value of a checked row: String, Long, BigDecimal, LocalDate, Boolean or null. */
    public void value(@Nullable Object value) throws SQLException {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            text(s);
        } else if (value instanceof Long n) {
            number(n);
        } else if (value instanceof BigDecimal d) {
            plain(d.toPlainString());
        } else {
            plain(value.toString());
        }
    }

    public void number(long n) throws SQLException {
        if (position + 20 > SIZE) {
            flush();
        }
        if (n < 0) {
            if (n == Long.MIN_VALUE) {
                plain(Long.toString(n));
                return;
            }
            buffer[position++] = '-';
            n = -n;
        }
        int digits = 1;
        for (long p = 10; digits < 19 && n >= p; p *= 10) {
            digits++;
        }
        int end = position + digits;
        for (int i = end - 1; i >= position; i--) {
            buffer[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        position = end;
    }

    /** Text quoted for CSV, doubling quotes. */
    public void text(String s) throws SQLException {
        ascii('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            if (position + SLACK > SIZE) {
                flush();
            }
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == '"') {
                    buffer[position++] = '"';
                }
                buffer[position++] = (byte) c;
            } else if (c < 0x800) {
                buffer[position++] = (byte) (0xC0 | c >> 6);
                buffer[position++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buffer[position++] = (byte) (0xF0 | cp >> 18);
                buffer[position++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buffer[position++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[position++] = (byte) (0x80 | cp & 0x3F);
            } else {
                if (Character.isSurrogate(c)) {
                    c = '\uFFFD'; // a lone surrogate has no UTF-8 form
                }
                buffer[position++] = (byte) (0xE0 | c >> 12);
                buffer[position++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[position++] = (byte) (0x80 | c & 0x3F);
            }
        }
        ascii('"');
    }

    /** Text known to be ASCII and free of quotes, commas and line breaks (numbers, dates, booleans). */
    private void plain(String s) throws SQLException {
        for (int i = 0, n = s.length(); i < n; i++) {
            ascii(s.charAt(i));
        }
    }

    private void ascii(char c) throws SQLException {
        if (position == SIZE) {
            flush();
        }
        buffer[position++] = (byte) c;
    }
}
