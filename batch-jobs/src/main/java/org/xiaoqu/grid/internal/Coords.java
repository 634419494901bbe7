package org.xiaoqu.grid.internal;

/**
 * GCJ-02 and BD-09 to WGS-84 (the published forward formulas, inverted by iteration to well under a metre), so
 * that points of departments in different systems can be compared. The grid resolution has its own in
 * org.xiaoqu.grid.geo; the matcher only needs distances between buildings.
 */
final class Coords {
    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;

    private Coords() {}

    /** {lon, lat} in WGS-84. */
    static double[] toWgs84(double lon, double lat, String crs) {
        String c = crs.replace("-", "").toUpperCase(java.util.Locale.ROOT);
        if (c.equals("BD09")) {
            double[] g = bdToGcj(lon, lat);
            return gcjToWgs(g[0], g[1]);
        }
        if (c.equals("GCJ02")) {
            return gcjToWgs(lon, lat);
        }
        return new double[] {lon, lat};
    }

    private static double[] bdToGcj(double lon, double lat) {
        double x = lon - 0.0065;
        double y = lat - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
        double t = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        return new double[] {z * Math.cos(t), z * Math.sin(t)};
    }

    private static double[] gcjToWgs(double lon, double lat) {
        double wLon = lon;
        double wLat = lat;
        for (int i = 0; i < 4; i++) {
            double[] g = wgsToGcj(wLon, wLat);
            wLon += lon - g[0];
            wLat += lat - g[1];
        }
        return new double[] {wLon, wLat};
    }

    static double[] wgsToGcj(double lon, double lat) {
        double dLat = transformLat(lon - 105.0, lat - 35.0);
        double dLon = transformLon(lon - 105.0, lat - 35.0);
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {lon + dLon, lat + dLat};
    }

    private static double transformLat(double x, double y) {
        double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return r;
    }

    private static double transformLon(double x, double y) {
        double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return r;
    }

    /** Metres between two WGS-84 points (equirectangular: the distances compared are a few hundred metres). */
    static double metres(double lon1, double lat1, double lon2, double lat2) {
        double x = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double y = Math.toRadians(lat2 - lat1);
        return Math.sqrt(x * x + y * y) * 6371000.0;
    }
}
