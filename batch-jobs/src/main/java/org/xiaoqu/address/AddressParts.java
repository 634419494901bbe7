package org.xiaoqu.address;

import org.jspecify.annotations.Nullable;

/**
 * An address as a department gives it in separate columns (the grid-membership fields). Any part may be
 * missing; {@code address} is the free-text address when the source also has one.
 */
public record AddressParts(
        @Nullable String address,
        @Nullable String district,
        @Nullable String street,
        @Nullable String community,
        @Nullable String road,
        @Nullable String roadNumber,
        @Nullable String estateName,
        @Nullable String phase,
        @Nullable String building,
        @Nullable String unit,
        @Nullable String room) {

    /** Parts with only the free text. */
    public static AddressParts ofText(String address) {
        return new AddressParts(address, null, null, null, null, null, null, null, null, null, null);
    }
}
