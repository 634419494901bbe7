package org.xiaoqu.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xiaoqu.store.StoreSettings;

/**
 * A run's output folder, written under a hidden temporary name and renamed into place only when the
 * run completed, so that a reader never sees half a run. With {@code --out DIR} the run's folder is
 * DIR (an earlier DIR is replaced only once the new one is complete); by default it is
 * {@code out/<job>/<execution id>}. The temporary folder of an attempt that did not complete is removed
 * when the attempt ends or, when its process was killed, by a later run of the same store
 * ({@link #discardStale}).
 */
public final class OutputFolder {
    private static final Logger log = LoggerFactory.getLogger(OutputFolder.class);
    private static final String PARTIAL = ".partial-";

    private final @Nullable Path explicit;
    private final Path jobRoot;
    private @Nullable Path work;

    private OutputFolder(@Nullable Path explicit, Path jobRoot) {
        this.explicit = explicit;
        this.jobRoot = jobRoot;
    }

    /** The plan for a run of {@code job}: {@code explicit} if given, else {@code defaultRoot/job/<id>}. */
    public static OutputFolder plan(@Nullable Path explicit, Path defaultRoot, String job) {
        Path abs = explicit == null ? null : explicit.toAbsolutePath().normalize();
        return new OutputFolder(
                abs, abs == null ? defaultRoot.toAbsolutePath().normalize().resolve(job) : abs.getParent());
    }

    /**
     * Creates and returns the temporary folder the job writes into, named for the store {@code owner} stands for
     * ({@link #owner}); first removes the folders that attempts of that store killed earlier left beside it. Call it
     * under the store's lock.
     */
    public Path begin(String owner) {
        try {
            Files.createDirectories(jobRoot);
            try (Stream<Path> beside = Files.list(jobRoot)) {
                discardStale(owner, beside.toList());
            }
            String base = explicit == null ? "run" : explicit.getFileName().toString();
            work = Files.createTempDirectory(jobRoot, "." + base + PARTIAL + owner + "-");
            return work;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder under " + jobRoot, e);
        }
    }

    /** The folder given with {@code --out}, if one was: the run's folder itself. */
    public @Nullable Path explicit() {
        return explicit;
    }

    /** Renames the finished folder into place and returns its final path. */
    public Path commit(long executionId) {
        Path to = intoPlace(requireWork(), explicit, executionId, true);
        work = null;
        return to;
    }

    /**
     * Renames the temporary folder {@code work} of a completed run into the place the run meant it for: {@code
     * explicit} ({@code --out}), else beside it, named by the run's id. A folder already there is replaced, or, when
     * not {@code replace}, kept, and the run's goes beside it as {@code <name>.run-<id>}: for a run whose process was
     * killed between completing and renaming, moved by a later run ({@code JobRunner}), when another job may have
     * written there since.
     */
    static Path intoPlace(Path work, @Nullable Path explicit, long executionId, boolean replace) {
        Path root = work.toAbsolutePath().getParent();
        Path to = explicit != null ? explicit : root.resolve(Long.toString(executionId));
        if (!replace && Files.exists(to)) {
            to = to.resolveSibling(to.getFileName() + ".run-" + executionId);
        }
        try {
            Path old = null;
            if (Files.exists(to)) {
                old = root.resolve("." + to.getFileName() + ".old-" + System.nanoTime());
                move(to, old);
            }
            move(work, to);
            if (old != null) {
                deleteTree(old);
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the finished output into " + to, e);
        }
    }

    /** Removes the temporary folder of a run that did not complete. */
    public void discard() {
        if (work != null) {
            try {
                deleteTree(work);
            } catch (IOException ignored) {
                // a hidden leftover does no harm; the next run uses a fresh name
            }
            work = null;
        }
    }

    /**
     * A short name for a store (a hash of its URL and schema), which its runs' temporary folders carry: several stores
     * may write into one output folder, and only a run holding a store's lock may judge that store's folders dead.
     */
    public static String owner(StoreSettings store) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((store.displayUrl() + "\n" + store.schema()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Removes, of {@code dirs}, the temporary folders of runs of the store {@code owner} stands for, with whatever the
     * job had written there (a half-written CSV, the credit reconcile's spill files). Called under that store's lock,
     * when no run of the store is writing into one: each is what a killed attempt left, since an attempt that ends
     * removes or renames its own, and a restart writes into a new one. Returns those it removed.
     */
    static List<Path> discardStale(String owner, Collection<Path> dirs) {
        List<Path> removed = new ArrayList<>();
        for (Path dir : dirs) {
            Path name = dir.getFileName();
            if (name == null
                    || !name.toString().startsWith(".")
                    || !name.toString().contains(PARTIAL + owner + "-")
                    || !Files.isDirectory(dir)) {
                continue;
            }
            try {
                deleteTree(dir);
                removed.add(dir);
                log.info("removed {}, the output folder of a run that did not complete", dir);
            } catch (IOException e) {
                log.warn(
                        "could not remove {}, the output folder of a run that did not complete: {}", dir, e.toString());
            }
        }
        return removed;
    }

    private Path requireWork() {
        if (work == null) {
            throw new IllegalStateException("begin() was not called");
        }
        return work;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
