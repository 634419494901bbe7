package org.xiaoqu.coverage;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.address.EstateKey;

/**
 * Reads coverage's inputs from the store: the published estate register ({@code XQ_ESTATE}), the latest
 * grid-merge run's unified buildings when there is one, and the previous coverage run's shares.
 *
 * <p>The merged grid is optional. Its table is found by name ({@code XQ_GRID_UNIFIED_BUILDING*}) with the columns
 * {@code RUN_ID}, {@code DISTRICT_CODE} and an estate name ({@code ESTATE_NAME} or {@code ESTATE}), and
 * optionally {@code STREET} and {@code COMMUNITY}; estates of its latest run (of the grid merge's own table, the
 * latest that {@code XQ_GRID_RUN} records as completed) whose (district, estate key) the register lacks are counted as
 * unregistered estates, which meet no target.
 */
public final class CoverageInputs {
    private CoverageInputs() {}

    /** The register's estates, one per estate id (the first published row wins), in id order. */
    public static List<CoverageEstate> register(DataSource ds) throws SQLException {
        Map<String, CoverageEstate> byId = new java.util.TreeMap<>();
        try (Connection c = ds.getConnection();
                var st = c.prepareStatement("SELECT ESTATE_ID, ESTATE_NAME, DISTRICT_CODE, DISTRICT, STREET, COMMUNITY,"
                        + " HOUSEHOLD_COUNT, HAS_PARTY_ORG, HAS_OWNERS_COMMITTEE, PROPERTY_SERVICE FROM XQ_ESTATE"
                        + " ORDER BY LOAD_ID, LINE");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                String code = text(rs.getString(3));
                byId.putIfAbsent(
                        id,
                        new CoverageEstate(
                                id,
                                text(rs.getString(2)),
                                code.length() >= 6 ? code.substring(0, 6) : code,
                                text(rs.getString(4)),
                                text(rs.getString(5)),
                                text(rs.getString(6)),
                                (Long) nullable(rs, 7, rs.getLong(7)),
                                (Boolean) nullable(rs, 8, rs.getBoolean(8)),
                                (Boolean) nullable(rs, 9, rs.getBoolean(9)),
                                rs.getString(10),
                                "register"));
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** A grid table and its latest run, or null when no grid merge has run in this store. */
    public record GridRun(
            String table, long runId, String nameColumn, boolean streets, boolean communities, boolean records) {}

    public static @Nullable GridRun latestGridRun(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            List<String> tables = new ArrayList<>();
            for (String pattern : new String[] {"XQ_GRID_UNIFIED_BUILDING%", "xq_grid_unified_building%"}) {
                try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), pattern, new String[] {"TABLE"})) {
                    while (rs.next()) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            tables.sort(null);
            for (String table : tables) {
                Set<String> columns = new HashSet<>();
                try (ResultSet rs = md.getColumns(c.getCatalog(), c.getSchema(), table, null)) {
                    while (rs.next()) {
                        columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
                String name =
                        columns.contains("ESTATE_NAME") ? "ESTATE_NAME" : columns.contains("ESTATE") ? "ESTATE" : null;
                if (name == null || !columns.contains("RUN_ID") || !columns.contains("DISTRICT_CODE")) {
                    continue;
                }
                // the grid merge's own table: only a run it recorded as completed (a run killed while it published
                // recorded none, and H2 can keep a row of its unfinished transaction after the kill)
                String latest = table.equalsIgnoreCase("XQ_GRID_UNIFIED_BUILDING")
                        ? "SELECT MAX(t.RUN_ID) FROM " + table + " t WHERE t.RUN_ID IN (SELECT RUN_ID FROM "
                                + "XQ_GRID_RUN WHERE STATUS = 'COMPLETED')"
                        : "SELECT MAX(RUN_ID) FROM " + table;
                try (var st = c.createStatement();
                        ResultSet rs = st.executeQuery(latest)) {
                    if (rs.next() && rs.getObject(1) != null) {
                        return new GridRun(
                                table.toUpperCase(Locale.ROOT),
                                rs.getLong(1),
                                name,
                                columns.contains("STREET"),
                                columns.contains("COMMUNITY"),
                                columns.contains("RECORDS"));
                    }
                }
            }
        }
        return null;
    }

    /**
     * The estates the grid run shows that the register lacks, matched on (district code, estate key or the
     * register's estate id).
     */
    public static List<CoverageEstate> unregistered(DataSource ds, GridRun run, List<CoverageEstate> register)
            throws SQLException {
        Set<String> known = new HashSet<>();
        Map<String, String> districtNames = new HashMap<>();
        for (CoverageEstate e : register) {
            known.add(e.districtCode() + "/" + key(e.name()));
            // the grid merge names an estate it found in the register by the register's own id
            known.add(e.districtCode() + "/" + key(e.estateId()));
            districtNames.putIfAbsent(e.districtCode(), e.district());
        }
        Map<String, CoverageEstate> extra = new LinkedHashMap<>();
        String sql = "SELECT DISTRICT_CODE, " + run.nameColumn() + ", " + (run.streets() ? "STREET" : "NULL") + ", "
                + (run.communities() ? "COMMUNITY" : "NULL") + " FROM " + run.table() + " WHERE RUN_ID = ?"
                // a building only one record speaks for is more often a misspelt name the merge could not
                // place than an estate the register lacks
                + (run.records() ? " AND RECORDS >= 2" : "");
        try (Connection c = ds.getConnection();
                var st = c.prepareStatement(sql)) {
            st.setLong(1, run.runId());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String code = text(rs.getString(1));
                    String name = text(rs.getString(2));
                    if (code.length() < 6 || name.isEmpty()) {
                        continue;
                    }
                    String district = code.substring(0, 6);
                    String k = district + "/" + key(name);
                    if (known.contains(k) || extra.containsKey(k)) {
                        continue;
                    }
                    extra.put(
                            k,
                            new CoverageEstate(
                                    "GRID:" + k,
                                    name,
                                    district,
                                    districtNames.getOrDefault(district, district),
                                    text(rs.getString(3)),
                                    text(rs.getString(4)),
                                    null,
                                    null,
                                    null,
                                    null,
                                    "grid"));
                }
            }
        }
        List<CoverageEstate> list = new ArrayList<>(extra.values());
        list.sort(java.util.Comparator.comparing(CoverageEstate::estateId));
        return list;
    }

