package org.xiaoqu.address.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.address.ParsedAddress;

/** Combines what the columns said with what the free text said: a column wins, the text fills gaps. */
final class Merge {
    private Merge() {}

    static ParsedAddress columnsOverText(ParsedAddress c, ParsedAddress t) {
        return new ParsedAddress(
                t.original(),
                or(c.province(), t.province()),
                or(c.city(), t.city()),
                or(c.cityCode(), t.cityCode()),
                or(c.district(), t.district()),
                c.district() != null ? c.districtCode() : t.districtCode(),
                or(c.town(), t.town()),
                c.town() != null ? c.townCode() : t.townCode(),
                or(c.community(), t.community()),
                or(c.road(), t.road()),
                or(c.roadNumber(), t.roadNumber()),
                or(c.estate(), t.estate()),
                or(c.subEstate(), t.subEstate()),
                or(c.phase(), t.phase()),
                or(c.building(), t.building()),
                or(c.unit(), t.unit()),
                or(c.floor(), t.floor()),
                or(c.room(), t.room()),
                t.remainder(),
                List.copyOf(t.spans()));
    }

    private static <T> @Nullable T or(@Nullable T a, @Nullable T b) {
        return a != null ? a : b;
    }
}
