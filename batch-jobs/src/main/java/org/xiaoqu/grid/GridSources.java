package org.xiaoqu.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.imports.SourceFiles;
import org.xiaoqu.imports.Sources;

/** The configured sources the merge reads: every {@code grid-membership}, {@code grid-cell} and {@code estate}. */
public final class GridSources {
    static final Set<String> KINDS = Set.of("grid-membership", "grid-cell", "estate");

    private GridSources() {}

    /** Resolves the sources to files and checksums; at least one {@code grid-membership} source is needed. */
    public static List<GridSource> of(XiaoquConfig config) {
        List<GridSource> out = new ArrayList<>();
        for (XiaoquConfig.Source s : config.sources()) {
            if (!KINDS.contains(s.kind())) {
                continue;
            }
            SourceFiles f = Sources.resolve(config, s, Sources.BudgetOverride.NONE);
            out.add(new GridSource(
                    s.id(), s.department(), s.kind(), s.crs() == null ? "WGS-84" : s.crs(), f.specs(), f.checksum()));
        }
        if (out.stream().noneMatch(s -> s.kind().equals("grid-membership"))) {
            throw XiaoquException.usage(
                    (config.file() == null ? "the configuration" : config.file().toString())
                            + " declares no grid-membership source; the grid merge needs at least one");
        }
        return out;
    }
}
