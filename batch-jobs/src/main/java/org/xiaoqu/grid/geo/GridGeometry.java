package org.xiaoqu.grid.geo;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Grid cell polygons in WGS-84: WKT parsed with JTS, every vertex converted from the cell's declared system, and
 * invalid rings (self-intersections, wrong orientation) repaired with {@link GeometryFixer}. Longitude is x,
 * latitude y, as WKT writes them.
 */
public final class GridGeometry {
    /** The factory for all grid geometry: floating precision, SRID 4326 (WGS-84). */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private GridGeometry() {}

    /**
     * The cell's polygon in WGS-84, or {@code null} when the cell has no WKT.
     *
     * @throws IllegalArgumentException naming the cell when the WKT does not parse, is not a POLYGON or
     *     MULTIPOLYGON, or is empty
     */
    public static @Nullable Geometry toWgs84(GridCell cell) {
        String wkt = cell.wkt();
        if (wkt == null) {
            return null;
        }
        Geometry g;
        try {
            g = new WKTReader(FACTORY).read(wkt);
        } catch (ParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    cell.describe() + ": invalid WKT (" + e.getMessage() + "): " + abbreviate(wkt), e);
        }
        if (!(g instanceof Polygon || g instanceof MultiPolygon)) {
            throw new IllegalArgumentException(cell.describe() + ": expected a POLYGON or MULTIPOLYGON, got "
                    + g.getGeometryType().toUpperCase(java.util.Locale.ROOT) + ": " + abbreviate(wkt));
        }
        if (g.isEmpty()) {
            throw new IllegalArgumentException(cell.describe() + ": empty polygon: " + abbreviate(wkt));
        }
        if (cell.crs() != Crs.WGS84) {
            g.apply(new ToWgs84(cell.crs()));
            g.geometryChanged();
        }
        if (!g.isValid()) {
            g = GeometryFixer.fix(g);
        }
        return g;
    }

    /** A WGS-84 point. */
    public static Point point(double lon, double lat) {
        return FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(lon, lat));
    }

    private static String abbreviate(String wkt) {
        return wkt.length() <= 80 ? wkt : wkt.substring(0, 77) + "...";
    }

    private static final class ToWgs84 implements CoordinateSequenceFilter {
        private final Crs crs;

        ToWgs84(Crs crs) {
            this.crs = crs;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            LonLat p = CrsConversion.toWgs84(seq.getX(i), seq.getY(i), crs);
            seq.setOrdinate(i, CoordinateSequence.X, p.lon());
            seq.setOrdinate(i, CoordinateSequence.Y, p.lat());
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
