package org.xiaoqu.grid.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class GridGeometryTest {
    private static GridCell cell(String wkt, Crs crs) {
        return new GridCell("综治", "zongzhi-grids", "430102001001001", "一网格", "430102", wkt, crs);
    }

    @Test
    void convertsEveryVertexToWgs84() {
        LonLat sw = CrsConversion.fromWgs84(112.81, 28.13, Crs.BD09);
        LonLat ne = CrsConversion.fromWgs84(112.82, 28.14, Crs.BD09);
        String wkt = String.format(
                java.util.Locale.ROOT,
                "POLYGON((%.9f %.9f, %.9f %.9f, %.9f %.9f, %.9f %.9f, %.9f %.9f))",
                sw.lon(),
                sw.lat(),
                ne.lon(),
                sw.lat(),
                ne.lon(),
                ne.lat(),
                sw.lon(),
                ne.lat(),
                sw.lon(),
                sw.lat());
        Geometry g = GridGeometry.toWgs84(cell(wkt, Crs.BD09));
        Coordinate first = g.getCoordinates()[0];
        assertThat(first.x).isCloseTo(112.81, within(1e-8));
        assertThat(first.y).isCloseTo(28.13, within(1e-8));
        Coordinate third = g.getCoordinates()[2];
        assertThat(third.x).isCloseTo(112.82, within(1e-8));
        assertThat(third.y).isCloseTo(28.14, within(1e-8));
        assertThat(g.getSRID()).isEqualTo(4326);
    }

    @Test
    void noWktNoGeometry() {
        assertThat(GridGeometry.toWgs84(cell(null, Crs.WGS84))).isNull();
        assertThat(GridGeometry.toWgs84(cell("  ", Crs.WGS84))).isNull();
    }

    @Test
    void invalidWktNamesTheCell() {
        assertThatThrownBy(() -> GridGeometry.toWgs84(cell("POLYGON((112.8 28.1, 112.9 28.1, 112.9", Crs.GCJ02)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("综治 grid 430102001001001 (source zongzhi-grids): invalid WKT")
                .hasMessageContaining("POLYGON((112.8 28.1");
        assertThatThrownBy(() -> GridGeometry.toWgs84(cell("POINT(112.8 28.1)", Crs.WGS84)))
                .hasMessage("综治 grid 430102001001001 (source zongzhi-grids): expected a POLYGON or MULTIPOLYGON, got"
                        + " POINT: POINT(112.8 28.1)");
        assertThatThrownBy(() -> GridGeometry.toWgs84(cell("POLYGON EMPTY", Crs.WGS84)))
                .hasMessageContaining("empty polygon");
        // an unclosed ring is a JTS IllegalArgumentException, reported the same way
        assertThatThrownBy(() -> GridGeometry.toWgs84(cell("POLYGON((0 0, 1 0, 1 1, 0 1))", Crs.WGS84)))
                .hasMessageStartingWith("综治 grid 430102001001001 (source zongzhi-grids): invalid WKT");
    }

    @Test
    void repairsABowTie() {
        Geometry g = GridGeometry.toWgs84(cell("POLYGON((0 0, 2 2, 2 0, 0 2, 0 0))", Crs.WGS84));
        assertThat(g.isValid()).isTrue();
        assertThat(g.getArea()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void multiPolygonsAreAccepted() {
        Geometry g = GridGeometry.toWgs84(
                cell("MULTIPOLYGON(((0 0, 1 0, 1 1, 0 1, 0 0)), ((2 0, 3 0, 3 1, 2 1, 2 0)))", Crs.WGS84));
        assertThat(g.getNumGeometries()).isEqualTo(2);
        assertThat(g.getArea()).isCloseTo(2.0, within(1e-9));
    }
}
