package org.xiaoqu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.grid.geo.BuildingGrid;
import org.xiaoqu.grid.geo.Crs;
import org.xiaoqu.grid.geo.CrsConversion;
import org.xiaoqu.grid.geo.GridCell;
import org.xiaoqu.grid.geo.GridConflict;
import org.xiaoqu.grid.geo.GridResolution;
import org.xiaoqu.grid.geo.LonLat;
import org.xiaoqu.grid.geo.Membership;
import org.xiaoqu.grid.geo.UnifiedGridResolver;
import org.xiaoqu.samples.world.Coordinates;

/**
 * The grid merge's geometry measured on the generator's truth, with linkage taken as perfect (each record keyed
 * by its true building): the unified grid the resolver gives each building agrees with {@code true_grid_code}
 * (the 综治 cell containing it), and the conversions undo the generator's.
 */
class UnifiedGridTruthTest {
    /** Grid file, code column, WKT column (or empty), CRS, department. */
    private static final String[][] GRIDS = {
        {"综治/网格.csv", "网格编码", "网格边界", "GCJ-02", "综治", "zongzhi-grids"},
        {"公安/警务责任区.csv", "责任区编码", "边界", "WGS-84", "公安", "gongan-grids"},
        {"城管/单元网格.csv", "单元网格编码", "网格WKT", "BD-09", "城管", "chengguan-grids"},
        {"民政/社区网格.csv", "网格编号", "", "WGS-84", "民政", "minzheng-grids"},
        {"消防/消防网格.csv", "网格编码", "范围", "GCJ-02", "消防", "xiaofang-grids"},
        {"住建/片区.csv", "片区编码", "", "WGS-84", "住建", "zhujian-grids"},
    };

    /** Membership file, source id, record id column, grid column, lon, lat, CRS, department. */
    private static final String[][] MEMBERS = {
        {"综治/网格楼栋.csv", "zongzhi-buildings", "序号", "网格编码", "", "", "WGS-84", "综治"},
        {"公安/实有房屋.csv", "gongan-buildings", "房屋编码", "责任区编码", "经度", "纬度", "WGS-84", "公安"},
        {"城管/部件楼栋.xlsx", "chengguan-buildings", "编号", "单元网格", "X坐标", "Y坐标", "BD-09", "城管"},
        {"民政/社区楼栋.csv", "minzheng-buildings", "记录号", "网格编号", "", "", "WGS-84", "民政"},
        {"消防/消防楼栋.csv", "xiaofang-buildings", "建筑编号", "消防网格", "经度", "纬度", "GCJ-02", "消防"},
        {"住建/小区楼栋.csv", "zhujian-buildings", "楼栋编号", "片区编码", "", "", "WGS-84", "住建"},
    };

    @TempDir
    static Path city;

