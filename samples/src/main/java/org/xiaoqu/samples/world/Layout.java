package org.xiaoqu.samples.world;

import java.util.Map;

/** Places each district on a lattice around its city's real centre, so that no two districts overlap. */
final class Layout {
    private static final Map<String, double[]> CITY_CENTRES = Map.ofEntries(
            Map.entry("4301", new double[] {112.94, 28.23}),
            Map.entry("4302", new double[] {113.13, 27.83}),
            Map.entry("4303", new double[] {112.94, 27.83}),
            Map.entry("4304", new double[] {112.57, 26.89}),
            Map.entry("4305", new double[] {111.47, 27.24}),
            Map.entry("4306", new double[] {113.13, 29.36}),
            Map.entry("4307", new double[] {111.70, 29.03}),
            Map.entry("4308", new double[] {110.48, 29.12}),
            Map.entry("4309", new double[] {112.36, 28.55}),
            Map.entry("4310", new double[] {113.01, 25.77}),
            Map.entry("4311", new double[] {111.61, 26.42}),
            Map.entry("4312", new double[] {109.99, 27.55}),
            Map.entry("4313", new double[] {111.99, 27.70}),
            Map.entry("4331", new double[] {109.74, 28.31}));
    private static final double SIZE = 0.06;
    private static final double PITCH = 0.065;

    private Layout() {}

    static Rect districtRect(String cityCode, int indexInCity) {
        double[] c = CITY_CENTRES.getOrDefault(cityCode, new double[] {112.0, 27.5});
        double west = c[0] - 2 * PITCH + (indexInCity % 5) * PITCH;
        double south = c[1] - 0.1 + (indexInCity / 5) * PITCH;
        return new Rect(west, south, west + SIZE, south + SIZE);
    }
}
