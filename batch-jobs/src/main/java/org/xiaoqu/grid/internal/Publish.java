package org.xiaoqu.grid.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.xiaoqu.grid.geo.Crs;
import org.xiaoqu.grid.geo.GridCell;
import org.xiaoqu.grid.geo.GridConflict;
import org.xiaoqu.grid.geo.GridCrosswalkRow;
import org.xiaoqu.grid.geo.GridResolution;
import org.xiaoqu.grid.geo.Membership;
import org.xiaoqu.grid.geo.UnifiedGridResolver;

/**
 * The merge's last step: clusters every district's matched records once (one building per building key, reviewers'
 * decisions applied), gives each building its unified id (carried forward from the previous run), resolves the
 * unified grid, and writes the outputs to the run folder and the store, one district at a time, in one transaction
 * that its caller commits.
 */
public final class Publish {
    /** Unified ids: UB + the 6-digit district code + a 7-digit sequence number of that district, never reused. */
    static String id(String district, long n) {
        return String.format(Locale.ROOT, "UB%s%07d", district, n);
    }

    private final Path work;
    private final Path out;
    private final long runId;
    private final String baseDepartment;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<Ids.Event> events = new ArrayList<>();
    private final List<String[]> conflicts = new ArrayList<>();
    private final Map<String, Map<String, Integer>> gridCrosswalk = new TreeMap<>();
    private final Map<String, long[]> departments = new TreeMap<>();

    public Publish(Path work, Path out, long runId, String baseDepartment) {
        this.work = work;
        this.out = out;
        this.runId = runId;
        this.baseDepartment = baseDepartment;
    }

    public Map<String, Long> counts() {
        return counts;
    }

    public List<Ids.Event> events() {
        return events;
    }

    public Map<String, long[]> departments() {
        return departments;
    }

    public List<String[]> conflicts() {
        return conflicts;
    }

    public Map<String, Map<String, Integer>> gridCrosswalk() {
        return gridCrosswalk;
    }

