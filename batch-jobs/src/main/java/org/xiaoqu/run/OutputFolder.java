package org.xiaoqu.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.jspecify.annotations.Nullable;

/**
 * A run's output folder, written under a hidden temporary name and renamed into place only when the
 * run completed, so that a reader never sees half a run. With {@code --out DIR} the run's folder is
 * DIR (an earlier DIR is replaced only once the new one is complete); by default it is
 * {@code out/<job>/<execution id>}.
 */
public final class OutputFolder {
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

    /** Creates and returns the temporary folder the job writes into. */
    public Path begin() {
        try {
            Files.createDirectories(jobRoot);
            String base = explicit == null ? "run" : explicit.getFileName().toString();
            work = Files.createTempDirectory(jobRoot, "." + base + ".partial-");
            return work;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder under " + jobRoot, e);
        }
    }

    /** Renames the finished folder into place and returns its final path. */
    public Path commit(long executionId) {
        Path from = requireWork();
        Path to = explicit != null ? explicit : jobRoot.resolve(Long.toString(executionId));
        try {
            Path old = null;
            if (Files.exists(to)) {
                old = jobRoot.resolve("." + to.getFileName() + ".old-" + System.nanoTime());
                move(to, old);
            }
            move(from, to);
            if (old != null) {
                deleteTree(old);
            }
            work = null;
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
