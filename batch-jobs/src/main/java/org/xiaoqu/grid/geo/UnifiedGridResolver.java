package org.xiaoqu.grid.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Decides each unified building's unified grid: a cell of the base layer (综治 by default).
 *
 * <ol>
 *   <li>{@link BuildingGrid#BASE_LAYER}: the base department's own membership names the cell (when its records
 *       name several cells: the most frequent, then the one containing the point, then the smallest code; a
 *       {@link GridConflict#SPLIT_MEMBERSHIP} either way);
 *   <li>{@link BuildingGrid#POINT_IN_POLYGON}: the base layer lacks the building, but its point (the median of its
 *       records' points, each converted from its department's system to WGS-84) lies in a base cell, or within
 *       {@value #POINT_TOLERANCE_METRES} m of one;
 *   <li>{@link BuildingGrid#MEMBERSHIP}: no point either; the base cell that the department cells it is in
 *       overlap most. A department cell's overlap shares are the areas of its intersections with base cells
 *       over its area (JTS, computed once per cell); for a department without polygons, the shares observed on
 *       the buildings placed by steps 1–2. Departments combine as independent evidence (sum of log shares);
 *   <li>otherwise {@link BuildingGrid#UNPLACED}.
 * </ol>
 *
 * <p>Conflicts: a record whose department cell does not contain the building's point (farther than the
 * tolerance) is a {@link GridConflict#GRID_CONFLICT}, whatever its department; a department putting the
 * building in two cells a {@link GridConflict#SPLIT_MEMBERSHIP}; a cell code its department's grid lacks an
 * {@link GridConflict#UNKNOWN_GRID}; records' points more than {@value #POINTS_DISAGREE_METRES} m from the
 * building's point {@link GridConflict#POINTS_DISAGREE}. The base layer decides even when it contradicts the
 * point: the conflict is reported for a person to settle.
 *
 * <p>Output is a function of the input alone (everything sorted by code), whatever the map's order. Build
 * once per run; {@link #resolve} is not thread-safe.
 */
public final class UnifiedGridResolver {
    /** The base layer when none is configured. */
    public static final String DEFAULT_BASE_DEPARTMENT = "综治";

    /** How far outside a cell a point may lie and still count as in it (GPS jitter, boundary digitising). */
    public static final double POINT_TOLERANCE_METRES = 10;

    /** How far a record's point may lie from the building's before the building's points disagree. */
    public static final double POINTS_DISAGREE_METRES = 300;

    private static final double MIN_SHARE = 1e-4;

    private final String baseDepartment;
    private final CellIndex cells;

    /**
     * @param baseDepartment the department whose grid is the unified grid
     * @param cells every department's cells (the base layer's among them)
     * @throws IllegalArgumentException naming the cell when a WKT is invalid, or when a department lists a code
     *     twice
     */
    public UnifiedGridResolver(String baseDepartment, List<GridCell> cells) {
        this.baseDepartment = Objects.requireNonNull(baseDepartment, "baseDepartment");
        this.cells = new CellIndex(baseDepartment, cells);
    }

    public String baseDepartment() {
        return baseDepartment;
    }

    /**
     * Resolves every building.
     *
     * @param membershipsByUnifiedBuildingId each unified building's membership records (any order)
     */
    public GridResolution resolve(Map<String, List<Membership>> membershipsByUnifiedBuildingId) {
        SortedMap<String, List<Membership>> byId =
                membershipsByUnifiedBuildingId instanceof SortedMap<String, List<Membership>> s
                                && s.comparator() == null
                        ? s
                        : new TreeMap<>(membershipsByUnifiedBuildingId);
        List<BuildingGrid> out = new ArrayList<>(byId.size());
        List<GridConflict> conflicts = new ArrayList<>();
        Crosswalk observed = new Crosswalk();
        List<Pending> pending = new ArrayList<>();
        for (Map.Entry<String, List<Membership>> e : byId.entrySet()) {
            String id = e.getKey();
            List<Membership> ms = new ArrayList<>(e.getValue());
            ms.sort(MEMBERSHIP_ORDER);
            double @Nullable [] point = medianPoint(id, ms, conflicts);
            checkMemberships(id, ms, point, conflicts);
            String grid = fromBase(id, ms, point, conflicts);
            String method = BuildingGrid.BASE_LAYER;
            if (grid == null && point != null) {
                CellIndex.Cell c = cells.baseCellAt(point[0], point[1], POINT_TOLERANCE_METRES);
                if (c != null) {
                    grid = c.code();
                    method = BuildingGrid.POINT_IN_POLYGON;
                }
            }
            if (grid == null) {
                pending.add(new Pending(out.size(), id, ms, point));
                out.add(null);
                continue;
            }
            observed.add(ms, grid, baseDepartment);
            out.add(grid(id, grid, method, point));
        }
        for (Pending p : pending) {
            String grid = byOverlap(p.memberships, observed);
            out.set(p.index, grid(p.id, grid, grid == null ? BuildingGrid.UNPLACED : BuildingGrid.MEMBERSHIP, p.point));
        }
        Crosswalk crosswalk = new Crosswalk();
        for (int i = 0; i < out.size(); i++) {
            BuildingGrid b = out.get(i);
            String unified = b.unifiedGridCode();
            if (unified != null) {
                crosswalk.add(byId.get(b.unifiedBuildingId()), unified, null);
            }
        }
        conflicts.sort(Comparator.comparing(GridConflict::unifiedBuildingId)
                .thenComparing(GridConflict::kind)
                .thenComparing(c -> String.join("|", c.records()))
                .thenComparing(GridConflict::reason));
        return new GridResolution(out, crosswalk.rows(), conflicts);
    }

    private static BuildingGrid grid(String id, @Nullable String grid, String method, double @Nullable [] point) {
        return new BuildingGrid(id, grid, method, point == null ? null : point[0], point == null ? null : point[1]);
    }

    /** The median of the records' WGS-84 points (per axis), or null; flags records far from it. */
    private static double @Nullable [] medianPoint(String id, List<Membership> ms, List<GridConflict> conflicts) {
        int n = 0;
        double[] lons = new double[ms.size()];
        double[] lats = new double[ms.size()];
        String[] keys = new String[ms.size()];
        for (Membership m : ms) {
            if (m.hasPoint()) {
                LonLat p = CrsConversion.toWgs84(m.longitude(), m.latitude(), m.crs());
                lons[n] = p.lon();
                lats[n] = p.lat();
                keys[n] = m.recordKey();
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        double[] point = {median(Arrays.copyOf(lons, n)), median(Arrays.copyOf(lats, n))};
        Set<String> far = new TreeSet<>();
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double d = CrsConversion.distanceMetres(lons[i], lats[i], point[0], point[1]);
            if (d > POINTS_DISAGREE_METRES) {
                far.add(keys[i]);
                worst = Math.max(worst, d);
            }
        }
        if (!far.isEmpty()) {
            conflicts.add(new GridConflict(
                    GridConflict.POINTS_DISAGREE,
                    id,
                    List.copyOf(far),
                    String.format(
                            Locale.ROOT,
                            "%d of %d points lie up to %.0f m from the building's median point (%.6f, %.6f)",
                            far.size(),
                            n,
                            worst,
                            point[0],
                            point[1])));
        }
        return point;
    }

    private static double median(double[] v) {
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    /** GRID_CONFLICT, UNKNOWN_GRID and SPLIT_MEMBERSHIP for every department. */
    private void checkMemberships(
            String id, List<Membership> ms, double @Nullable [] point, List<GridConflict> conflicts) {
        Map<String, Map<String, List<String>>> codesByDepartment = new TreeMap<>();
        for (Membership m : ms) {
            if (m.gridCode().isBlank()) {
                continue;
            }
            codesByDepartment
                    .computeIfAbsent(m.department(), d -> new TreeMap<>())
                    .computeIfAbsent(m.gridCode(), c -> new ArrayList<>())
                    .add(m.recordKey());
            if (!cells.hasCells(m.department())) {
                continue;
            }
            CellIndex.Cell cell = cells.cell(m.department(), m.gridCode());
            if (cell == null) {
                conflicts.add(new GridConflict(
                        GridConflict.UNKNOWN_GRID,
                        id,
                        List.of(m.recordKey()),
                        m.department() + " has no grid cell " + m.gridCode()));
                continue;
            }
            if (point != null && cell.geometry() != null) {
                double d = cell.distanceMetres(point[0], point[1]);
                if (d > POINT_TOLERANCE_METRES) {
                    CellIndex.Cell actual = cells.cellAt(m.department(), point[0], point[1], POINT_TOLERANCE_METRES);
                    conflicts.add(new GridConflict(
                            GridConflict.GRID_CONFLICT,
                            id,
                            List.of(m.recordKey()),
                            String.format(
                                    Locale.ROOT,
                                    "%s puts the building in %s but its point (%.6f, %.6f) is %.0f m outside it%s",
                                    m.department(),
                                    m.gridCode(),
                                    point[0],
                                    point[1],
                                    d,
                                    actual == null ? "" : ", in " + actual.code())));
                }
            }
        }
        for (Map.Entry<String, Map<String, List<String>>> e : codesByDepartment.entrySet()) {
            if (e.getValue().size() > 1) {
                List<String> records = new ArrayList<>();
                e.getValue().values().forEach(records::addAll);
                records.sort(null);
                conflicts.add(new GridConflict(
                        GridConflict.SPLIT_MEMBERSHIP,
                        id,
                        records,
                        e.getKey() + " puts the building in " + e.getValue().size() + " cells: "
                                + String.join(", ", e.getValue().keySet())));
            }
        }
    }

    /** The base layer's cell for the building, or null when its records name none it knows. */
    private @Nullable String fromBase(
            String id, List<Membership> ms, double @Nullable [] point, List<GridConflict> conflicts) {
        Map<String, Integer> counts = new TreeMap<>();
        boolean validate = cells.hasCells(baseDepartment);
        for (Membership m : ms) {
            if (m.department().equals(baseDepartment)
                    && !m.gridCode().isBlank()
                    && (!validate || cells.cell(baseDepartment, m.gridCode()) != null)) {
                counts.merge(m.gridCode(), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return null;
        }
        if (counts.size() == 1) {
            return counts.keySet().iterator().next();
        }
        int best = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<String> top = new ArrayList<>();
        counts.forEach((code, n) -> {
            if (n == best) {
                top.add(code);
            }
        });
        if (top.size() > 1 && point != null) {
            for (String code : top) {
                CellIndex.Cell c = cells.cell(baseDepartment, code);
                if (c != null
                        && c.geometry() != null
                        && c.distanceMetres(point[0], point[1]) <= POINT_TOLERANCE_METRES) {
                    return code;
                }
            }
        }
        return top.get(0);
    }

    /** Step 3: the base cell the building's department cells overlap most, or null. */
    private @Nullable String byOverlap(List<Membership> ms, Crosswalk observed) {
        Map<String, Set<String>> deptCells = new TreeMap<>();
        for (Membership m : ms) {
            if (!m.department().equals(baseDepartment) && !m.gridCode().isBlank()) {
                deptCells
                        .computeIfAbsent(m.department(), d -> new LinkedHashSet<>())
                        .add(m.gridCode());
            }
        }
        List<Map<String, Double>> evidence = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : deptCells.entrySet()) {
            Map<String, Double> shares = new TreeMap<>();
            for (String code : e.getValue()) {
                Map<String, Double> s = overlapShares(e.getKey(), code, observed);
                s.forEach(
                        (base, share) -> shares.merge(base, share / e.getValue().size(), Double::sum));
            }
            if (!shares.isEmpty()) {
                evidence.add(shares);
            }
        }
        if (evidence.isEmpty()) {
            return null;
        }
        Set<String> candidates = new TreeSet<>();
        evidence.forEach(s -> candidates.addAll(s.keySet()));
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String base : candidates) {
            double score = 0;
            for (Map<String, Double> s : evidence) {
                score += Math.log(Math.max(MIN_SHARE, s.getOrDefault(base, 0.0)));
            }
            if (score > bestScore + 1e-12) {
                best = base;
                bestScore = score;
            }
        }
        return best;
    }

    private Map<String, Double> overlapShares(String department, String code, Crosswalk observed) {
        CellIndex.Cell cell = cells.cell(department, code);
        if (cell != null && cell.geometry() != null && cells.baseHasGeometry()) {
            return cells.overlapShares(cell);
        }
        return observed.shares(department, code);
    }

    private static final Comparator<Membership> MEMBERSHIP_ORDER = Comparator.comparing(Membership::department)
            .thenComparing(Membership::sourceId)
            .thenComparing(Membership::recordKey)
            .thenComparing(Membership::gridCode);

    private record Pending(int index, String id, List<Membership> memberships, double @Nullable [] point) {}

    /** Counts of placed buildings per (department, department cell, unified cell). */
    private static final class Crosswalk {
        private final Map<String, Map<String, Map<String, int[]>>> counts = new HashMap<>();

        /** Counts the building once per distinct department cell it is in. */
        void add(List<Membership> ms, String unified, @Nullable String skipDepartment) {
            String lastDept = null;
            String lastCode = null;
            Set<String> seen = null;
            for (Membership m : ms) {
                if (m.gridCode().isBlank() || m.department().equals(skipDepartment)) {
                    continue;
                }
                if (m.department().equals(lastDept) && m.gridCode().equals(lastCode)) {
                    continue;
                }
                if (seen == null) {
                    seen = new java.util.HashSet<>();
                }
                lastDept = m.department();
                lastCode = m.gridCode();
                if (!seen.add(lastDept + '\u0000' + lastCode)) {
                    continue;
                }
                counts.computeIfAbsent(lastDept, d -> new HashMap<>())
                        .computeIfAbsent(lastCode, c -> new HashMap<>())
                        .computeIfAbsent(unified, u -> new int[1])[0]++;
            }
        }

        Map<String, Double> shares(String department, String code) {
            Map<String, int[]> byUnified =
                    counts.getOrDefault(department, Map.of()).getOrDefault(code, Map.of());
            long total = byUnified.values().stream().mapToLong(c -> c[0]).sum();
            Map<String, Double> out = new TreeMap<>();
            byUnified.forEach((u, c) -> out.put(u, (double) c[0] / total));
            return out;
        }

        List<GridCrosswalkRow> rows() {
            List<GridCrosswalkRow> rows = new ArrayList<>();
            new TreeMap<>(counts).forEach((dept, byCode) -> new TreeMap<>(byCode).forEach((code, byUnified) -> {
                long total = byUnified.values().stream().mapToLong(c -> c[0]).sum();
                new TreeMap<>(byUnified)
                        .forEach((u, c) -> rows.add(new GridCrosswalkRow(dept, code, u, c[0], (double) c[0] / total)));
            }));
            return rows;
        }
    }
}