    /** The shares of the latest completed coverage run before {@code runId}: key → share, and that run's id. */
    public static Map.Entry<@Nullable Long, Map<String, BigDecimal>> previous(DataSource ds, long runId)
            throws SQLException {
        Map<String, BigDecimal> shares = new HashMap<>();
        Long previous = null;
        try (Connection c = ds.getConnection()) {
            try (var st = c.prepareStatement("SELECT MAX(a.RUN_ID) FROM XQ_COVERAGE_AREA a JOIN XQ_RUN r"
                    + " ON r.JOB_EXECUTION_ID = a.RUN_ID WHERE a.RUN_ID < ?")) {
                st.setLong(1, runId);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next() && rs.getObject(1) != null) {
                        previous = rs.getLong(1);
                    }
                }
            }
            if (previous != null) {
                try (var st = c.prepareStatement(
                        "SELECT AREA_LEVEL, AREA_CODE, INDICATOR, SHARE_PCT FROM XQ_COVERAGE_AREA WHERE RUN_ID = ?")) {
                    st.setLong(1, previous);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            BigDecimal share = rs.getBigDecimal(4);
                            if (share != null) {
                                shares.put(
                                        rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3),
                                        share.setScale(2, java.math.RoundingMode.HALF_UP));
                            }
                        }
                    }
                }
            }
        }
        return new java.util.AbstractMap.SimpleImmutableEntry<>(previous, shares);
    }

    /** The ids of the published estate loads, part of the job's identity. */
    public static String estateLoads(DataSource ds) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        try (Connection c = ds.getConnection();
                var st = c.prepareStatement("SELECT DISTINCT a.LOAD_ID FROM XQ_ACTIVE_LOAD a JOIN XQ_LOAD l"
                        + " ON l.LOAD_ID = a.LOAD_ID WHERE l.KIND = 'estate' ORDER BY a.LOAD_ID");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ids.add(Long.toString(rs.getLong(1)));
            }
        }
        return String.join(",", ids);
    }

    private static String key(String name) {
        try {
            return EstateKey.of(name).key();
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    private static @Nullable Object nullable(ResultSet rs, int column, Object value) throws SQLException {
        return rs.wasNull() ? null : value;
    }
}
