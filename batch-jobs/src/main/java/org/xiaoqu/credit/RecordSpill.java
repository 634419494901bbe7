package org.xiaoqu.credit;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.CreditCode;

/**
 * {@link CreditRecord}s in a temporary binary file, so that the records of millions of rows wait on disk rather than
 * on the heap between reading and reconciling. Values that repeat across records (sources, codes, names, items,
 * states, points) are written once per file and referred to by number afterwards, which keeps the file small and
 * gives a reader one shared instance of each; dates are day numbers. A file is read back in the order it was
 * written.
 */
final class RecordSpill {
    private static final int BUFFER = 1 << 16;
    private static final int NULL = -1;
    private static final int NO_DAY = Integer.MIN_VALUE;
    private static final CreditCode.Status[] STATUSES = CreditCode.Status.values();
    private static final RecordState[] STATES = RecordState.values();

    private RecordSpill() {}

    /**
     * Appends records to one file, through a buffer of its own (DataOutputStream over a BufferedOutputStream takes a
     * lock per byte of every number).
     */
    static final class Writer implements Closeable {
        private final FileChannel channel;
        private ByteBuffer out = ByteBuffer.allocate(BUFFER);
        private final Map<Object, Integer> known = new HashMap<>();
        private long records;

        Writer(Path file) throws IOException {
            this.channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        }

        void write(CreditRecord r) throws IOException {
            room(64);
            shared(r.source());
            text(r.recordId());
            room(64);
            out.putLong(r.line());
            shared(r.rawCode());
            shared(r.code());
            room(64);
            out.put((byte) (r.codeStatus() == null ? NULL : r.codeStatus().ordinal()));
            shared(r.name());
            shared(r.item());
            shared(r.itemName());
            shared(r.category());
            day(r.date());
            text(r.documentNo());
            shared(r.issuer());
            shared(r.points() == null ? null : r.points().toString());
            day(r.validUntil());
            shared(r.status());
            room(1);
            out.put((byte) (r.state() == null ? NULL : r.state().ordinal()));
            records++;
        }

        /** Makes room for {@code bytes} more bytes, writing out what the buffer holds if need be. */
        private void room(int bytes) throws IOException {
            if (out.remaining() >= bytes) {
                return;
            }
            drain();
            if (out.capacity() < bytes) {
                out = ByteBuffer.allocate(bytes);
            }
        }

        private void drain() throws IOException {
            out.flip();
            while (out.hasRemaining()) {
                channel.write(out);
            }
            out.clear();
        }

        long records() {
            return records;
        }

        /** A repeating value: its number when seen before, else the number it gets and its text. */
        private void shared(@Nullable String value) throws IOException {
            room(4);
            if (value == null) {
                out.putInt(NULL);
                return;
            }
            Integer id = known.get(value);
            if (id != null) {
                out.putInt(id);
                return;
            }
            id = known.size();
            known.put(value, id);
            out.putInt(id);
            utf8(value);
        }

        private void text(@Nullable String value) throws IOException {
            room(1);
            out.put((byte) (value == null ? 0 : 1));
            if (value != null) {
                utf8(value);
            }
        }

        /** Any length (DataOutput's writeUTF stops at 64 KB). */
        private void utf8(String value) throws IOException {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            room(4 + bytes.length);
            out.putInt(bytes.length);
            out.put(bytes);
        }

        private void day(@Nullable LocalDate date) throws IOException {
            room(4);
            out.putInt(date == null ? NO_DAY : (int) date.toEpochDay());
        }

        @Override
        public void close() throws IOException {
            try (channel) {
                drain();
            }
        }
    }

    /** Reads a file written by {@link Writer}, in its order. */
    static final class Reader implements Closeable {
        private final FileChannel channel;
        private ByteBuffer in = ByteBuffer.allocate(BUFFER).flip();
        private final List<String> values = new ArrayList<>();
        private final Map<String, BigDecimal> decimals = new HashMap<>();
        private final Map<Integer, LocalDate> days = new HashMap<>();

        Reader(Path file) throws IOException {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
        }

        /** Makes {@code bytes} more bytes available; false at the end of the file. */
        private boolean fill(int bytes) throws IOException {
            if (in.remaining() >= bytes) {
                return true;
            }
            if (in.capacity() < bytes) {
                in = ByteBuffer.allocate(bytes).put(in).flip();
            }
            in.compact();
            while (in.position() < bytes) {
                if (channel.read(in) < 0) {
                    in.flip();
                    return false;
                }
            }
            in.flip();
            return true;
        }

        private void need(int bytes) throws IOException {
            if (!fill(bytes)) {
                throw new EOFException("a spill file ends inside a record");
            }
        }

        /** The next record, null at the end of the file. */
        @Nullable
        CreditRecord next() throws IOException {
            if (!fill(4)) {
                if (in.hasRemaining()) {
                    throw new EOFException("a spill file ends inside a record");
                }
                return null;
            }
            String source = shared();
            String recordId = text();
            need(8);
            long line = in.getLong();
            String rawCode = shared();
            String code = shared();
            need(1);
            int codeStatus = in.get();
            String name = shared();
            String item = shared();
            String itemName = shared();
            String category = shared();
            LocalDate date = day();
            String documentNo = text();
            String issuer = shared();
            String points = shared();
            LocalDate validUntil = day();
            String status = shared();
            need(1);
            int state = in.get();
            return new CreditRecord(
                    source,
                    recordId == null ? "" : recordId,
                    line,
                    rawCode,
                    code,
                    codeStatus == NULL ? null : STATUSES[codeStatus],
                    name,
                    item,
                    itemName,
                    category,
                    date,
                    documentNo,
                    issuer,
                    points == null ? null : decimals.computeIfAbsent(points, BigDecimal::new),
                    validUntil,
                    status,
                    state == NULL ? null : STATES[state]);
        }

        /** Every record of the file. */
        static List<CreditRecord> readAll(Path file) {
            List<CreditRecord> all = new ArrayList<>();
            try (Reader reader = new Reader(file)) {
                for (CreditRecord r; (r = reader.next()) != null; ) {
                    all.add(r);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the spilled records of " + file, e);
            }
            return all;
        }

        private String shared() throws IOException {
            need(4);
            int id = in.getInt();
            if (id == NULL) {
                return null;
            }
            if (id == values.size()) {
                values.add(utf8());
            }
            return values.get(id);
        }

        private @Nullable String text() throws IOException {
            need(1);
            return in.get() != 0 ? utf8() : null;
        }

        private String utf8() throws IOException {
            need(4);
            int length = in.getInt();
            need(length);
            String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
            return s;
        }

        private LocalDate day() throws IOException {
            need(4);
            int d = in.getInt();
            return d == NO_DAY ? null : days.computeIfAbsent(d, LocalDate::ofEpochDay);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
