package org.xiaoqu.credit;

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

    /** Appends records to one file. */
    static final class Writer implements Closeable {
        private final DataOutputStream out;
        private final Map<Object, Integer> known = new HashMap<>();
        private long records;

        Writer(Path file) throws IOException {
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
        }

        void write(CreditRecord r) throws IOException {
            shared(r.source());
            text(r.recordId());
            out.writeLong(r.line());
            shared(r.rawCode());
            shared(r.code());
            out.writeByte(r.codeStatus() == null ? NULL : r.codeStatus().ordinal());
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
            out.writeByte(r.state() == null ? NULL : r.state().ordinal());
            records++;
        }

        long records() {
            return records;
        }

        /** A repeating value: its number when seen before, else the number it gets and its text. */
        private void shared(@Nullable String value) throws IOException {
            if (value == null) {
                out.writeInt(NULL);
                return;
            }
            Integer id = known.get(value);
            if (id != null) {
                out.writeInt(id);
                return;
            }
            id = known.size();
            known.put(value, id);
            out.writeInt(id);
            utf8(value);
        }

        private void text(@Nullable String value) throws IOException {
            out.writeBoolean(value != null);
            if (value != null) {
                utf8(value);
            }
        }

        /** Any length (DataOutput's own writeUTF stops at 64 KB). */
        private void utf8(String value) throws IOException {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        private void day(@Nullable LocalDate date) throws IOException {
            out.writeInt(date == null ? NO_DAY : (int) date.toEpochDay());
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Reads a file written by {@link Writer}, in its order. */
    static final class Reader implements Closeable {
        private final DataInputStream in;
        private final List<String> values = new ArrayList<>();
        private final Map<String, BigDecimal> decimals = new HashMap<>();
        private final Map<Integer, LocalDate> days = new HashMap<>();

        Reader(Path file) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
        }

        /** The next record, null at the end of the file. */
        @Nullable
        CreditRecord next() throws IOException {
            String source;
            try {
                source = shared();
            } catch (EOFException end) {
                return null;
            }
            String recordId = text();
            long line = in.readLong();
            String rawCode = shared();
            String code = shared();
            int codeStatus = in.readByte();
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
            int state = in.readByte();
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
            int id = in.readInt();
            if (id == NULL) {
                return null;
            }
            if (id == values.size()) {
                values.add(utf8());
            }
            return values.get(id);
        }

        private @Nullable String text() throws IOException {
            return in.readBoolean() ? utf8() : null;
        }

        private String utf8() throws IOException {
            return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
        }

        private LocalDate day() throws IOException {
            int d = in.readInt();
            return d == NO_DAY ? null : days.computeIfAbsent(d, LocalDate::ofEpochDay);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
