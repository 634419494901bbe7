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

    /**
     * The sources as {@code import} loaded them: for each, its published load of the latest business date (a source
     * never imported is a usage error naming it).
     */
    public static List<GridSource> fromStore(XiaoquConfig config, javax.sql.DataSource dataSource) {
        List<GridSource> out = new ArrayList<>();
        try (var c = dataSource.getConnection();
                var st = c.prepareStatement("SELECT a.LOAD_ID FROM XQ_ACTIVE_LOAD a WHERE a.SOURCE_ID = ?"
                        + " ORDER BY a.BUSINESS_DATE DESC")) {
            for (XiaoquConfig.Source s : config.sources()) {
                if (!KINDS.contains(s.kind())) {
                    continue;
                }
                st.setString(1, s.id());
                try (var rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw XiaoquException.usage(
                                "source " + s.id() + " has no published load in the store; run" + " `xiaoqu import "
                                        + s.id() + "` first, or merge from the files (without --from-store)");
                    }
                    long load = rs.getLong(1);
                    out.add(new GridSource(
                            s.id(),
                            s.department(),
                            s.kind(),
                            s.crs() == null ? "WGS-84" : s.crs(),
                            List.of(),
                            "load:" + load,
                            load));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new XiaoquException(org.xiaoqu.common.ExitCode.FAILED, "cannot read the loads: " + e.getMessage(), e);
        }
        if (out.stream().noneMatch(s -> s.kind().equals("grid-membership"))) {
            throw XiaoquException.usage(
                    "the configuration declares no grid-membership source; the grid merge needs one");
        }
        return out;
    }

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
