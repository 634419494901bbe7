package org.xiaoqu.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.config.Nearest;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.schemas.InputKind;
import org.xiaoqu.source.Encoding;
import org.xiaoqu.source.RejectBudget;
import org.xiaoqu.source.SourceSpec;

/** Resolves configured sources to files, budgets and identities; shared by {@code validate} and {@code import}. */
public final class Sources {
    /** Reject-budget flags that override every source's configured budget. */
    public record BudgetOverride(@Nullable Long maxRejects, @Nullable Double maxRejectRatio) {
        public static final BudgetOverride NONE = new BudgetOverride(null, null);
    }

    /** A ratio that never binds: the budget is the row count alone. */
    public static final double NO_RATIO = 1.0;

    private Sources() {}

    /** The sources named by {@code ids} (all of them when empty), in configuration order. */
    public static List<XiaoquConfig.Source> select(XiaoquConfig config, List<String> ids) {
        if (config.sources().isEmpty()) {
            throw XiaoquException.usage((config.file() == null
                            ? "no configuration file (xiaoqu.yaml) found"
                            : config.file() + " declares no sources")
                    + "; create one with `xiaoqu init`, or give -c FILE");
        }
        if (ids.isEmpty()) {
            return config.sources();
        }
        List<String> known =
                config.sources().stream().map(XiaoquConfig.Source::id).toList();
        List<XiaoquConfig.Source> selected = new ArrayList<>();
        for (String id : ids) {
            selected.add(config.source(id)
                    .orElseThrow(() -> XiaoquException.usage("no source '" + id + "' in " + config.file()
                            + Nearest.hint(id, known) + " (sources: " + String.join(", ", known) + ")")));
        }
        return selected;
    }

    /** Resolves a source's file or glob now, computing its checksum. No file is exit 3. */
    public static SourceFiles resolve(XiaoquConfig config, XiaoquConfig.Source source, BudgetOverride override) {
        List<Path> files = files(config.baseDir(), source);
        List<SourceSpec> specs = specs(source, files, override);
        long size = 0;
        for (Path f : files) {
            size += sizeOf(f);
        }
        LocalDate date = source.businessDate() != null ? source.businessDate() : modified(files.get(0));
        return new SourceFiles(
                source.id(), source.department(), InputKind.of(source.kind()), specs, date, checksum(files), size);
    }

    /**
     * What reading a source's file or glob needs, without its checksum: for a job that has identified its input
     * already and reads it now (hashing hundreds of megabytes again costs a second or more). No file is exit 3.
     */
    public static List<SourceSpec> specs(XiaoquConfig config, XiaoquConfig.Source source, BudgetOverride override) {
        return specs(source, files(config.baseDir(), source), override);
    }

    private static List<SourceSpec> specs(XiaoquConfig.Source source, List<Path> files, BudgetOverride override) {
        InputKind kind = InputKind.of(source.kind());
        // a row budget given on the command line stands alone unless a ratio is given with it
        double ratio = override.maxRejectRatio() != null
                ? override.maxRejectRatio()
                : override.maxRejects() != null ? NO_RATIO : source.maxRejectRatio();
        RejectBudget budget =
                new RejectBudget(override.maxRejects() != null ? override.maxRejects() : source.maxRejects(), ratio);
        List<SourceSpec> specs = new ArrayList<>();
        for (Path file : files) {
            specs.add(new SourceSpec(
                    source.id(),
                    source.department(),
                    kind,
                    file,
                    Encoding.of(source.encoding()),
                    source.sheet(),
                    source.columns(),
                    source.crs(),
                    budget));
        }
        return specs;
    }

    static List<Path> files(Path baseDir, XiaoquConfig.Source source) {
        String pattern = source.file();
        boolean glob = pattern.contains("*") || pattern.contains("?") || pattern.contains("[");
        if (!glob) {
            Path file = baseDir.resolve(pattern).normalize();
            if (!Files.isRegularFile(file)) {
                throw new XiaoquException(
                        ExitCode.INPUT_REJECTED,
                        "source " + source.id() + ": file " + file + " not found (check `file:` in the configuration)");
            }
            return List.of(file);
        }
        Path full = baseDir.resolve(pattern).normalize();
        Path dir = full.getParent();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + full.getFileName());
        List<Path> matched;
        try (Stream<Path> list = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
            matched = list.filter(p -> Files.isRegularFile(p) && matcher.matches(p.getFileName()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new XiaoquException(
                    ExitCode.INPUT_REJECTED,
                    "source " + source.id() + ": cannot list " + dir + ": " + e.getMessage(),
                    e);
        }
        if (matched.isEmpty()) {
            throw new XiaoquException(
                    ExitCode.INPUT_REJECTED,
                    "source " + source.id() + ": no file matches " + full + " (check `file:`)");
        }
        return matched;
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new XiaoquException(ExitCode.INPUT_REJECTED, "cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private static LocalDate modified(Path file) {
        try {
            return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            throw new XiaoquException(ExitCode.INPUT_REJECTED, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** SHA-256 of one file's bytes; for several, of their names and digests in order. */
    static String checksum(List<Path> files) {
        if (files.size() == 1) {
            return HexFormat.of().formatHex(digest(files.get(0)));
        }
        MessageDigest all = sha256();
        for (Path f : files) {
            all.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            all.update(digest(f));
        }
        return HexFormat.of().formatHex(all.digest());
    }

    private static byte[] digest(Path file) {
        MessageDigest md = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new XiaoquException(ExitCode.INPUT_REJECTED, "cannot read " + file + ": " + e.getMessage(), e);
        }
        return md.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
