package org.xiaoqu.grid.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A small world near Changsha. 综治 (the base) cuts the square [112.80, 112.82] × [28.10, 28.11] into Z1 (west) and
 * Z2 (east); 公安's G1 covers the west three quarters (2/3 of it in Z1), G2 the rest; 城管's C1 (written in BD-09)
 * is exactly Z2; 民政 and 住建 have no polygons.
 */
class UnifiedGridResolverTest {
    static final List<GridCell> CELLS = List.of(
            cell("综治", "Z1", rect(112.80, 112.81), Crs.GCJ02),
            cell("综治", "Z2", rect(112.81, 112.82), Crs.GCJ02),
            cell("公安", "G1", rect(112.80, 112.815), Crs.WGS84),
            cell("公安", "G2", rect(112.815, 112.82), Crs.WGS84),
            cell("城管", "C1", rect(112.81, 112.82), Crs.BD09),
            new GridCell("民政", "minzheng-grids", "M1", "M1", null, null, Crs.WGS84));

    static double[][] rect(double west, double east) {
        return new double[][] {{west, 28.10}, {east, 28.10}, {east, 28.11}, {west, 28.11}, {west, 28.10}};
    }

    /** A cell whose WGS-84 rectangle is written in {@code crs}, as a department would. */
    static GridCell cell(String department, String code, double[][] wgs, Crs crs) {
        StringBuilder wkt = new StringBuilder("POLYGON((");
        for (int i = 0; i < wgs.length; i++) {
            LonLat p = CrsConversion.fromWgs84(wgs[i][0], wgs[i][1], crs);
            wkt.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.10f %.10f", p.lon(), p.lat()));
        }
        return new GridCell(department, department + "-grids", code, code, "430102", wkt + "))", crs);
    }

    static Membership m(String department, String key, String grid) {
        return new Membership(department, department + "-src", key, grid, null, null, Crs.WGS84);
    }

    /** A membership with a point given in WGS-84 and written in {@code crs}. */
    static Membership m(String department, String key, String grid, double lon, double lat, Crs crs) {
        LonLat p = CrsConversion.fromWgs84(lon, lat, crs);
        return new Membership(department, department + "-src", key, grid, p.lon(), p.lat(), crs);
    }

    static Map<String, List<Membership>> world() {
        Map<String, List<Membership>> w = new TreeMap<>();
        w.put(
                "b1",
                List.of(m("综治", "z:1", "Z1"), m("公安", "g:1", "G1", 112.805, 28.105, Crs.WGS84), m("民政", "mz:1", "M1")));
        w.put(
                "b2",
                List.of(m("综治", "z:2", "Z1"), m("公安", "g:2", "G2", 112.817, 28.105, Crs.WGS84), m("民政", "mz:2", "M1")));
        w.put(
                "b3",
                List.of(
                        m("消防", "x:3", "", 112.817, 28.106, Crs.GCJ02),
                        m("城管", "c:3", "C1", 112.8171, 28.106, Crs.BD09)));
        w.put("b4", List.of(m("公安", "g:4", "G1")));
        w.put("b5", List.of(m("公安", "g:5", "G1"), m("城管", "c:5", "C1")));
        w.put("b6", List.of(m("民政", "mz:6", "M1")));
        w.put("b7", List.of(m("住建", "zj:7", "")));
        w.put(
                "b8",
                List.of(
                        m("综治", "z:8a", "Z1"),
                        m("综治", "z:8b", "Z2"),
                        m("公安", "g:8", "G2", 112.818, 28.108, Crs.WGS84)));
        w.put("b9", List.of(m("综治", "z:9", "Z9")));
        w.put(
                "b10",
                List.of(
                        m("公安", "g:10a", "G1", 112.8012, 28.1010, Crs.WGS84),
                        m("公安", "g:10b", "G1", 112.8013, 28.1011, Crs.WGS84),
                        m("城管", "c:10", "C1", 112.8190, 28.1090, Crs.BD09)));
        // a point just outside every cell, within the tolerance of Z1 (3 m west of it)
        w.put("b11", List.of(m("公安", "g:11", "G1", 112.80 - 3 / 98_000.0, 28.105, Crs.WGS84)));
        return w;
    }

