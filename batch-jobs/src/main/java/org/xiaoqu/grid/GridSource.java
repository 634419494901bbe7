package org.xiaoqu.grid;

import java.util.List;
import org.xiaoqu.source.SourceSpec;

/**
 * One configured source the merge reads: its id, department, kind ({@code grid-membership}, {@code grid-cell} or
 * {@code estate}), declared coordinate system, its files, and their checksum (part of the run's identity).
 */
public record GridSource(
        String id, String department, String kind, String crs, List<SourceSpec> specs, String checksum) {
    public GridSource {
        specs = List.copyOf(specs);
    }
}
