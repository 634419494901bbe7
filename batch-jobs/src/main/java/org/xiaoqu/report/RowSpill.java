package org.xiaoqu.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Rows of a table waiting in a temporary file, for a job that produces its tables together but must write some of
 * them one after another (the sheets of an {@link ExcelBook}). Holds the values a {@link TableWriter} takes from a
 * job's rows: null, String, integers, BigDecimal, Boolean, LocalDate. Rows come back in the order written, with
 * the same types (any integer comes back as a Long).
 *
 * <pre>{@code
 * try (RowSpill spill = RowSpill.create(dir.resolve("ledger.rows"))) {
 *     spill.write(row);                       // while the tables are produced
 *     book.sheet("台账", schema, spill.rows()); // after: read back once
 * }
 * }</pre>
 */
public final class RowSpill implements Closeable {
    private static final int BUFFER = 1 << 16;
    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte INTEGER = 2;
    private static final byte DECIMAL = 3;
    private static final byte TRUE = 4;
    private static final byte FALSE = 5;
    private static final byte DATE = 6;

    private final Path file;
    private @Nullable DataOutputStream out;
    private long rows;

    private RowSpill(Path file) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
    }

    /** A new, empty spill file at {@code file} (replaced if it exists); {@link #close} deletes it. */
    public static RowSpill create(Path file) throws IOException {
        return new RowSpill(file);
    }

    /** Appends one row; not after {@link #rows()} was called. */
    public void write(List<?> row) throws IOException {
        DataOutputStream o = out;
        if (o == null) {
            throw new IllegalStateException("the rows of " + file + " are being read back");
        }
        o.writeInt(row.size());
        for (Object v : row) {
            if (v == null) {
                o.writeByte(NULL);
            } else if (v instanceof String s) {
                o.writeByte(TEXT);
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                o.writeInt(bytes.length);
                o.write(bytes);
            } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
                o.writeByte(INTEGER);
                o.writeLong(((Number) v).longValue());
            } else if (v instanceof BigDecimal d) {
                o.writeByte(DECIMAL);
                o.writeUTF(d.toString());
            } else if (v instanceof Boolean b) {
                o.writeByte(b ? TRUE : FALSE);
            } else if (v instanceof LocalDate d) {
                o.writeByte(DATE);
                o.writeLong(d.toEpochDay());
            } else {
                throw new IllegalArgumentException(
                        "a row spill holds no " + v.getClass().getSimpleName() + " (" + v + ")");
            }
        }
        rows++;
    }

    /** Rows written. */
    public long size() {
        return rows;
    }

    /** Finishes writing; each iteration of the result reads the file from its start. */
    public Iterable<List<Object>> rows() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
        return () -> new RowIterator(file);
    }

    /** Deletes the file. */
    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
        Files.deleteIfExists(file);
    }

    private static final class RowIterator implements Iterator<List<Object>> {
        private final DataInputStream in;
        private @Nullable List<Object> next;

        RowIterator(Path file) {
            try {
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            next = read();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public List<Object> next() {
            List<Object> row = next;
            if (row == null) {
                throw new NoSuchElementException();
            }
            next = read();
            return row;
        }

        private @Nullable List<Object> read() {
            try {
                int n;
                try {
                    n = in.readInt();
                } catch (EOFException end) {
                    in.close();
                    return null;
                }
                List<Object> row = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    byte tag = in.readByte();
                    row.add(
                            switch (tag) {
                                case NULL -> null;
                                case TEXT -> new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
                                case INTEGER -> in.readLong();
                                case DECIMAL -> new BigDecimal(in.readUTF());
                                case TRUE -> Boolean.TRUE;
                                case FALSE -> Boolean.FALSE;
                                case DATE -> LocalDate.ofEpochDay(in.readLong());
                                default -> throw new IOException("not a row spill: tag " + tag);
                            });
                }
                return row;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
