package org.xiaoqu.grid;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.source.SourceSpec;

/**
 * One configured source the merge reads: its id, department, kind ({@code grid-membership}, {@code grid-cell} or
 * {@code estate}), declared coordinate system, its files, and their checksum (part of the run's identity); or, with
 * {@code --from-store}, the load of it that {@code import} published (then {@code load} is set and the rows are read
 * from its staging table).
 */
public record GridSource(
        String id,
        String department,
        String kind,
        String crs,
        List<SourceSpec> specs,
        String checksum,
        @Nullable Long load) {
    /** A source read from its files. */
    public GridSource(String id, String department, String kind, String crs, List<SourceSpec> specs, String checksum) {
        this(id, department, kind, crs, specs, checksum, null);
    }

    public GridSource {
        specs = List.copyOf(specs);
    }
}
