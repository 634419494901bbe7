package org.xiaoqu.samples.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoordinatesTest {

    @Test
    void gcj02ShiftsChangshaByAFewHundredMetresAndInvertsExactly() {
        Coordinates.Point g = Coordinates.wgs84ToGcj02(112.94, 28.23);
        double metres = Math.hypot((g.lon() - 112.94) * 98_000, (g.lat() - 28.23) * 111_000);
        assertThat(metres).isBetween(100.0, 900.0);
        Coordinates.Point back = Coordinates.gcj02ToWgs84(g.lon(), g.lat());
        assertThat(back.lon()).isCloseTo(112.94, within(1e-7));
        assertThat(back.lat()).isCloseTo(28.23, within(1e-7));
    }

    @Test
    void bd09RoundTripsThroughGcj02() {
        Coordinates.Point b = Coordinates.gcj02ToBd09(112.95, 28.20);
        assertThat(b.lon() - 112.95).isBetween(0.005, 0.008);
        Coordinates.Point g = Coordinates.bd09ToGcj02(b.lon(), b.lat());
        assertThat(g.lon()).isCloseTo(112.95, within(1e-5));
        assertThat(g.lat()).isCloseTo(28.20, within(1e-5));
    }

    @Test
    void outsideChinaIsNotShifted() {
        Coordinates.Point p = Coordinates.fromWgs84(2.35, 48.85, Coordinates.Crs.GCJ02);
        assertThat(p.lon()).isEqualTo(2.35);
        assertThat(p.lat()).isEqualTo(48.85);
    }
}
