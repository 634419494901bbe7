package org.xiaoqu.samples.world;

/**
 * The standard WGS-84 → GCJ-02 (国测局) and GCJ-02 → BD-09 (百度) transforms, and their inverses. Points outside
 * mainland China are not shifted by GCJ-02, as in the published algorithm.
 */
public final class Coordinates {
    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;

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
        if (outOfChina(lon, lat)) {
            return new Point(lon, lat);
        }
        double dLat = transformLat(lon - 105.0, lat - 35.0);
        double dLon = transformLon(lon - 105.0, lat - 35.0);
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new Point(lon + dLon, lat + dLat);
    }

    /** The inverse of {@link #wgs84ToGcj02} by fixed-point iteration (error well under a centimetre). */
    public static Point gcj02ToWgs84(double lon, double lat) {
        double wLon = lon;
        double wLat = lat;
        for (int i = 0; i < 10; i++) {
            Point g = wgs84ToGcj02(wLon, wLat);
            wLon -= g.lon() - lon;
            wLat -= g.lat() - lat;
        }
        return new Point(wLon, wLat);
    }

    public static Point gcj02ToBd09(double lon, double lat) {
        double z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
        double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
        return new Point(z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006);
    }

    public static Point bd09ToGcj02(double lon, double lat) {
        double x = lon - 0.0065;
        double y = lat - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        return new Point(z * Math.cos(theta), z * Math.sin(theta));
    }

    private static boolean outOfChina(double lon, double lat) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    private static double transformLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double transformLon(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