    static GridResolution resolve() {
        return new UnifiedGridResolver("综治", CELLS).resolve(world());
    }

    static Map<String, String> placement(GridResolution r) {
        return r.buildings().stream()
                .collect(Collectors.toMap(
                        BuildingGrid::unifiedBuildingId,
                        b -> b.unifiedGridCode() + " " + b.method(),
                        (a, b) -> a,
                        TreeMap::new));
    }

    @Test
    void placesEachBuildingByTheFirstRuleThatApplies() {
        GridResolution r = resolve();
        assertThat(placement(r))
                .containsEntry("b1", "Z1 BASE_LAYER")
                .containsEntry("b2", "Z1 BASE_LAYER") // the base decides, the contradiction is a conflict
                .containsEntry("b3", "Z2 POINT_IN_POLYGON") // GCJ-02 and BD-09 points converted
                .containsEntry("b4", "Z1 MEMBERSHIP") // G1 is 2/3 in Z1
                .containsEntry("b5", "Z2 MEMBERSHIP") // G1 ∩ C1 lies in Z2
                .containsEntry("b6", "Z1 MEMBERSHIP") // M1 has no polygon; its placed buildings are in Z1
                .containsEntry("b7", "null UNPLACED")
                .containsEntry("b8", "Z2 BASE_LAYER") // one record each: the cell with the point wins
                .containsEntry("b9", "null UNPLACED") // Z9 is not a 综治 cell
                .containsEntry("b10", "Z1 POINT_IN_POLYGON") // the median of three points
                .containsEntry("b11", "Z1 POINT_IN_POLYGON")
                .hasSize(11);
        assertThat(r.buildings()).extracting(BuildingGrid::unifiedBuildingId).isSorted();
    }

    @Test
    void theBuildingsPointIsTheMedianInWgs84() {
        BuildingGrid b3 = resolve().buildings().stream()
                .filter(b -> b.unifiedBuildingId().equals("b3"))
                .findFirst()
                .orElseThrow();
        assertThat(b3.longitude()).isCloseTo((112.817 + 112.8171) / 2, within(1e-7));
        assertThat(b3.latitude()).isCloseTo(28.106, within(1e-7));
        BuildingGrid b4 = resolve().buildings().stream()
                .filter(b -> b.unifiedBuildingId().equals("b4"))
                .findFirst()
                .orElseThrow();
        assertThat(b4.longitude()).isNull();
        assertThat(b4.latitude()).isNull();
    }

    @Test
    void reportsConflicts() {
        List<String> conflicts = resolve().conflicts().stream()
                .map(c -> c.unifiedBuildingId() + " " + c.kind() + " " + c.records() + " " + c.reason())
                .toList();
        assertThat(conflicts)
                .containsExactly(
                        // the median is the two 公安 points' (the third is 1.9 km away): 城管's C1 is wrong; distances are
                        // great-circle (0.007° of longitude at 28.1° N is 687 m)
                        "b10 GRID_CONFLICT [c:10] 城管 puts the building in C1 but its point (112.801300, 28.101100)"
                                + " is 853 m outside it",
                        "b10 POINTS_DISAGREE [c:10] 1 of 3 points lie up to 1946 m from the building's median point"
                                + " (112.801300, 28.101100)",
                        "b2 GRID_CONFLICT [z:2] 综治 puts the building in Z1 but its point (112.817000, 28.105000) is"
                                + " 687 m outside it, in Z2",
                        "b8 GRID_CONFLICT [z:8a] 综治 puts the building in Z1 but its point (112.818000, 28.108000) is"
                                + " 785 m outside it, in Z2",
                        "b8 SPLIT_MEMBERSHIP [z:8a, z:8b] 综治 puts the building in 2 cells: Z1, Z2",
                        "b9 UNKNOWN_GRID [z:9] 综治 has no grid cell Z9");
    }

