package org.xiaoqu.address.internal;

import org.jspecify.annotations.Nullable;
import org.xiaoqu.address.AddressComponent;
import org.xiaoqu.address.AddressParts;
import org.xiaoqu.address.Divisions;
import org.xiaoqu.address.ParsedAddress;

/** The parser's entry points; immutable after construction, so one instance serves every thread. */
public final class Engine {
    private final Gazetteer gaz;

    public Engine(Divisions divisions) {
        this.gaz = new Gazetteer(divisions);
    }

    public ParsedAddress parse(String text) {
        char[] s = CharFold.foldToArray(text);
        Draft d = new Draft(text);
        new Scan(gaz, s, d).run(0, s.length, Scan.NONE);
        return d.build();
    }

    /**
     * Parses the columns each in its own context (a street column is a street even when written short),
     * over the text the columns make when joined by spaces; the free-text address, when given, fills
     * what the columns lack. The spans refer to the free text when there is one, else to the joined
     * columns.
     */
    public ParsedAddress parse(AddressParts parts) {
        StringBuilder joined = new StringBuilder();
        int[][] ranges = new int[10][];
        @Nullable
        String[] cols = {
            parts.district(), parts.street(), parts.community(), parts.road(), parts.roadNumber(),
            parts.estateName(), parts.phase(), parts.building(), parts.unit(), parts.room()
        };
        for (int i = 0; i < cols.length; i++) {
            String c = cols[i];
            if (c != null && !c.isBlank()) {
                if (joined.length() > 0) {
                    joined.append(' ');
                }
                ranges[i] = new int[] {joined.length(), joined.length() + c.length()};
                joined.append(c);
            }
        }
        String colText = joined.toString();
        char[] s = CharFold.foldToArray(colText);
        Draft d = new Draft(colText);
        Scan scan = new Scan(gaz, s, d);
        int[] startLevels = {
            Scan.CITY_L,
            Scan.DIST,
            Scan.TOWN_L,
            Scan.COMM,
            Scan.ROAD_L,
            Scan.COMM,
            Scan.ESTATE_L,
            Scan.ESTATE_L,
            Scan.BUILDING_L,
            Scan.UNIT_L
        };
        AddressComponent[] bareAs = {
            null,
            null,
            null,
            null,
            AddressComponent.ROAD_NUMBER,
            null,
            AddressComponent.PHASE,
            AddressComponent.BUILDING,
            AddressComponent.UNIT,
            AddressComponent.ROOM
        };
        for (int i = 0; i < cols.length; i++) {
            int[] r = ranges[i];
            if (r == null) {
                continue;
            }
            AddressComponent bare = bareAs[i];
            int e = Tail.numberEnd(s, r[0], r[1], true);
            if (bare != null && e == r[1]) {
                String v = Numerals.isChineseNumeral(s[r[0]])
                        ? Long.toString(Numerals.chineseValue(s, r[0], e))
                        : new String(s, r[0], e - r[0]);
                d.set(bare, v, r[0], r[1]);
                continue;
            }
            int level = Math.max(scan.level, startLevels[i]);
            if (i == 2 && community(scan, d, s, r)) {
                continue;
            }
            scan.run(r[0], r[1], level);
        }
        if (parts.address() == null || parts.address().isBlank()) {
            return d.build();
        }
        ParsedAddress fromText = parse(parts.address());
        ParsedAddress fromCols = d.build();
        return Merge.columnsOverText(fromCols, fromText);
    }

    /** A community column is the community whatever its suffix. */
    private static boolean community(Scan scan, Draft d, char[] s, int[] r) {
        d.set(AddressComponent.COMMUNITY, new String(s, r[0], r[1] - r[0]).strip(), r[0], r[1]);
        scan.level = Math.max(scan.level, Scan.COMM);
        return true;
    }
}
