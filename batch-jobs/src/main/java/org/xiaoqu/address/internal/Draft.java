package org.xiaoqu.address.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.address.AddressComponent;
import org.xiaoqu.address.ParsedAddress;
import org.xiaoqu.address.Span;

/** The mutable parse under construction; the first value found for a component wins. */
final class Draft {
    final String original;
    final @Nullable String[] values = new String[AddressComponent.values().length];
    final List<Span> spans = new ArrayList<>(8);

    @Nullable
    String cityCode;

    @Nullable
    String districtCode;

    @Nullable
    String townCode;

    final StringBuilder remainder = new StringBuilder();
    /** The building came from a bare N号, which a later 栋/幢/座 shows to have been a door plate. */
    boolean weakBuilding;

    Draft(String original) {
        this.original = original;
    }

    boolean has(AddressComponent c) {
        return values[c.ordinal()] != null;
    }

    @Nullable
    String get(AddressComponent c) {
        return values[c.ordinal()];
    }

    /** Where the span of a component ends in the text, or -1 when it has none. */
    int endOf(AddressComponent c) {
        for (Span s : spans) {
            if (s.component() == c) {
                return s.end();
            }
        }
        return -1;
    }

    /** Sets a component found at {@code [start, end)}; false when it was already set. */
    boolean set(AddressComponent c, String value, int start, int end) {
        if (values[c.ordinal()] != null) {
            return false;
        }
        values[c.ordinal()] = value;
        if (end > start) {
            spans.add(new Span(c, start, end));
        }
        return true;
    }

    /** Turns the building found so far into another component (or drops it when that one is set). */
    void demoteBuilding(AddressComponent into) {
        String v = values[AddressComponent.BUILDING.ordinal()];
        values[AddressComponent.BUILDING.ordinal()] = null;
        Span old = null;
        for (Span s : spans) {
            if (s.component() == AddressComponent.BUILDING) {
                old = s;
            }
        }
        if (old != null) {
            spans.remove(old);
        }
        if (v != null && values[into.ordinal()] == null) {
            values[into.ordinal()] = v;
            if (old != null) {
                spans.add(new Span(into, old.start(), old.end()));
            }
        }
        weakBuilding = false;
    }

    /** Sets or replaces a component given in a column, with no span. */
    void put(AddressComponent c, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            values[c.ordinal()] = value;
            spans.removeIf(s -> s.component() == c);
        }
    }

    void leftOver(char[] s, int start, int end) {
        int a = start;
        int b = end;
        while (a < b && Scan.isSeparator(s[a])) {
            a++;
        }
        while (b > a && Scan.isSeparator(s[b - 1])) {
            b--;
        }
        if (b > a) {
            if (remainder.length() > 0) {
                remainder.append(' ');
            }
            remainder.append(s, a, b - a);
        }
    }

    ParsedAddress build() {
        spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return new ParsedAddress(
                original,
                get(AddressComponent.PROVINCE),
                get(AddressComponent.CITY),
                cityCode,
                get(AddressComponent.DISTRICT),
                districtCode,
                get(AddressComponent.TOWN),
                townCode,
                get(AddressComponent.COMMUNITY),
                get(AddressComponent.ROAD),
                get(AddressComponent.ROAD_NUMBER),
                get(AddressComponent.ESTATE),
                get(AddressComponent.SUB_ESTATE),
                toInt(get(AddressComponent.PHASE)),
                get(AddressComponent.BUILDING),
                get(AddressComponent.UNIT),
                toInt(get(AddressComponent.FLOOR)),
                get(AddressComponent.ROOM),
                remainder.toString(),
                spans);
    }

    private static @Nullable Integer toInt(@Nullable String v) {
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
