package org.xiaoqu.coverage;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What coverage came to.
 *
 * @param areas one row per area (city, district, street, community) and indicator, sorted
 * @param missing one row per qualifying estate and target it misses, sorted
 * @param estates the estates counted (register and grid)
 * @param previousRun the run the trend compares with, or null for the first
 */
public record CoverageResult(
        List<Area> areas, List<Missing> missing, List<CoverageEstate> estates, @Nullable Long previousRun) {
    public CoverageResult {
        areas = List.copyOf(areas);
        missing = List.copyOf(missing);
        estates = List.copyOf(estates);
    }

    /** Administrative levels, from the top. */
    public enum Level {
        CITY("市州", "city"),
        DISTRICT("县市区", "district"),
        STREET("街道", "street"),
        COMMUNITY("社区", "community");

        private final String zh;
        private final String en;

        Level(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }
    }

    /**
     * One area's value of one indicator.
     *
     * @param level the level
     * @param code the area's key: a division code, or district code / street / community for the named levels
     * @param name the area's name with its parents ({@code 芙蓉区 文艺路街道})
     * @param indicator the indicator
     * @param target the target share (0–1), or null
     * @param estates estates in the area
     * @param qualifying qualifying estates in the area
     * @param count qualifying estates that hold the indicator
     * @param sharePct count / qualifying as a percentage (2 decimals), null when none qualifies
     * @param meetsTarget whether count / qualifying reaches the target exactly; null without a target or estates
     * @param previousPct the share in the previous run, or null
     * @param changePct sharePct − previousPct in percentage points, or null
     */
    public record Area(
            Level level,
            String code,
            String name,
            Indicator indicator,
            @Nullable BigDecimal target,
            int estates,
            int qualifying,
            int count,
            @Nullable BigDecimal sharePct,
            @Nullable Boolean meetsTarget,
            @Nullable BigDecimal previousPct,
            @Nullable BigDecimal changePct) {}

    /**
     * A qualifying estate that misses a target.
     *
     * @param estate the estate
     * @param indicator the target it misses
     * @param value what the register says: 否, 未登记 (unknown) or the property-service mode
     */
    public record Missing(CoverageEstate estate, Indicator indicator, String value) {}
}
