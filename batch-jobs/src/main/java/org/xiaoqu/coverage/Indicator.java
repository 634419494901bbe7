package org.xiaoqu.coverage;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What coverage measures among qualifying estates. The policy (一、(三)主要目标) asks that by 2024 qualifying
 * estates have a party organisation, an owners' self-governing organisation and professional property service
 * "basically covered" (基本覆盖), and (二、(三)) that every kind of estate be under property management, by
 * community trusteeship, social-organisation management or residents' self-management where there is no
 * professional service (全覆盖). The policy sets no percentage for 基本覆盖: the default 90% is xiaoqu's reading,
 * configurable; 全覆盖 is 100%. The four modes without a target are shares for the picture.
 */
public enum Indicator {
    PARTY_ORG("小区党组织", "party organisation", "0.90"),
    OWNERS_COMMITTEE("业主委员会", "owners' committee", "0.90"),
    PROFESSIONAL_SERVICE("专业化物业服务", "professional property service", "0.90"),
    PROPERTY_MANAGEMENT("物业管理(任一方式)", "property management of any kind", "1"),
    COMMUNITY_TRUSTEESHIP("社区托管", "community trusteeship", null),
    SOCIAL_ORGANISATION("社会组织代管", "social-organisation management", null),
    SELF_MANAGEMENT("居民自管", "residents' self-management", null),
    NO_MANAGEMENT("无物业管理", "no management", null);

    private final String zh;
    private final String en;
    private final @Nullable BigDecimal defaultTarget;

    Indicator(String zh, String en, @Nullable String defaultTarget) {
        this.zh = zh;
        this.en = en;
        this.defaultTarget = defaultTarget == null ? null : new BigDecimal(defaultTarget);
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The default target share (0–1), or null for a share without a target. */
    public @Nullable BigDecimal defaultTarget() {
        return defaultTarget;
    }

    /** The key in a targets file and on the command line: {@code party-org}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether an estate counts for this indicator. */
    public boolean holds(CoverageEstate e) {
        return switch (this) {
            case PARTY_ORG -> Boolean.TRUE.equals(e.partyOrg());
            case OWNERS_COMMITTEE -> Boolean.TRUE.equals(e.ownersCommittee());
            case PROFESSIONAL_SERVICE -> "professional".equals(e.service());
            case PROPERTY_MANAGEMENT -> e.service() != null && !"none".equals(e.service());
            case COMMUNITY_TRUSTEESHIP -> "community".equals(e.service());
            case SOCIAL_ORGANISATION -> "social".equals(e.service());
            case SELF_MANAGEMENT -> "self".equals(e.service());
            case NO_MANAGEMENT -> e.service() == null || "none".equals(e.service());
        };
    }
}
