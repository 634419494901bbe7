package org.xiaoqu.grid.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reference values: the published test of wandergis/coordtransform (test/app.js, the JavaScript implementation most
 * Chinese GIS code copies), all at (116.404, 39.915), Tiananmen:
 *
 * <pre>
 * wgs84togcj02: [ 116.41024449916938, 39.91640428150164 ]
 * gcj02tobd09:  [ 116.41036949371029, 39.92133699351021 ]
 * bd09togcj02:  [ 116.39762729119315, 39.90865673957631 ]   (Baidu's closed-form approximate inverse)
 * gcj02towgs84: [ 116.39775550083061, 39.91359571849836 ]   (its one-step approximate inverse)
 * </pre>
 *
 * The forward transforms must match to the last bits; our inverses iterate, so they match the one-step
 * published ones only to their error (well under 1e-5°) and undo the forward transforms to 1e-7°.
 */
class CrsConversionTest {
    private static final double LON = 116.404;
    private static final double LAT = 39.915;

    @Test
    void forwardTransformsMatchThePublishedValues() {
        LonLat g = CrsConversion.wgs84ToGcj02(LON, LAT);
        assertThat(g.lon()).isCloseTo(116.41024449916938, within(1e-12));
        assertThat(g.lat()).isCloseTo(39.91640428150164, within(1e-12));
        LonLat b = CrsConversion.gcj02ToBd09(LON, LAT);
        assertThat(b.lon()).isCloseTo(116.41036949371029, within(1e-12));
        assertThat(b.lat()).isCloseTo(39.92133699351021, within(1e-12));
    }

    @Test
    void baidusClosedFormInverseMatchesThePublishedValueAndOursRefinesIt() {
        LonLat approx = CrsConversion.bd09ToGcj02Approximate(LON, LAT);
        assertThat(approx.lon()).isCloseTo(116.39762729119315, within(1e-12));
        assertThat(approx.lat()).isCloseTo(39.90865673957631, within(1e-12));
        LonLat exact = CrsConversion.bd09ToGcj02(LON, LAT);
        assertThat(exact.lon()).isCloseTo(approx.lon(), within(1e-5));
        assertThat(exact.lat()).isCloseTo(approx.lat(), within(1e-5));
        LonLat forward = CrsConversion.gcj02ToBd09(exact.lon(), exact.lat());
        assertThat(forward.lon()).isCloseTo(LON, within(1e-7));
        assertThat(forward.lat()).isCloseTo(LAT, within(1e-7));
    }

    @Test
    void gcjInverseIsNearThePublishedOneStepValueAndUndoesTheForwardTransform() {
        LonLat w = CrsConversion.gcj02ToWgs84(LON, LAT);
        assertThat(w.lon()).isCloseTo(116.39775550083061, within(2e-5));
        assertThat(w.lat()).isCloseTo(39.91359571849836, within(2e-5));
        LonLat forward = CrsConversion.wgs84ToGcj02(w.lon(), w.lat());
        assertThat(forward.lon()).isCloseTo(LON, within(1e-7));
        assertThat(forward.lat()).isCloseTo(LAT, within(1e-7));
    }

    @ParameterizedTest
    @EnumSource(Crs.class)
    void roundTripsAcrossChinaWithinAMillionthOfADegree(Crs crs) {
        SplittableRandom random = new SplittableRandom(4301);
        double worst = 0;
        for (int i = 0; i < 20_000; i++) {
            double lon = 73.5 + random.nextDouble() * (135 - 73.5);
            double lat = 18 + random.nextDouble() * (53.5 - 18);
            LonLat there = CrsConversion.fromWgs84(lon, lat, crs);
            LonLat back = CrsConversion.toWgs84(there.lon(), there.lat(), crs);
            worst = Math.max(worst, Math.max(Math.abs(back.lon() - lon), Math.abs(back.lat() - lat)));
        }
        assertThat(worst).isLessThan(1e-6);
    }

    @Test
    void theShiftIsHundredsOfMetresInChangsha() {
        // Changsha, 五一广场: GCJ-02 is roughly 500 m off, BD-09 another ~1 km
        double lon = 112.9770;
        double lat = 28.1960;
        LonLat g = CrsConversion.wgs84ToGcj02(lon, lat);
        LonLat b = CrsConversion.gcj02ToBd09(g.lon(), g.lat());
        assertThat(CrsConversion.distanceMetres(lon, lat, g.lon(), g.lat())).isBetween(300.0, 800.0);
        assertThat(CrsConversion.distanceMetres(g.lon(), g.lat(), b.lon(), b.lat()))
                .isBetween(500.0, 1500.0);
    }

    @Test
    void outsideChinaGcjIsWgs() {
        // Paris and Sydney: not shifted by GCJ-02, either way
        for (double[] p : new double[][] {{2.3522, 48.8566}, {151.2093, -33.8688}}) {
            assertThat(CrsConversion.wgs84ToGcj02(p[0], p[1])).isEqualTo(new LonLat(p[0], p[1]));
            assertThat(CrsConversion.gcj02ToWgs84(p[0], p[1])).isEqualTo(new LonLat(p[0], p[1]));
            assertThat(CrsConversion.toWgs84(p[0], p[1], Crs.GCJ02)).isEqualTo(new LonLat(p[0], p[1]));
        }
    }

    @Test
    void wgsIsTheIdentity() {
        assertThat(CrsConversion.toWgs84(112.9, 28.2, Crs.WGS84)).isEqualTo(new LonLat(112.9, 28.2));
        assertThat(CrsConversion.fromWgs84(112.9, 28.2, Crs.WGS84)).isEqualTo(new LonLat(112.9, 28.2));
    }

    @Test
    void haversineDistance() {
        // one minute of latitude is one nautical mile (1852 m) to within 0.5%
        assertThat(CrsConversion.distanceMetres(112.9, 28.0, 112.9, 28.0 + 1.0 / 60))
                .isCloseTo(1852, within(10.0));
    }
}
