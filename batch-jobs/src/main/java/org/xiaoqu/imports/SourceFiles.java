package org.xiaoqu.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.xiaoqu.schemas.InputKind;
import org.xiaoqu.source.SourceSpec;

/**
 * One configured source resolved to the files it names now (a glob may name several: they load as one),
 * with the identity of this input: source, business date and checksum.
 *
 * @param specs one spec per file, in file-name order
 * @param checksum SHA-256 of the files' contents (of their names and digests, for several)
 * @param size the files' total size in bytes
 */
public record SourceFiles(
        String id,
        String department,
        InputKind kind,
        List<SourceSpec> specs,
        LocalDate businessDate,
        String checksum,
        long size) {
    public SourceFiles {
        specs = List.copyOf(specs);
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("a source needs at least one file");
        }
    }

    /** The files, for messages. */
    public List<Path> files() {
        return specs.stream().map(SourceSpec::file).toList();
    }
}
