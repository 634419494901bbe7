package org.xiaoqu.samples.departments;

import org.xiaoqu.samples.world.Coordinates;
import org.xiaoqu.samples.world.Rect;

/** Fixed-precision degrees and WKT polygons, formatted without {@code String.format} (millions of calls). */
final class Wkt {
    private Wkt() {}

    /** Degrees with six decimals (about 0.1 m). */
    static String degrees(double v) {
        long micro = Math.round(v * 1_000_000);
        StringBuilder b = new StringBuilder(12);
        if (micro < 0) {
            b.append('-');
            micro = -micro;
        }
        String frac = Long.toString(micro % 1_000_000);
        b.append(micro / 1_000_000).append('.');
        for (int i = frac.length(); i < 6; i++) {
            b.append('0');
        }
        return b.append(frac).toString();
    }

    /** The rectangle as a closed WKT polygon, each corner converted to the department's system. */
    static String polygon(Rect r, Coordinates.Crs crs) {
        double[][] corners = {
            {r.west(), r.south()},
            {r.east(), r.south()},
            {r.east(), r.north()},
            {r.west(), r.north()},
            {r.west(), r.south()}
        };
        StringBuilder b = new StringBuilder("POLYGON((");
        for (int i = 0; i < corners.length; i++) {
            Coordinates.Point p = Coordinates.fromWgs84(corners[i][0], corners[i][1], crs);
            b.append(i == 0 ? "" : ", ").append(degrees(p.lon())).append(' ').append(degrees(p.lat()));
        }
        return b.append("))").toString();
    }
}
