package org.xiaoqu.samples.world;

import org.xiaoqu.grid.geo.CrsConversion;
import org.xiaoqu.grid.geo.LonLat;

/**
 * The generator's view of the coordinate systems: the departments' {@link Crs} with the names written in
 * xiaoqu.yaml, and the transforms, which are the jobs' own ({@link CrsConversion}), so that the city is written
 * with exactly the arithmetic the grid merge reads it back with.
 */
public final class Coordinates {
    private Coordinates() {}

    /** A longitude/latitude pair in degrees. */
    public record Point(double lon, double lat) {}

    /** The coordinate systems departments use. */
    public enum Crs {
        WGS84("WGS-84"),
        GCJ02("GCJ-02"),
        BD09("BD-09");

        private final String label;

        Crs(String label) {
            this.label = label;
        }

        /** The name used in xiaoqu.yaml. */
        public String label() {
            return label;
        }
    }

    /** A WGS-84 point in the given system. */
    public static Point fromWgs84(double lon, double lat, Crs crs) {
        return switch (crs) {
            case WGS84 -> new Point(lon, lat);
            case GCJ02 -> wgs84ToGcj02(lon, lat);
            case BD09 -> {
                Point g = wgs84ToGcj02(lon, lat);
                yield gcj02ToBd09(g.lon(), g.lat());
            }
        };
    }

    public static Point wgs84ToGcj02(double lon, double lat) {
        return point(CrsConversion.wgs84ToGcj02(lon, lat));
    }

    /** The inverse of {@link #wgs84ToGcj02} (error well under a centimetre). */
    public static Point gcj02ToWgs84(double lon, double lat) {
        return point(CrsConversion.gcj02ToWgs84(lon, lat));
    }

    public static Point gcj02ToBd09(double lon, double lat) {
        return point(CrsConversion.gcj02ToBd09(lon, lat));
    }

    public static Point bd09ToGcj02(double lon, double lat) {
        return point(CrsConversion.bd09ToGcj02(lon, lat));
    }

    private static Point point(LonLat p) {
        return new Point(p.lon(), p.lat());
    }
}
