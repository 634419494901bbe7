package org.xiaoqu.credit;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.CreditCode;
import org.xiaoqu.credit.internal.LongIntMap;

/**
 * {@link CreditRecord}s in temporary binary files, so that the records of millions of rows wait on disk rather than
 * on the heap between reading and reconciling.
 *
 * <p>Values that repeat across records (sources, codes, names, items, states, points) are not written at all: a
 * source's files share one {@link Dictionary} in memory, which numbers each distinct value once, and a record holds
 * their numbers. Only what is the record's own (its id, its document number) is written as text; dates are day
 * numbers. A reader therefore hands out one shared instance of each repeated value, and a record is a <em>frame</em>
 * of bytes that starts with its length and its code's number, so that a frame can be routed and copied to another
 * file of the same source without being decoded ({@link Reader#copyTo}). A file is read back in the order it was
 * written.
 */
final class RecordSpill {
    private static final int BUFFER = 1 << 16;
    private static final int NULL = -1;
    private static final int NO_DAY = Integer.MIN_VALUE;
    private static final int FIRST_DAY = (int) LocalDate.of(1990, 1, 1).toEpochDay();
    private static final int DAYS = (int) (LocalDate.of(2090, 1, 1).toEpochDay() - FIRST_DAY);
    /** Bytes of a frame's fixed start: its length, the code's number, the code's verdict. */
    private static final int HEAD = 4 + 4 + 1;
    /** Where a frame's own texts start: after its head, its line and twelve numbers. */
    private static final int TEXTS = HEAD + 8 + 4 * 12;

    private static final CreditCode.Status[] STATUSES = CreditCode.Status.values();
    private static final RecordState[] STATES = RecordState.values();

    private RecordSpill() {}

    /**
     * The distinct repeated values of one source's records, each numbered once: codes, names, and the rest (items,
     * states, issuers, points: a few hundred) each in a table of their own, so that looking up the rest stays in the
     * processor's cache. Filled by the source's one writer; read by any number of readers once writing is over
     * (hand it to them through a future or a join).
     */
    static final class Dictionary {
        private final Values codes = new Values();
        private final Values names = new Values();
        private final Values others = new Values();
        private final Pairs pairs = new Pairs();

        /**
         * The number of a (code, name) pair, given one when new: one lookup per record where a code and a name
         * looked up apart took two, each in a table too large for the processor's cache.
         */
        int pair(String code, String name) {
            return pairs.id(code, name, this);
        }

        /** The number of the code of pair {@code pair}. */
        int pairCode(int pair) {
            return pairs.codes[pair];
        }

        /** The number of the name of pair {@code pair}. */
        int pairName(int pair) {
            return pairs.names[pair];
        }

        /** Distinct pairs numbered so far. */
        int pairs() {
            return pairs.size;
        }

        /** The number of a code, given one when new; {@code -1} for null. */
        int code(@Nullable String code) {
            return codes.id(code);
        }

        /** The code numbered {@code id}; null for {@code -1}. */
        @Nullable
        String code(int id) {
            return codes.value(id);
        }

        /** Distinct codes numbered so far. */
        int codes() {
            return codes.size();
        }

        int name(@Nullable String name) {
            return names.id(name);
        }

        @Nullable
        String name(int id) {
            return names.value(id);
        }

        int other(@Nullable String value) {
            return others.id(value);
        }

        @Nullable
        String other(int id) {
            return others.value(id);
        }
    }

    /**
     * (code, name) pairs numbered in the order first seen, found by two independent 64-bit hashes of the pair (open
     * addressing, both hashes and the number side by side in one array: one cache line a probe). Two pairs that
     * differ share both hashes with odds of about n²/2¹²⁹ — never, for the millions of pairs a province holds.
     */
    private static final class Pairs {
        /** Per slot: first hash, second hash, number + 1 (0: empty). */
        private long[] slots = new long[3 * 1024];

        private int[] codes = new int[1024];
        private int[] names = new int[1024];
        private int size;

