package org.xiaoqu.grid.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrsTest {
    @ParameterizedTest
    @CsvSource({
        "WGS-84, WGS84",
        "wgs84, WGS84",
        "' Wgs 84 ', WGS84",
        "wgs_84, WGS84",
        "GCJ-02, GCJ02",
        "gcj02, GCJ02",
        "Gcj - 02, GCJ02",
        "BD-09, BD09",
        "bd09, BD09",
        "BD_09, BD09"
    })
    void parsesTheLabelsTolerantly(String text, Crs expected) {
        assertThat(Crs.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"EPSG:4326", "CGCS2000", "BD-9", "WGS-84/GCJ-02"})
    void rejectsOthersNamingTheAcceptedValues(String text) {
        assertThatThrownBy(() -> Crs.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("WGS-84, GCJ-02, BD-09");
    }

    @org.junit.jupiter.api.Test
    void blankOrMissingIsWgs84() {
        assertThat(Crs.parse(null)).isEqualTo(Crs.WGS84);
        assertThat(Crs.parse(" ")).isEqualTo(Crs.WGS84);
    }

    @ParameterizedTest
    @CsvSource({"WGS84, WGS-84", "GCJ02, GCJ-02", "BD09, BD-09"})
    void labelsRoundTrip(Crs crs, String label) {
        assertThat(crs.label()).isEqualTo(label);
        assertThat(Crs.parse(crs.label())).isEqualTo(crs);
    }
}