    /**
     * Runs the step on {@code c} without committing: the caller commits once the run folder is complete, so that the
     * store holds all of a run or none of it (a run killed mid-publish leaves no rows and no advanced id sequence).
     * Returns the previous run's id, or null on a first run.
     *
     * @param onDistrict told the number of districts published so far, after each
     */
    public Long run(Connection c, List<String> districts, List<GridCell> cells, LongConsumer onDistrict) {
        try {
            GridTables.deleteRun(c, runId, true);
            Long previous = previousRun(c);
            Decisions decisions = Decisions.load(c);
            UnifiedGridResolver resolver = new UnifiedGridResolver(baseDepartment, cells);
            Map<String, List<MergeRecord>> unknownByDistrict = new TreeMap<>();
            List<MergeRecord> unknownLeft = new ArrayList<>();
            Spill.forEach(work.resolve("m-" + Prepare.UNKNOWN + ".bin"), r -> {
                if (r.status.equals(DistrictMatcher.LINKED)) {
                    unknownByDistrict
                            .computeIfAbsent(r.district, d -> new ArrayList<>())
                            .add(r);
                } else {
                    unknownLeft.add(r);
                }
            });
            try (Outputs o = new Outputs(out)) {
                long published = 0;
                for (String d : districts) {
                    List<MergeRecord> records = Spill.readAll(work.resolve("m-" + d + ".bin"));
                    records.addAll(unknownByDistrict.getOrDefault(d, List.of()));
                    district(c, d, records, previous, decisions, resolver, o);
                    onDistrict.accept(++published);
                }
                List<MergeRecord> left = new ArrayList<>(unknownLeft);
                left.sort(DistrictMatcher.BY_REF);
                leftovers(c, left, Map.of(), o);
                for (String[] k : decisions.contradictions()) {
                    conflicts.add(k);
                }
                for (String[] k : conflicts) {
                    o.conflicts.printRecord((Object[]) k);
                }
                insert(
                        c,
                        "XQ_GRID_CONFLICT",
                        conflicts.stream()
                                .map(k -> new Object[] {k[0], k[1], k[2], k[3]})
                                .toList());
                List<Object[]> gx = new ArrayList<>();
                for (var e : gridCrosswalk.entrySet()) {
                    int total = e.getValue().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum();
                    String[] dg = e.getKey().split("\u0001", 2);
                    for (var u : e.getValue().entrySet()) {
                        Object[] row = {dg[0], dg[1], u.getKey(), u.getValue(), round((double) u.getValue() / total)};
                        o.gridCrosswalk.printRecord(row);
                        gx.add(row);
                    }
                }
                insert(c, "XQ_GRID_GRID_CROSSWALK", gx);
                List<Object[]> lineage = new ArrayList<>();
                for (Ids.Event e : events) {
                    Object[] row = {e.event(), String.join(";", e.oldIds()), String.join(";", e.newIds()), e.detail()};
                    o.lineage.printRecord(row);
                    lineage.add(row);
                }
                insert(c, "XQ_GRID_ID_LINEAGE", lineage);
            }
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO XQ_GRID_RUN (RUN_ID, STATUS, BASE_DEPARTMENT,"
                            + " RECORDS, BUILDINGS, REVIEW, UNMATCHED, FINISHED_AT) VALUES (?, 'COMPLETED', ?, ?, ?, ?, ?, ?)")) {
                st.setLong(1, runId);
                st.setString(2, baseDepartment);
                st.setLong(3, counts.getOrDefault("records", 0L));
                st.setLong(4, counts.getOrDefault("buildings", 0L));
                st.setLong(5, counts.getOrDefault("review", 0L));
                st.setLong(6, counts.getOrDefault("unmatched", 0L));
                st.setTimestamp(7, Timestamp.from(Instant.now()));
                st.executeUpdate();
            }
            return previous;
        } catch (SQLException e) {
            throw new IllegalStateException("grid merge: cannot write to the store: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void district(
            Connection c,
            String d,
            List<MergeRecord> records,
            Long previous,
            Decisions decisions,
            UnifiedGridResolver resolver,
            Outputs o)
            throws SQLException, IOException {
        records.sort(DistrictMatcher.BY_REF);
        decisions.apply(records);
        TreeMap<String, List<MergeRecord>> clusters = new TreeMap<>();
        List<MergeRecord> left = new ArrayList<>();
        for (MergeRecord r : records) {
            if (r.status.equals(DistrictMatcher.LINKED)) {
                clusters.computeIfAbsent(r.buildingKey, k -> new ArrayList<>()).add(r);
            } else {
                left.add(r);
            }
        }
        TreeMap<String, List<String>> refs = new TreeMap<>();
        clusters.forEach((k, v) -> refs.put(k, v.stream().map(MergeRecord::ref).toList()));
        Map<String, String> byRef = new HashMap<>();
        Map<String, String> byKey = new HashMap<>();
        if (previous != null) {
            query(
                    c,
                    "SELECT SOURCE_ID, RECORD_KEY, UNIFIED_ID FROM XQ_GRID_BUILDING_CROSSWALK WHERE RUN_ID = ? AND"
                            + " DISTRICT_CODE = ?",
                    previous,
                    d,
                    rs -> byRef.put(rs.getString(1) + ":" + rs.getString(2), rs.getString(3)));
            query(
                    c,
                    "SELECT IDENTITY_KEY, UNIFIED_ID FROM XQ_GRID_UNIFIED_BUILDING WHERE RUN_ID = ? AND DISTRICT_CODE = ?",
                    previous,
                    d,
                    rs -> byKey.put(rs.getString(1), rs.getString(2)));
        }
        long[] next = {nextValue(c, d)};
        long first = next[0];
        Map<String, String> ids =
                Ids.assign(refs, byRef, byKey, decisions.pins(), () -> id(d, next[0]++), events, previous == null);
        if (next[0] != first) {
            // the run and the value before it, so that a restart replacing this run can put the counter back
            try (PreparedStatement st = c.prepareStatement("UPDATE XQ_GRID_ID_SEQ SET NEXT_VALUE = ?, LAST_RUN_ID = ?,"
                    + " VALUE_BEFORE = ? WHERE DISTRICT_CODE = ?")) {
                st.setLong(1, next[0]);
                st.setLong(2, runId);
                st.setLong(3, first);
                st.setString(4, d);
                st.executeUpdate();
            }
        }
        decisions.checkPins(ids, records);
        // grids
        Map<String, List<Membership>> memberships = new TreeMap<>();
        for (var e : clusters.entrySet()) {
            List<Membership> ms = new ArrayList<>();
            for (MergeRecord r : e.getValue()) {
                ms.add(new Membership(
                        r.department,
                        r.sourceId,
                        r.recordKey,
                        r.gridCode,
                        r.hasPoint() ? r.lon : null,
                        r.hasPoint() ? r.lat : null,
                        Crs.WGS84));
            }
            memberships.put(ids.get(e.getKey()), ms);
        }
        GridResolution grids = resolver.resolve(memberships);
        Map<String, org.xiaoqu.grid.geo.BuildingGrid> gridOf = new HashMap<>();
        grids.buildings().forEach(b -> gridOf.put(b.unifiedBuildingId(), b));
        for (GridCrosswalkRow g : grids.crosswalk()) {
            gridCrosswalk
                    .computeIfAbsent(g.department() + "\u0001" + g.departmentGrid(), k -> new TreeMap<>())
                    .merge(g.unifiedGrid(), g.buildings(), Integer::sum);
        }
        for (GridConflict g : grids.conflicts()) {
            conflicts.add(new String[] {g.kind(), g.unifiedBuildingId(), String.join(";", g.records()), g.reason()});
        }
        // buildings, sorted by id
        TreeMap<String, String> keyOfId = new TreeMap<>();
        ids.forEach((k, id) -> keyOfId.put(id, k));
        List<Object[]> ub = new ArrayList<>();
        List<Object[]> bx = new ArrayList<>();
        Map<String, String> addressOfKey = new HashMap<>();
        for (var e : keyOfId.entrySet()) {
            String id = e.getKey();
            List<MergeRecord> rs = clusters.get(e.getValue());
            String[] k = e.getValue().split("\\|", 4);
            org.xiaoqu.grid.geo.BuildingGrid g = gridOf.get(id);
            TreeSet<String> depts = new TreeSet<>();
            rs.forEach(r -> depts.add(r.department));
            String address = representative(rs);
            addressOfKey.put(e.getValue(), address);
            Object[] row = {
                id,
                d,
                estateName(k[1]),
                Integer.parseInt(k[2]),
                k[3],
                g == null ? null : g.unifiedGridCode(),
                g == null ? "UNPLACED" : g.method(),
                g == null || g.longitude() == null ? null : g.longitude(),
                g == null || g.latitude() == null ? null : g.latitude(),
                rs.size(),
                String.join(";", depts),
                address,
                e.getValue()
            };
            o.buildings.printRecord(row);
            ub.add(row);
            for (MergeRecord r : rs) {
                bx.add(new Object[] {r.sourceId, r.recordKey, r.department, d, id, round(r.score), r.rule});
                long[] dep = departments.computeIfAbsent(r.department, x -> new long[4]);
                dep[0]++;
                if (depts.size() > 1) {
                    dep[1]++;
                }
            }
            duplicates(id, rs);
        }
        bx.sort((a, b) -> ((String) a[0]).compareTo((String) b[0]) != 0
                ? ((String) a[0]).compareTo((String) b[0])
                : ((String) a[1]).compareTo((String) b[1]));
        for (Object[] row : bx) {
            o.crosswalk.printRecord(row);
        }
        insert(c, "XQ_GRID_UNIFIED_BUILDING", ub);
        insert(c, "XQ_GRID_BUILDING_CROSSWALK", bx);
        counts.merge("buildings", (long) ub.size(), Long::sum);
        counts.merge("records", (long) bx.size(), Long::sum);
        counts.merge("linked", (long) bx.size(), Long::sum);
        Map<String, String> idOfKey = new HashMap<>(ids);
        leftovers(c, left, idOfKey, o, addressOfKey);
    }

    private void leftovers(Connection c, List<MergeRecord> left, Map<String, String> idOfKey, Outputs o)
            throws SQLException, IOException {
        leftovers(c, left, idOfKey, o, Map.of());
    }

    private void leftovers(
            Connection c,
            List<MergeRecord> left,
            Map<String, String> idOfKey,
            Outputs o,
            Map<String, String> addressOfKey)
            throws SQLException, IOException {
        List<Object[]> review = new ArrayList<>();
        List<Object[]> unmatched = new ArrayList<>();
        for (MergeRecord r : left) {
            long[] dep = departments.computeIfAbsent(r.department, x -> new long[4]);
            dep[0]++;
            if (r.status.equals(DistrictMatcher.REVIEW)) {
                dep[2]++;
                // candidates that are buildings of this run first
                String[] cand = java.util.Arrays.stream(r.candidates.split(";"))
                        .sorted(java.util.Comparator.comparing((String k) -> idOfKey.containsKey(k) ? 0 : 1))
                        .toArray(String[]::new);
                String c1 = cand.length > 0 ? idOfKey.get(cand[0]) : null;
                String c2 = cand.length > 1 ? idOfKey.get(cand[1]) : null;
                Object[] row = {
                    r.sourceId,
                    r.recordKey,
                    r.department,
                    r.address,
                    c1,
                    cand.length > 0 ? addressOfKey.getOrDefault(cand[0], cand[0]) : null,
                    c2,
                    cand.length > 1 ? addressOfKey.getOrDefault(cand[1], cand[1]) : null,
                    round(r.score),
                    r.explanation
                };
                o.review.printRecord(row);
                review.add(row);
            } else {
                dep[3]++;
                Object[] row = {
                    r.sourceId, r.recordKey, r.department, r.district, r.address, r.rule + ": " + r.explanation
                };
                o.unmatched.printRecord(row);
                unmatched.add(row);
            }
        }
        insert(c, "XQ_GRID_REVIEW", review);
        insert(c, "XQ_GRID_UNMATCHED", unmatched);
        counts.merge("records", (long) left.size(), Long::sum);
        counts.merge("review", (long) review.size(), Long::sum);
        counts.merge("unmatched", (long) unmatched.size(), Long::sum);
    }

    /** Two building-level records of one source for one building: a duplicate in that source. */
    private void duplicates(String id, List<MergeRecord> rs) {
        Map<String, List<String>> bySourceUnit = new TreeMap<>();
        for (MergeRecord r : rs) {
            bySourceUnit
                    .computeIfAbsent(r.sourceId + "|" + r.unit, k -> new ArrayList<>())
                    .add(r.ref());
        }
        for (var e : bySourceUnit.entrySet()) {
            if (e.getValue().size() > 1 && e.getKey().endsWith("|")) {
                conflicts.add(new String[] {
                    "DUPLICATE_IN_SOURCE",
                    id,
                    String.join(";", e.getValue()),
                    e.getValue().size() + " records of one source describe this building"
                });
            }
        }
    }

    private static String representative(List<MergeRecord> rs) {
        String best = rs.get(0).address;
        for (MergeRecord r : rs) {
            if (r.address.length() > best.length()) {
                best = r.address;
            }
        }
        return best;
    }

    private static String estateName(String canonId) {
        int colon = canonId.indexOf(':');
        return colon >= 0 ? canonId.substring(colon + 1) : canonId;
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private Long previousRun(Connection c) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("SELECT MAX(RUN_ID) FROM XQ_GRID_RUN WHERE STATUS = 'COMPLETED' AND RUN_ID < ?")) {
            st.setLong(1, runId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                return rs.wasNull() ? null : v;
            }
        }
    }

