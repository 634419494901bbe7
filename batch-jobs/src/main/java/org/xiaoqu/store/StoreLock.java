package org.xiaoqu.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;

/**
 * The one-writer lock of a store: a file lock beside an embedded H2 database, a session-level
 * advisory lock on PostgreSQL. Held for the whole life of a writing job; released by {@link #close()}
 * or, if the process dies, by the operating system or the database closing the session. The holder's
 * host, pid, job and start time are recorded so that a second run can say who holds it.
 */
public abstract sealed class StoreLock implements AutoCloseable {
    /** Advisory lock key: "xq" in its high word, the schema's hash in its low word. */
    private static final int ADVISORY_NAMESPACE = 0x7871;

    final LockHolder holder;

    private StoreLock(LockHolder holder) {
        this.holder = holder;
    }

    /**
     * Takes the store's lock for {@code jobName}, or fails with exit 5 naming the holder.
     *
     * @throws XiaoquException {@link ExitCode#LOCKED} when another run holds it
     */
    public static StoreLock acquire(Store store, String jobName) {
        LockHolder me = LockHolder.current(jobName);
        Path dir = store.settings().embeddedDirectory();
        StoreLock lock;
        if (dir != null) {
            lock = FileStoreLock.acquire(dir.resolve("xiaoqu.lock"), me);
        } else if (store.dialect() == Dialect.POSTGRESQL) {
            lock = AdvisoryStoreLock.acquire(store, me);
        } else {
            lock = new InProcessStoreLock(me);
        }
        lock.recordHolder(store);
        return lock;
    }

    public LockHolder holder() {
        return holder;
    }

    private void recordHolder(Store store) {
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(true);
            try (var delete = c.prepareStatement("DELETE FROM XQ_LOCK_HOLDER WHERE LOCK_ID = 1");
                    var insert = c.prepareStatement(
                            "INSERT INTO XQ_LOCK_HOLDER (LOCK_ID, HOST, PID, JOB_NAME, STARTED_AT) VALUES (1, ?, ?, ?, ?)")) {
                delete.executeUpdate();
                insert.setString(1, holder.host());
                insert.setLong(2, holder.pid());
                insert.setString(3, holder.jobName());
                insert.setTimestamp(4, Timestamp.from(holder.startedAt().toInstant()));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            close();
            throw new XiaoquException(ExitCode.FAILED, "cannot record the store lock's holder: " + e.getMessage(), e);
        }
    }

    /** The holder recorded in the store, for the message of a run that could not take the lock. */
    static @Nullable LockHolder recordedHolder(Store store) {
        try (Connection c = store.dataSource().getConnection();
                var st = c.prepareStatement(
                        "SELECT HOST, PID, JOB_NAME, STARTED_AT FROM XQ_LOCK_HOLDER WHERE LOCK_ID = 1");
                var rs = st.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            OffsetDateTime since = rs.getTimestamp(4)
                    .toInstant()
                    .atZone(ZoneId.systemDefault())
                    .toOffsetDateTime();
            return new LockHolder(rs.getString(1), rs.getLong(2), rs.getString(3), since);
        } catch (SQLException e) {
            return null;
        }
    }

    static XiaoquException locked(@Nullable LockHolder other, String where) {
        String who = other == null ? "another xiaoqu run" : other.describe();
        return new XiaoquException(
                ExitCode.LOCKED,
                "the store " + where + " is locked by " + who
                        + "; wait for it to finish (see `xiaoqu jobs list`), or stop it with `xiaoqu jobs stop ID`");
    }

    @Override
    public abstract void close();

    /** The embedded store: an OS file lock, released when the process ends however it ends. */
    static final class FileStoreLock extends StoreLock {
        private final FileChannel channel;
        private final FileLock lock;

        private FileStoreLock(LockHolder holder, FileChannel channel, FileLock lock) {
            super(holder);
            this.channel = channel;
            this.lock = lock;
        }