    static final Map<String, Map<String, String>> buildings = new TreeMap<>();
    static final Map<String, String> trueBuildingOfRecord = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        CityGenerator.generate(new GeneratorRequest(city, 3_000, 4301, NoiseLevel.MEDIUM));
        CityFiles.rows(city.resolve("truth/buildings.csv")).forEach(b -> buildings.put(b.get("building_id"), b));
        CityFiles.rows(city.resolve("truth/records.csv"))
                .forEach(t ->
                        trueBuildingOfRecord.put(t.get("source_id") + ":" + t.get("record_id"), t.get("building_id")));
    }

    static List<GridCell> cells() throws IOException {
        List<GridCell> cells = new ArrayList<>();
        for (String[] g : GRIDS) {
            for (Map<String, String> r : CityFiles.rows(city.resolve(g[0]))) {
                String wkt = g[2].isEmpty() ? null : r.get(g[2]);
                cells.add(new GridCell(g[4], g[5], r.get(g[1]), r.get(g[1]), null, wkt, Crs.parse(g[3])));
            }
        }
        return cells;
    }

    static Map<String, List<Membership>> membershipsByTrueBuilding() throws IOException {
        Map<String, List<Membership>> out = new TreeMap<>();
        for (String[] m : MEMBERS) {
            for (Map<String, String> r : CityFiles.rows(city.resolve(m[0]))) {
                String key = m[1] + ":" + r.get(m[2]);
                String building = trueBuildingOfRecord.get(key);
                assertThat(building).as(key).isNotNull();
                Double lon = m[4].isEmpty() || r.get(m[4]).isBlank() ? null : Double.valueOf(r.get(m[4]));
                Double lat = m[5].isEmpty() || r.get(m[5]).isBlank() ? null : Double.valueOf(r.get(m[5]));
                out.computeIfAbsent(building, b -> new ArrayList<>())
                        .add(new Membership(m[7], m[1], key, r.get(m[3]), lon, lat, Crs.parse(m[6])));
            }
        }
        return out;
    }

    @Test
    void unifiedGridAgreesWithTruth() throws IOException {
        GridResolution res = new UnifiedGridResolver(UnifiedGridResolver.DEFAULT_BASE_DEPARTMENT, cells())
                .resolve(membershipsByTrueBuilding());

        Map<String, int[]> byMethod = new TreeMap<>();
        int agree = 0;
        for (BuildingGrid b : res.buildings()) {
            boolean ok =
                    buildings.get(b.unifiedBuildingId()).get("true_grid_code").equals(b.unifiedGridCode());
            int[] c = byMethod.computeIfAbsent(b.method(), k -> new int[2]);
            c[0]++;
            if (ok) {
                c[1]++;
                agree++;
            }
        }
        double share = (double) agree / res.buildings().size();
        Map<String, Long> kinds = new TreeMap<>();
        res.conflicts().forEach(c -> kinds.merge(c.kind(), 1L, Long::sum));
        StringBuilder methods = new StringBuilder();
        byMethod.forEach((k, c) -> methods.append(String.format(Locale.ROOT, " %s %d/%d", k, c[1], c[0])));
        System.out.printf(
                Locale.ROOT,
                "unified grid = true_grid_code for %d of %d buildings (%.4f);%s; conflicts %s%n",
                agree,
                res.buildings().size(),
                share,
                methods,
                kinds);

        // every building with at least one record is resolved, and the truth's buildings are all there
        assertThat(res.buildings()).hasSize(membershipsByTrueBuilding().size());
        // Measured 2026-11-28 at medium noise: see the README's geometry section. The misses are the 综治
        // records the generator puts in a neighbouring cell on purpose (GRID_CONFLICT noise, 2% at medium): the
        // base layer decides, and each miss is reported as a GRID_CONFLICT.
        assertThat(share).isGreaterThanOrEqualTo(0.97);
        long baseGridConflicts = res.conflicts().stream()
                .filter(c -> c.kind().equals(GridConflict.GRID_CONFLICT)
                        && c.reason().startsWith("综治"))
                .count();
        assertThat(agree + baseGridConflicts)
                .isGreaterThanOrEqualTo((long) (0.995 * res.buildings().size()));
        // the crosswalk's shares sum to 1 per department cell
        Map<String, Double> sums = new TreeMap<>();
        res.crosswalk().forEach(r -> sums.merge(r.department() + "/" + r.departmentGrid(), r.share(), Double::sum));
        assertThat(sums.values())
                .allSatisfy(s -> assertThat(s).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void theInverseRecoversTheGeneratorsPointsWithinAMetre() {
        double worst = 0;
        for (Map<String, String> b : buildings.values()) {
            double lon = Double.parseDouble(b.get("longitude"));
            double lat = Double.parseDouble(b.get("latitude"));
            for (Coordinates.Crs crs : Coordinates.Crs.values()) {
                Coordinates.Point p = Coordinates.fromWgs84(lon, lat, crs);
                // as the generator writes them: six decimals
                double wLon = Math.round(p.lon() * 1e6) / 1e6;
                double wLat = Math.round(p.lat() * 1e6) / 1e6;
                LonLat back = CrsConversion.toWgs84(wLon, wLat, Crs.parse(crs.label()));
                worst = Math.max(worst, CrsConversion.distanceMetres(back.lon(), back.lat(), lon, lat));
            }
        }
        System.out.printf(
                Locale.ROOT, "worst WGS-84 recovery over %d buildings x 3 systems: %.3f m%n", buildings.size(), worst);
        assertThat(worst).isLessThan(1.0);
    }
}
