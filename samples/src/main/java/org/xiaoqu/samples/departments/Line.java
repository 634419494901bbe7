package org.xiaoqu.samples.departments;

import java.util.EnumSet;
import java.util.Set;
import org.xiaoqu.samples.NoiseKind;

/** One rendered membership record: the cells a department writes, and its truth. */
final class Line {
    String recordId = "";
    String gridCode = "";
    String district = "";
    String street = "";
    String community = "";
    String estateName = "";
    String phase = "";
    String building = "";
    String unit = "";
    String address = "";
    String road = "";
    String roadNumber = "";
    String households = "";
    String floors = "";
    String units = "";
    String lon = "";
    String lat = "";

    String buildingId = "";
    int unitNo;
    boolean ambiguous;
    String candidates = "";
    final Set<NoiseKind> noise = EnumSet.noneOf(NoiseKind.class);

    /** The noise kinds applied, joined by {@code |} in declaration order. */
    String noiseText() {
        StringBuilder b = new StringBuilder();
        for (NoiseKind k : noise) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(k.name());
        }
        return b.toString();
    }
}
