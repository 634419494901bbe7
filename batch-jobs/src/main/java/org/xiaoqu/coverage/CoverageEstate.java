package org.xiaoqu.coverage;

import org.jspecify.annotations.Nullable;

/**
 * An estate as coverage sees it.
 *
 * @param estateId its id in the register, or the grid's key for an estate only the merged grid knows
 * @param name its name
 * @param districtCode the six-digit district code
 * @param district the district's name
 * @param street the street (街道/乡镇), empty when unknown
 * @param community the community (社区), empty when unknown
 * @param households its households, or null when unknown
 * @param partyOrg whether it has a party organisation; null when the register does not say
 * @param ownersCommittee whether it has an owners' committee; null when unknown
 * @param service professional, community, social, self or none; null when unknown
 * @param source {@code register}, or {@code grid} for an estate the register lacks
 */
public record CoverageEstate(
        String estateId,
        String name,
        String districtCode,
        String district,
        String street,
        String community,
        @Nullable Long households,
        @Nullable Boolean partyOrg,
        @Nullable Boolean ownersCommittee,
        @Nullable String service,
        String source) {}
