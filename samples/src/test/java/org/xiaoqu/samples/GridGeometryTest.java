package org.xiaoqu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xiaoqu.samples.world.Coordinates;

/**
 * Points and polygons are in the department's own coordinate system, consistently: a record's point lies in the
 * polygon of its grid cell (unless the grid is wrong on purpose), and converting it back to WGS-84 lands on the
 * building's true position.
 */
class GridGeometryTest {
    @TempDir
    static Path city;

    static Map<String, Map<String, String>> truthByRecord = new HashMap<>();
    static Map<String, Map<String, String>> buildings = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        CityGenerator.generate(new GeneratorRequest(city, 1_500, 8, NoiseLevel.MEDIUM));
        CityFiles.rows(city.resolve("truth/records.csv")).forEach(t -> truthByRecord.put(t.get("record_id"), t));
        CityFiles.rows(city.resolve("truth/buildings.csv")).forEach(b -> buildings.put(b.get("building_id"), b));
    }

    @ParameterizedTest
    @CsvSource({
        "公安/警务责任区.csv, 责任区编码, 边界, 公安/实有房屋.csv, 房屋编码, 责任区编码, 经度, 纬度, WGS84",
        "城管/单元网格.csv, 单元网格编码, 网格WKT, 城管/部件楼栋.xlsx, 编号, 单元网格, X坐标, Y坐标, BD09",
        "消防/消防网格.csv, 网格编码, 范围, 消防/消防楼栋.csv, 建筑编号, 消防网格, 经度, 纬度, GCJ02"
    })
    void pointsLieInTheirCellsPolygonAndMapBackToTheBuilding(
            String gridFile,
            String codeCol,
            String wktCol,
            String file,
            String idCol,
            String gridCol,
            String lonCol,
            String latCol,
            Coordinates.Crs crs)
            throws IOException {
        Map<String, double[][]> polygons = new HashMap<>();
        for (Map<String, String> g : CityFiles.rows(city.resolve(gridFile))) {
            polygons.put(g.get(codeCol), ring(g.get(wktCol)));
        }
        List<Map<String, String>> rows = CityFiles.rows(city.resolve(file));
        int inside = 0;
        int checked = 0;
        for (Map<String, String> r : rows) {
            Map<String, String> t = truthByRecord.get(r.get(idCol));
            double lon = Double.parseDouble(r.get(lonCol));
            double lat = Double.parseDouble(r.get(latCol));
            Coordinates.Point wgs = toWgs84(lon, lat, crs);
            Map<String, String> b = buildings.get(t.get("building_id"));
            double metres = Math.hypot(
                    (wgs.lon() - Double.parseDouble(b.get("longitude"))) * 98_000,
                    (wgs.lat() - Double.parseDouble(b.get("latitude"))) * 111_000);
            assertThat(metres).as("%s back in WGS-84", r.get(idCol)).isLessThan(10.0);
            if (!t.get("noise").contains("GRID_CONFLICT")) {
                checked++;
                inside += contains(polygons.get(r.get(gridCol)), lon, lat) ? 1 : 0;
            }
        }
        // the ±5 m jitter of a reported point may cross a cell edge now and then, as real GPS does
        assertThat((double) inside / checked).isGreaterThan(0.99);
    }

    private static Coordinates.Point toWgs84(double lon, double lat, Coordinates.Crs crs) {
        return switch (crs) {
            case WGS84 -> new Coordinates.Point(lon, lat);
            case GCJ02 -> Coordinates.gcj02ToWgs84(lon, lat);
            case BD09 -> {
                Coordinates.Point g = Coordinates.bd09ToGcj02(lon, lat);
                yield Coordinates.gcj02ToWgs84(g.lon(), g.lat());
            }
        };
    }

    private static double[][] ring(String wkt) {
        String[] pts = wkt.replace("POLYGON((", "").replace("))", "").split(",\\s*");
        double[][] ring = new double[pts.length][];
        for (int i = 0; i < pts.length; i++) {
            String[] xy = pts[i].trim().split(" ");
            ring[i] = new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
        }
        return ring;
    }

    /** Ray casting over a closed ring. */
    private static boolean contains(double[][] ring, double x, double y) {
        boolean in = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            if ((ring[i][1] > y) != (ring[j][1] > y)
                    && x < (ring[j][0] - ring[i][0]) * (y - ring[i][1]) / (ring[j][1] - ring[i][1]) + ring[i][0]) {
                in = !in;
            }
        }
        return in;
    }
}
