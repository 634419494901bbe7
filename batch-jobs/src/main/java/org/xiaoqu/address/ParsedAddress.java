package org.xiaoqu.address;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An address split into components. Names are folded for comparison (half-width, simplified, upper-case
 * latin letters) but otherwise as written; numbers are digits ({@code building} "3", "A", "B2"). The
 * original text is kept, and {@link #spans()} say where each component was found in it.
 *
 * @param original the text as given
 * @param province the province's full name when written
 * @param city the city's full name when resolved, else as written
 * @param cityCode the 4-digit code when resolved in the division table
 * @param district the district or county, full name when resolved
 * @param districtCode the 6-digit code when resolved
 * @param town the street office or town (街道/镇/乡), full name when resolved
 * @param townCode the 9-digit code when resolved
 * @param community the residents' committee or village
 * @param road the road
 * @param roadNumber the door-plate number on the road ("88", "12-14", "甲8")
 * @param estate the estate or point of interest, without its phase
 * @param subEstate a named part of the estate (苑, 区…)
 * @param phase the phase (期) as a number
 * @param building the building number (栋/幢/座/号楼)
 * @param unit the unit (单元/门/梯)
 * @param floor the floor, negative below ground
 * @param room the room
 * @param remainder what was left over, in order, separated by a space; empty when nothing was
 * @param spans where each component was found in {@code original}
 */
public record ParsedAddress(
        String original,
        @Nullable String province,
        @Nullable String city,
        @Nullable String cityCode,
        @Nullable String district,
        @Nullable String districtCode,
        @Nullable String town,
        @Nullable String townCode,
        @Nullable String community,
        @Nullable String road,
        @Nullable String roadNumber,
        @Nullable String estate,
        @Nullable String subEstate,
        @Nullable Integer phase,
        @Nullable String building,
        @Nullable String unit,
        @Nullable Integer floor,
        @Nullable String room,
        String remainder,
        List<Span> spans) {

    public ParsedAddress {
        spans = List.copyOf(spans);
        for (Span s : spans) {
            if (s.end() > original.length()) {
                throw new IllegalArgumentException("span " + s + " beyond the text");
            }
        }
    }

    /** The estate's matching key, or null when no estate was found. */
    public @Nullable EstateKey estateKey() {
        return estate == null ? null : EstateKey.of(estate);
    }

    /** The span of a component, or null when it was not found in the text (or came from a column). */
    public @Nullable Span span(AddressComponent component) {
        for (Span s : spans) {
            if (s.component() == component) {
                return s;
            }
        }
        return null;
    }
}
