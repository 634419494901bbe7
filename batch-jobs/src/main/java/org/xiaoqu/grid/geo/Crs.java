package org.xiaoqu.grid.geo;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The coordinate systems departments declare for their points and polygons ({@code crs:} in xiaoqu.yaml). */
public enum Crs {
    /** GPS, what 公安 and the truth use; the system the grid merge converts everything to. */
    WGS84("WGS-84"),
    /** 国测局 (Amap, Tencent): WGS-84 shifted by the published obfuscation; equal to WGS-84 outside China. */
    GCJ02("GCJ-02"),
    /** 百度: GCJ-02 shifted once more. */
    BD09("BD-09");

    private final String label;

    Crs(String label) {
        this.label = label;
    }

    /** The name used in xiaoqu.yaml and in messages: WGS-84, GCJ-02, BD-09. */
    public String label() {
        return label;
    }

    /**
     * The system named by {@code text}: {@code WGS-84}, {@code GCJ-02}, {@code BD-09}, ignoring case, spaces,
     * hyphens and underscores ({@code wgs84}, {@code gcj_02}, {@code Bd 09} are accepted). A blank or missing
     * value is WGS-84: a source that declares no system (民政, 住建: no coordinates) is taken as GPS.
     *
     * @throws IllegalArgumentException naming the accepted values when the text names none of them
     */
    public static Crs parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return WGS84;
        }
        String key = text.replaceAll("[\\s\\-_]", "").toUpperCase(Locale.ROOT);
        for (Crs crs : values()) {
            if (crs.name().equals(key)) {
                return crs;
            }
        }
        throw new IllegalArgumentException("unknown coordinate system '" + text + "'; expected one of "
                + Arrays.stream(values()).map(Crs::label).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return label;
    }
}