    @Test
    void crosswalkSharesSumToOnePerDepartmentCell() {
        List<GridCrosswalkRow> rows = resolve().crosswalk();
        assertThat(rows.stream()
                        .map(r -> r.department() + " " + r.departmentGrid() + " → " + r.unifiedGrid() + " "
                                + r.buildings() + " " + String.format(Locale.ROOT, "%.3f", r.share())))
                .containsExactly(
                        "公安 G1 → Z1 4 0.800", // b1 b4 b10 b11
                        "公安 G1 → Z2 1 0.200", // b5
                        "公安 G2 → Z1 1 0.500",
                        "公安 G2 → Z2 1 0.500",
                        "城管 C1 → Z1 1 0.333",
                        "城管 C1 → Z2 2 0.667",
                        "民政 M1 → Z1 3 1.000",
                        "综治 Z1 → Z1 2 0.667", // b1 b2
                        "综治 Z1 → Z2 1 0.333", // b8, whose other record and point say Z2
                        "综治 Z2 → Z2 1 1.000");
    }

    @Test
    void deterministicWhateverTheOrderOfItsInput() {
        GridResolution expected = resolve();
        Random random = new Random(7);
        for (int i = 0; i < 5; i++) {
            Map<String, List<Membership>> shuffled = new HashMap<>();
            List<String> ids = new ArrayList<>(world().keySet());
            Collections.shuffle(ids, random);
            for (String id : ids) {
                List<Membership> ms = new ArrayList<>(world().get(id));
                Collections.shuffle(ms, random);
                shuffled.put(id, ms);
            }
            List<GridCell> cells = new ArrayList<>(CELLS);
            Collections.shuffle(cells, random);
            assertThat(new UnifiedGridResolver("综治", cells).resolve(shuffled)).isEqualTo(expected);
        }
    }

    @Test
    void theBaseLayerIsConfigurable() {
        GridResolution r = new UnifiedGridResolver("公安", CELLS).resolve(world());
        assertThat(placement(r))
                .containsEntry("b1", "G1 BASE_LAYER")
                .containsEntry("b3", "G2 POINT_IN_POLYGON")
                .containsEntry("b9", "null UNPLACED");
    }

    @Test
    void overlapSharesAreIntersectionAreasOverTheCellsArea() {
        CellIndex index = new CellIndex("综治", CELLS);
        assertThat(index.overlapShares(index.cell("公安", "G1")))
                .hasSize(2)
                .hasEntrySatisfying("Z1", s -> assertThat(s).isCloseTo(2.0 / 3, within(1e-4)))
                .hasEntrySatisfying("Z2", s -> assertThat(s).isCloseTo(1.0 / 3, within(1e-4)));
        // C1 and Z2 are the same rectangle, written in different systems: after conversion they coincide
        assertThat(index.overlapShares(index.cell("城管", "C1")))
                .hasEntrySatisfying("Z2", s -> assertThat(s).isCloseTo(1.0, within(1e-6)));
        assertThat(index.overlapShares(index.cell("公安", "G1"))).isSameAs(index.overlapShares(index.cell("公安", "G1")));
    }

    @Test
    void rejectsBadCellsNamingThem() {
        List<GridCell> bad = new ArrayList<>(CELLS);
        bad.add(new GridCell("城管", "chengguan-grids", "C2", "C2", null, "POLYGON((1 2, 3", Crs.BD09));
        assertThatThrownBy(() -> new UnifiedGridResolver("综治", bad))
                .hasMessageStartingWith("城管 grid C2 (source chengguan-grids): invalid WKT");
        List<GridCell> twice = new ArrayList<>(CELLS);
        twice.add(new GridCell("综治", "other-grids", "Z1", "Z1", null, null, Crs.WGS84));
        assertThatThrownBy(() -> new UnifiedGridResolver("综治", twice))
                .hasMessage("综治 grid Z1 (source other-grids): code listed twice (also in source 综治-grids)");
    }
}
