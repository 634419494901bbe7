package org.xiaoqu.grid.geo;

/**
 * WGS-84 ⇄ GCJ-02 ⇄ BD-09 by the published algorithms (the GCJ-02 obfuscation with the Krasovsky ellipsoid
 * constants, and Baidu's BD-09 shift), as in the widely used open implementations (e.g. wandergis/coordtransform)
 * and in the sample generator. The forward transforms are closed formulas; both inverses are computed by
 * iteration on the forward transform until the step is below {@value #TOLERANCE_DEGREES}° (in practice 3–5
 * steps, far under a millimetre), so {@code toWgs84(fromWgs84(p, crs), crs)} returns {@code p}. Points outside
 * mainland China (the published bounding box) are not shifted by GCJ-02.
 */
public final class CrsConversion {
    /** The largest error the iterative inverses leave, in degrees (about 1 cm). */
    public static final double TOLERANCE_DEGREES = 1e-7;

    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;
    private static final int MAX_ITERATIONS = 30;

    private CrsConversion() {}

    /** The WGS-84 point of {@code (lon, lat)} given in {@code crs}. */
    public static LonLat toWgs84(double lon, double lat, Crs crs) {
        return switch (crs) {
            case WGS84 -> new LonLat(lon, lat);
            case GCJ02 -> gcj02ToWgs84(lon, lat);
            case BD09 -> {
                LonLat g = bd09ToGcj02(lon, lat);
                yield gcj02ToWgs84(g.lon(), g.lat());
            }
        };
    }

    /** The point in {@code crs} of the WGS-84 point {@code (lon, lat)}. */
    public static LonLat fromWgs84(double lon, double lat, Crs crs) {
        return switch (crs) {
            case WGS84 -> new LonLat(lon, lat);
            case GCJ02 -> wgs84ToGcj02(lon, lat);
            case BD09 -> {
                LonLat g = wgs84ToGcj02(lon, lat);
                yield gcj02ToBd09(g.lon(), g.lat());
            }
        };
    }

    /** True outside the rectangle the GCJ-02 algorithm shifts (then GCJ-02 equals WGS-84). */
    public static boolean outOfChina(double lon, double lat) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    public static LonLat wgs84ToGcj02(double lon, double lat) {
        if (outOfChina(lon, lat)) {
            return new LonLat(lon, lat);
        }
        double dLat = transformLat(lon - 105.0, lat - 35.0);
        double dLon = transformLon(lon - 105.0, lat - 35.0);
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new LonLat(lon + dLon, lat + dLat);
    }

    /**
     * The inverse of {@link #wgs84ToGcj02}: fixed-point iteration w ← w − (gcj(w) − g), which converges because
     * the shift varies slowly (its derivative is about 1e-5), starting from w = g.
     */
    public static LonLat gcj02ToWgs84(double lon, double lat) {
        if (outOfChina(lon, lat)) {
            return new LonLat(lon, lat);
        }
        double wLon = lon;
        double wLat = lat;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            LonLat g = wgs84ToGcj02(wLon, wLat);
            double eLon = g.lon() - lon;
            double eLat = g.lat() - lat;
            wLon -= eLon;
            wLat -= eLat;
            if (Math.abs(eLon) < TOLERANCE_DEGREES / 10 && Math.abs(eLat) < TOLERANCE_DEGREES / 10) {
                break;
            }
        }
        return new LonLat(wLon, wLat);
    }

    public static LonLat gcj02ToBd09(double lon, double lat) {
        double z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
        double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
        return new LonLat(z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006);
    }

    /**
     * The inverse of {@link #gcj02ToBd09}: Baidu's published approximate inverse, refined by the same fixed-point
     * iteration (the published formula alone is off by up to about 1e-6°).
     */
    public static LonLat bd09ToGcj02(double lon, double lat) {
        LonLat g = bd09ToGcj02Approximate(lon, lat);
        double gLon = g.lon();
        double gLat = g.lat();
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            LonLat b = gcj02ToBd09(gLon, gLat);
            double eLon = b.lon() - lon;
            double eLat = b.lat() - lat;
            gLon -= eLon;
            gLat -= eLat;
            if (Math.abs(eLon) < TOLERANCE_DEGREES / 10 && Math.abs(eLat) < TOLERANCE_DEGREES / 10) {
                break;
            }
        }
        return new LonLat(gLon, gLat);
    }

    /** Baidu's published closed-form BD-09 → GCJ-02 (not an exact inverse of {@link #gcj02ToBd09}). */
    public static LonLat bd09ToGcj02Approximate(double lon, double lat) {
        double x = lon - 0.0065;
        double y = lat - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        return new LonLat(z * Math.cos(theta), z * Math.sin(theta));
    }

    /** The great-circle distance in metres between two WGS-84 points (haversine, mean Earth radius). */
    public static double distanceMetres(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
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
