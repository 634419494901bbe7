package org.xiaoqu.address;

import org.jspecify.annotations.Nullable;

/**
 * One administrative division of the shipped table.
 *
 * @param code the statistical code (2 digits province, 4 city, 6 district/county, 9 street/town)
 * @param name the full name (长沙市, 天心区, 坡子街街道)
 * @param level its level
 * @param parentCode the code of the division it belongs to, null for the province
 */
public record Division(String code, String name, Level level, @Nullable String parentCode) {

    /** The levels of the table. */
    public enum Level {
        PROVINCE,
        CITY,
        DISTRICT,
        TOWN
    }

    public Division {
        if (code.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("a division needs a code and a name");
        }
    }

    /** The 4-digit code of the city this division belongs to, null for the province. */
    public @Nullable String cityCode() {
        return code.length() >= 4 ? code.substring(0, 4) : null;
    }

    /** The 6-digit code of the district this division belongs to, null above district level. */
    public @Nullable String districtCode() {
        return code.length() >= 6 ? code.substring(0, 6) : null;
    }
}
