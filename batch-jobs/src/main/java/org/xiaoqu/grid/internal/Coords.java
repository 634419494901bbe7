package org.xiaoqu.grid.internal;

/** Distances between points already in WGS-84 (conversions: {@link org.xiaoqu.grid.geo.CrsConversion}). */
final class Coords {
    private Coords() {}

    /** Metres between two nearby points (equirectangular: exact enough within a city, and cheap). */
    static double metres(double lon1, double lat1, double lon2, double lat2) {
        double x = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double y = Math.toRadians(lat2 - lat1);
        return Math.sqrt(x * x + y * y) * 6371000.0;
    }
}
