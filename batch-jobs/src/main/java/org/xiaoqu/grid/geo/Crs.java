package org.xiaoqu.grid.geo;

import java.util.Locale;

/** STAND-IN until the gridgeo branch lands: the coordinate systems a source may declare. */
public enum Crs {
    WGS84,
    GCJ02,
    BD09;

    /** "WGS-84", "GCJ-02", "BD-09" (case and dash insensitive); WGS-84 when blank. */
    public static Crs parse(String text) {
        String t = text == null
                ? ""
                : text.replace("-", "").replace("_", "").trim().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "", "WGS84" -> WGS84;
            case "GCJ02" -> GCJ02;
            case "BD09" -> BD09;
            default -> throw new IllegalArgumentException("unknown coordinate system: " + text);
        };
    }
}