    private static long nextValue(Connection c, String d) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("SELECT NEXT_VALUE FROM XQ_GRID_ID_SEQ WHERE DISTRICT_CODE = ?")) {
            st.setString(1, d);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement st =
                c.prepareStatement("INSERT INTO XQ_GRID_ID_SEQ (DISTRICT_CODE, NEXT_VALUE) VALUES (?, 1)")) {
            st.setString(1, d);
            st.executeUpdate();
        }
        return 1;
    }

    interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    static void query(Connection c, String sql, long run, String d, RowAction action) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, run);
            st.setString(2, d);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    action.accept(rs);
                }
            }
        }
    }

    private static final Map<String, String> COLUMNS = Map.of(
            "XQ_GRID_UNIFIED_BUILDING",
            "UNIFIED_ID, DISTRICT_CODE, ESTATE, PHASE, BUILDING, UNIFIED_GRID, GRID_METHOD, LONGITUDE, LATITUDE, RECORDS,"
                    + " DEPARTMENTS, ADDRESS, IDENTITY_KEY",
            "XQ_GRID_BUILDING_CROSSWALK",
            "SOURCE_ID, RECORD_KEY, DEPARTMENT, DISTRICT_CODE, UNIFIED_ID, SCORE, RULE",
            "XQ_GRID_GRID_CROSSWALK",
            "DEPARTMENT, DEPARTMENT_GRID, UNIFIED_GRID, BUILDINGS, SHARE",
            "XQ_GRID_CONFLICT",
            "KIND, UNIFIED_ID, RECORDS, REASON",
            "XQ_GRID_UNMATCHED",
            "SOURCE_ID, RECORD_KEY, DEPARTMENT, DISTRICT_CODE, ADDRESS, REASON",
            "XQ_GRID_REVIEW",
            "SOURCE_ID, RECORD_KEY, DEPARTMENT, ADDRESS, CANDIDATE_1, CANDIDATE_1_ADDRESS, CANDIDATE_2,"
                    + " CANDIDATE_2_ADDRESS, SCORE, EXPLANATION",
            "XQ_GRID_ID_LINEAGE",
            "EVENT, OLD_IDS, NEW_IDS, DETAIL");

    private void insert(Connection c, String table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String columns = COLUMNS.get(table);
        int n = columns.split(",").length;
        String sql = "INSERT INTO " + table + " (RUN_ID, " + columns + ") VALUES (?" + ", ?".repeat(n) + ")";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int batch = 0;
            for (Object[] row : rows) {
                st.setLong(1, runId);
                for (int i = 0; i < n; i++) {
                    Object v = row[i];
                    if (v instanceof String s && s.length() > 990) {
                        v = s.substring(0, 990);
                    }
                    st.setObject(i + 2, v);
                }
                st.addBatch();
                if (++batch % 5000 == 0) {
                    st.executeBatch();
                }
            }
            st.executeBatch();
        }
    }

    /** Opens (and on closing, finishes) the run folder's CSV files with their headers only: for the schema test. */
    public static final class OutputsForTest implements AutoCloseable {
        private final Outputs outputs;

        public OutputsForTest(Path out) throws IOException {
            outputs = new Outputs(out);
        }

        @Override
        public void close() throws IOException {
            outputs.close();
        }
    }

    /** The run folder's CSV files, opened once and filled district by district. */
    static final class Outputs implements AutoCloseable {
        final CSVPrinter buildings;
        final CSVPrinter crosswalk;
        final CSVPrinter gridCrosswalk;
        final CSVPrinter conflicts;
        final CSVPrinter unmatched;
        final CSVPrinter review;
        final CSVPrinter lineage;

        Outputs(Path out) throws IOException {
            buildings = open(
                    out.resolve("unified_buildings.csv"),
                    "unified_id",
                    "district_code",
                    "estate",
                    "phase",
                    "building",
                    "unified_grid",
                    "grid_method",
                    "longitude",
                    "latitude",
                    "records",
                    "departments",
                    "address",
                    "identity_key");
            crosswalk = open(
                    out.resolve("building_crosswalk.csv"),
                    "source_id",
                    "record_key",
                    "department",
                    "district_code",
                    "unified_id",
                    "score",
                    "rule");
            gridCrosswalk = open(
                    out.resolve("grid_crosswalk.csv"),
                    "department",
                    "department_grid",
                    "unified_grid",
                    "buildings",
                    "share");
            conflicts = open(out.resolve("conflicts.csv"), "kind", "unified_id", "records", "reason");
            unmatched = open(
                    out.resolve("unmatched.csv"),
                    "source_id",
                    "record_key",
                    "department",
                    "district_code",
                    "address",
                    "reason");
            review = open(
                    out.resolve("review.csv"),
                    "source_id",
                    "record_key",
                    "department",
                    "address",
                    "candidate_1",
                    "candidate_1_address",
                    "candidate_2",
                    "candidate_2_address",
                    "score",
                    "explanation");
            lineage = open(out.resolve("id_lineage.csv"), "event", "old_ids", "new_ids", "detail");
        }

        private static CSVPrinter open(Path file, String... header) throws IOException {
            Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            return new CSVPrinter(
                    w,
                    CSVFormat.DEFAULT
                            .builder()
                            .setRecordSeparator("\n")
                            .setHeader(header)
                            .get());
        }

        @Override
        public void close() throws IOException {
            for (CSVPrinter p : List.of(buildings, crosswalk, gridCrosswalk, conflicts, unmatched, review, lineage)) {
                p.close();
            }
        }
    }
}