        int id(String code, String name, Dictionary dictionary) {
            long a = 0xcbf29ce484222325L;
            long b = 0x9E3779B97F4A7C15L;
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                a = (a ^ c) * 0x100000001b3L;
                b = Long.rotateLeft(b ^ c, 23) * 0xff51afd7ed558ccdL;
            }
            a = (a ^ 0xFFFF) * 0x100000001b3L; // between the two: ("ab", "c") is not ("a", "bc")
            b = Long.rotateLeft(b ^ 0xFFFF, 23) * 0xff51afd7ed558ccdL;
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                a = (a ^ c) * 0x100000001b3L;
                b = Long.rotateLeft(b ^ c, 23) * 0xff51afd7ed558ccdL;
            }
            a = LongIntMap.mix(a ^ code.length() ^ ((long) name.length() << 32));
            b = LongIntMap.mix(b);
            int mask = slots.length / 3 - 1;
            for (int i = (int) a & mask; ; i = (i + 1) & mask) {
                int at = 3 * i;
                long v = slots[at + 2];
                if (v == 0) {
                    int id = size++;
                    if (id == codes.length) {
                        codes = Arrays.copyOf(codes, 2 * id);
                        names = Arrays.copyOf(names, 2 * id);
                    }
                    codes[id] = dictionary.code(code);
                    names[id] = dictionary.name(name);
                    slots[at] = a;
                    slots[at + 1] = b;
                    slots[at + 2] = id + 1L;
                    if (2 * size > mask) {
                        grow();
                    }
                    return id;
                }
                if (slots[at] == a && slots[at + 1] == b) {
                    return (int) v - 1;
                }
            }
        }

        private void grow() {
            long[] old = slots;
            slots = new long[2 * old.length];
            int mask = slots.length / 3 - 1;
            for (int at = 0; at < old.length; at += 3) {
                if (old[at + 2] != 0) {
                    int i = (int) old[at] & mask;
                    while (slots[3 * i + 2] != 0) {
                        i = (i + 1) & mask;
                    }
                    System.arraycopy(old, at, slots, 3 * i, 3);
                }
            }
        }
    }

    /**
     * Distinct values numbered in the order first seen, found by open addressing over their hash codes: each slot holds
     * a value's hash beside its number (one memory access a probe, and no map node or boxed number per value — a
     * province's million codes and names were three million small objects the collector traced at every full
     * collection). The last value looked up is remembered (records come in runs).
     */
    private static final class Values {
        /** Per slot: the value's hash code in the high half, its number + 1 in the low half (0: an empty slot). */
        private long[] slots = new long[1024];

        private String[] values = new String[512];
        private int size;
        private @Nullable String last;
        private int lastId;

        int id(@Nullable String value) {
            if (value == null) {
                return NULL;
            }
            if (value.equals(last)) {
                return lastId;
            }
            int hash = value.hashCode();
            int mask = slots.length - 1;
            int id;
            for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
                long slot = slots[i];
                if (slot == 0) {
                    id = add(value);
                    slots[i] = ((long) hash << 32) | (id + 1L);
                    if (2 * size > slots.length) {
                        grow();
                    }
                    break;
                }
                if ((int) (slot >>> 32) == hash && values[(int) slot - 1].equals(value)) {
                    id = (int) slot - 1;
                    break;
                }
            }
            last = value;
            lastId = id;
            return id;
        }

        private int add(String value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size] = value;
            return size++;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[2 * old.length];
            int mask = slots.length - 1;
            for (long slot : old) {
                if (slot != 0) {
                    int i = spread((int) (slot >>> 32)) & mask;
                    while (slots[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    slots[i] = slot;
                }
            }
        }

        /** A string's hash code mixed so that its low bits, which pick the slot, depend on all of it. */
        private static int spread(int hash) {
            int h = hash * 0x9E3779B9;
            return h ^ (h >>> 16);
        }

        int size() {
            return size;
        }

        @Nullable
        String value(int id) {
            return id == NULL ? null : values[id];
        }
    }

    /**
     * Appends records to one file, through a buffer of its own (DataOutputStream over a BufferedOutputStream takes a
     * lock per byte of every number).
     */
    static final class Writer implements Closeable {
        private final FileChannel channel;
        private final Dictionary dictionary;
        private ByteBuffer out = ByteBuffer.allocate(BUFFER);
        private long records;
        private int pairId;

        Writer(Path file, Dictionary dictionary) throws IOException {
            this.channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            this.dictionary = dictionary;
        }

        /** Writes a record, numbering its repeated values in the dictionary. */
        void write(CreditRecord r) throws IOException {
            byte[] recordId = r.recordId().getBytes(StandardCharsets.UTF_8);
            byte[] document = r.documentNo() == null ? null : r.documentNo().getBytes(StandardCharsets.UTF_8);
            int length = TEXTS + 4 + recordId.length + 4 + (document == null ? 0 : document.length) + 1;
            room(length);
            int start = out.position();
            pairId = dictionary.pair(r.code(), r.name());
            int codeId = dictionary.pairCode(pairId);
            int nameId = dictionary.pairName(pairId);
            out.putInt(length - 4);
            out.putInt(codeId);
            out.put((byte) (r.codeStatus() == null ? NULL : r.codeStatus().ordinal()));
            out.putLong(r.line());
            out.putInt(dictionary.other(r.source()));
            out.putInt(r.rawCode().equals(r.code()) ? codeId : dictionary.code(r.rawCode()));
            out.putInt(nameId);
            out.putInt(dictionary.other(r.item()));
            out.putInt(dictionary.other(r.itemName()));
            out.putInt(dictionary.other(r.category()));
            out.putInt((int) r.date().toEpochDay());
            out.putInt(dictionary.other(r.issuer()));
            out.putInt(dictionary.other(r.points() == null ? null : r.points().toString()));
            out.putInt(r.validUntil() == null ? NO_DAY : (int) r.validUntil().toEpochDay());
            out.putInt(dictionary.other(r.status()));
            out.putInt(r.state() == null ? NULL : r.state().ordinal());
            assert out.position() - start == TEXTS;
            bytes(recordId);
            bytes(document);
            out.put((byte) 0); // reserved: keeps a frame's last byte a known one for the reader's check
            assert out.position() - start == length;
            records++;
        }

        /** The dictionary number of the (code, name) pair of the record written last. */
        int pairId() {
            return pairId;
        }

        private void bytes(byte @Nullable [] b) {
            if (b == null) {
                out.putInt(NULL);
            } else {
                out.putInt(b.length);
                out.put(b);
            }
        }

        /** Appends a frame as it is (a frame of a file of the same dictionary). */
        void copy(ByteBuffer frame) throws IOException {
            room(frame.remaining());
            out.put(frame);
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

        @Override
        public void close() throws IOException {
            try (channel) {
                drain();
            }
        }
    }

    /** Reads a file written by {@link Writer}, in its order, a frame at a time. */
    static final class Reader implements Closeable {
        private final FileChannel channel;
        private final Dictionary dictionary;
        private ByteBuffer in = ByteBuffer.allocate(BUFFER).flip();
        private final Map<Integer, BigDecimal> decimals = new HashMap<>();
        /** Dates from 1990 to 2089 shared (records of one enterprise repeat a few hundred days). */
        private final LocalDate[] days = new LocalDate[DAYS];
        /** Where the current frame starts in {@link #in}, and its length with the length's own four bytes. */
        private int frame = -1;

        private int frameLength;

        Reader(Path file, Dictionary dictionary) throws IOException {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
            this.dictionary = dictionary;
        }

        /** Moves to the next frame; false at the end of the file. */
        boolean nextFrame() throws IOException {
            if (frame >= 0) {
                in.position(frame + frameLength);
            }
            if (!fill(4)) {
                if (in.hasRemaining()) {
                    throw new EOFException("a spill file ends inside a record");
                }
                frame = -1;
                return false;
            }
            int length = 4 + in.getInt(in.position());
            if (!fill(length)) {
                throw new EOFException("a spill file ends inside a record");
            }
            frame = in.position();
            frameLength = length;
            return true;
        }

        /** The dictionary number of the current frame's code. */
        int codeId() {
            return in.getInt(frame + 4);
        }

        /** Whether the current frame's code is present and valid. */
        boolean validCode() {
            return in.get(frame + 8) == CreditCode.Status.VALID.ordinal();
        }

        /** The current frame's document number, without decoding the rest. */
        @Nullable
        String documentNo() {
            int recordId = in.getInt(frame + TEXTS);
            return text(in.duplicate().position(frame + TEXTS + 4 + Math.max(0, recordId)));
        }

        /** Appends the current frame to {@code to} as it is. */
        void copyTo(Writer to) throws IOException {
            to.copy(in.duplicate().limit(frame + frameLength).position(frame));
        }

        /** The current frame's record. */
        CreditRecord record() throws IOException {
            ByteBuffer b = in.duplicate().position(frame + 8);
            int codeStatus = b.get();
            long line = b.getLong();
            String source = required(dictionary.other(b.getInt()));
            String rawCode = required(dictionary.code(b.getInt()));
            String code = dictionary.code(in.getInt(frame + 4));
            String name = required(dictionary.name(b.getInt()));
            String item = required(dictionary.other(b.getInt()));
            String itemName = dictionary.other(b.getInt());
            String category = dictionary.other(b.getInt());
            LocalDate date = required(day(b.getInt()));
            String issuer = dictionary.other(b.getInt());
            int pointsId = b.getInt();
            String points = dictionary.other(pointsId);
            LocalDate validUntil = day(b.getInt());
            String status = dictionary.other(b.getInt());
            int state = b.getInt();
            String recordId = text(b);
            String documentNo = text(b);
            if (b.get() != 0 || b.position() != frame + frameLength) {
                throw new IOException("a spill file's record is damaged");
            }
            return new CreditRecord(
                    source,
                    recordId == null ? "" : recordId,
                    line,
                    rawCode,
                    code == null ? "" : code,
                    codeStatus == NULL ? null : STATUSES[codeStatus],
                    name,
                    item,
                    itemName,
                    category,
                    date,
                    documentNo,
                    issuer,
                    points == null ? null : decimals.computeIfAbsent(pointsId, k -> new BigDecimal(points)),
                    validUntil,
                    status,
                    state == NULL ? null : STATES[state]);
        }

        /** The next record, null at the end of the file. */
        @Nullable
        CreditRecord next() throws IOException {
            return nextFrame() ? record() : null;
        }

        /** Makes {@code bytes} more bytes available from the position on; false at the end of the file. */
        private boolean fill(int bytes) throws IOException {
            if (in.remaining() >= bytes) {
                return true;
            }
            if (in.capacity() < bytes) {
                in = ByteBuffer.allocate(Math.max(bytes, 2 * in.capacity()))
                        .put(in)
                        .flip();
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

        private static <T> T required(@Nullable T value) throws IOException {
            if (value == null) {
                throw new IOException("a spill file's record lacks a value it must have");
            }
            return value;
        }

        private static @Nullable String text(ByteBuffer b) {
            int length = b.getInt();
            if (length == NULL) {
                return null;
            }
            String s = new String(b.array(), b.arrayOffset() + b.position(), length, StandardCharsets.UTF_8);
            b.position(b.position() + length);
            return s;
        }

        private @Nullable LocalDate day(int d) {
            if (d == NO_DAY) {
                return null;
            }
            int i = d - FIRST_DAY;
            if (i < 0 || i >= days.length) {
                return LocalDate.ofEpochDay(d);
            }
            LocalDate date = days[i];
            if (date == null) {
                date = LocalDate.ofEpochDay(d);
                days[i] = date;
            }
            return date;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
