package org.xiaoqu.grid.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Files of {@link MergeRecord}s in the run's work folder: one per district, written once, read whole. */
public final class Spill {
    private Spill() {}

    /** An append-only writer of records. */
    public static final class Writer implements Closeable {
        private final DataOutputStream out;
        private long count;

        public Writer(Path file) {
            try {
                out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void write(MergeRecord r) {
            try {
                r.write(out);
                count++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public long count() {
            return count;
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static List<MergeRecord> readAll(Path file) {
        List<MergeRecord> all = new ArrayList<>();
        forEach(file, all::add);
        return all;
    }

    public static void forEach(Path file, Consumer<MergeRecord> action) {
        if (!Files.exists(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (MergeRecord r; (r = MergeRecord.read(in)) != null; ) {
                action.accept(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