        static FileStoreLock acquire(Path file, LockHolder me) {
            FileChannel channel = null;
            try {
                channel = FileChannel.open(
                        file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    String content = readAll(channel);
                    channel.close();
                    throw locked(parse(content), "in " + file.getParent());
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(format(me).getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(false);
                return new FileStoreLock(me, channel, lock);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new XiaoquException(
                        ExitCode.FAILED, "cannot lock the store (" + file + "): " + e.getMessage(), e);
            }
        }

        private static String format(LockHolder h) {
            return h.host() + "\n" + h.pid() + "\n" + h.jobName() + "\n" + h.startedAt() + "\n";
        }

        private static @Nullable LockHolder parse(String content) {
            String[] lines = content.split("\n");
            if (lines.length < 4) {
                return null;
            }
            try {
                return new LockHolder(lines[0], Long.parseLong(lines[1]), lines[2], OffsetDateTime.parse(lines[3]));
            } catch (RuntimeException e) {
                return null;
            }
        }

        private static String readAll(FileChannel channel) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
            channel.read(buffer, 0);
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        }

        private static void closeQuietly(@Nullable FileChannel channel) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // already failing with a better message
                }
            }
        }

        @Override
        public void close() {
            try {
                if (lock.isValid()) {
                    channel.truncate(0);
                    lock.release();
                }
                channel.close();
            } catch (IOException ignored) {
                // the OS releases the lock with the channel in any case
            }
        }
    }

    /** PostgreSQL: a session-level advisory lock on a connection kept open for the job's life. */
    static final class AdvisoryStoreLock extends StoreLock {
        /**
         * How long to wait for a lock whose holder has died on this host: PostgreSQL ends the dead client's
         * session, and with it the lock, once it notices the connection is gone — on a busy server, not at once.
         */
        private static final java.time.Duration DEAD_HOLDER_GRACE = java.time.Duration.ofSeconds(15);

        private final Connection connection;
        private final int key;

        private AdvisoryStoreLock(LockHolder holder, Connection connection, int key) {
            super(holder);
            this.connection = connection;
            this.key = key;
        }

        static AdvisoryStoreLock acquire(Store store, LockHolder me) {
            int key = store.settings().schema().hashCode();
            Connection c = null;
            try {
                c = store.dataSource().getConnection();
                c.setAutoCommit(true);
                long deadline = System.nanoTime() + DEAD_HOLDER_GRACE.toNanos();
                while (!tryLock(c, key)) {
                    LockHolder other = recordedHolder(store);
                    if (!diedOnThisHost(other, me) || System.nanoTime() > deadline) {
                        c.close();
                        throw locked(
                                other,
                                store.settings().displayUrl() + " (schema "
                                        + store.settings().schema() + ")");
                    }
                    // the holder was killed, but its server session has not noticed yet: it ends shortly
                    Thread.sleep(100);
                }
                return new AdvisoryStoreLock(me, c, key);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closeQuietly(c);
                throw new XiaoquException(ExitCode.INTERRUPTED, "interrupted while waiting for the store's lock", e);
            } catch (SQLException e) {
                closeQuietly(c);
                throw new XiaoquException(ExitCode.FAILED, "cannot lock the store: " + e.getMessage(), e);
            }
        }

        private static boolean tryLock(Connection c, int key) throws SQLException {
            try (var st = c.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                st.setInt(1, ADVISORY_NAMESPACE);
                st.setInt(2, key);
                try (var rs = st.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        }

        /** A holder recorded by a process of this host that no longer exists (killed, say, with SIGKILL). */
        private static boolean diedOnThisHost(@Nullable LockHolder other, LockHolder me) {
            return other != null
                    && other.host().equals(me.host())
                    && other.pid() != me.pid()
                    && ProcessHandle.of(other.pid()).map(p -> !p.isAlive()).orElse(true);
        }

        private static void closeQuietly(@Nullable Connection c) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // already failing
                }
            }
        }

        @Override
        public void close() {
            try (connection;
                    var st = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
                st.setInt(1, ADVISORY_NAMESPACE);
                st.setInt(2, key);
                st.execute();
            } catch (SQLException ignored) {
                // closing the session releases the lock anyway
            }
        }
    }

    /** An in-memory H2 store (tests): lives and dies with this process, so a JVM-wide lock suffices. */
    static final class InProcessStoreLock extends StoreLock {
        private static final java.util.concurrent.Semaphore LOCK = new java.util.concurrent.Semaphore(1);
        private static volatile @Nullable LockHolder current;

        InProcessStoreLock(LockHolder me) {
            super(me);
            if (!LOCK.tryAcquire()) {
                throw locked(current, "in this process");
            }
            current = me;
        }

        @Override
        public void close() {
            current = null;
            LOCK.release();
        }
    }
}
