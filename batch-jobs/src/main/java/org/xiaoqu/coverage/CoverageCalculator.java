package org.xiaoqu.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.address.Division;
import org.xiaoqu.address.Divisions;

/** Computes coverage per area from estates, targets and the previous run's shares. Pure: no store, no files. */
public final class CoverageCalculator {
    private static final Divisions DIVISIONS = Divisions.hunan();

    private CoverageCalculator() {}

    /**
     * @param previous the previous run's share per {@code level|code|indicator}, empty for the first run
     */
    public static CoverageResult compute(
            List<CoverageEstate> estates,
            CoverageTargets targets,
            Map<String, BigDecimal> previous,
            @Nullable Long previousRun) {
        // level -> code -> (name, estates)
        Map<CoverageResult.Level, Map<String, Group>> groups = new TreeMap<>();
        for (CoverageResult.Level l : CoverageResult.Level.values()) {
            groups.put(l, new TreeMap<>());
        }
        for (CoverageEstate e : estates) {
            String city = cityCode(e.districtCode());
            add(groups, CoverageResult.Level.CITY, city, cityName(city), e);
            add(groups, CoverageResult.Level.DISTRICT, e.districtCode(), e.district(), e);
            String street = e.street().isEmpty() ? "(未知街道)" : e.street();
            String community = e.community().isEmpty() ? "(未知社区)" : e.community();
            add(groups, CoverageResult.Level.STREET, e.districtCode() + "/" + street, e.district() + " " + street, e);
            add(
                    groups,
                    CoverageResult.Level.COMMUNITY,
                    e.districtCode() + "/" + street + "/" + community,
                    e.district() + " " + street + " " + community,
                    e);
        }
        List<CoverageResult.Area> areas = new ArrayList<>();
        for (var level : groups.entrySet()) {
            for (var g : level.getValue().entrySet()) {
                List<CoverageEstate> all = g.getValue().estates;
                List<CoverageEstate> q =
                        all.stream().filter(e -> qualifies(e, targets)).toList();
                for (Indicator i : Indicator.values()) {
                    int count = (int) q.stream().filter(i::holds).count();
                    BigDecimal share = q.isEmpty() ? null : pct(count, q.size());
                    BigDecimal target = targets.target(i);
                    Boolean meets = target == null || q.isEmpty()
                            ? null
                            : BigDecimal.valueOf(count).compareTo(target.multiply(BigDecimal.valueOf(q.size()))) >= 0;
                    BigDecimal prev = previous.get(key(level.getKey(), g.getKey(), i));
                    areas.add(new CoverageResult.Area(
                            level.getKey(),
                            g.getKey(),
                            g.getValue().name,
                            i,
                            target,
                            all.size(),
                            q.size(),
                            count,
                            share,
                            meets,
                            prev,
                            prev == null || share == null ? null : share.subtract(prev)));
                }
            }
        }
        List<CoverageResult.Missing> missing = new ArrayList<>();
        List<CoverageEstate> sorted = new ArrayList<>(estates);
        sorted.sort(Comparator.comparing(CoverageEstate::districtCode)
                .thenComparing(CoverageEstate::street)
                .thenComparing(CoverageEstate::community)
                .thenComparing(CoverageEstate::estateId));
        for (CoverageEstate e : sorted) {
            if (!qualifies(e, targets)) {
                continue;
            }
            for (Indicator i : Indicator.values()) {
                if (targets.target(i) != null && !i.holds(e)) {
                    missing.add(new CoverageResult.Missing(e, i, value(e, i)));
                }
            }
        }
        return new CoverageResult(areas, missing, estates, previousRun);
    }

    /** The key of a share in the previous run's map. */
    public static String key(CoverageResult.Level level, String code, Indicator indicator) {
        return level.name() + "|" + code + "|" + indicator.name();
    }

    static boolean qualifies(CoverageEstate e, CoverageTargets t) {
        return t.minHouseholds() <= 0 || (e.households() != null && e.households() >= t.minHouseholds());
    }

    private static String value(CoverageEstate e, Indicator i) {
        if ("grid".equals(e.source())) {
            return "未登记";
        }
        return switch (i) {
            case PARTY_ORG -> e.partyOrg() == null ? "未知" : "否";
            case OWNERS_COMMITTEE -> e.ownersCommittee() == null ? "未知" : "否";
            default -> e.service() == null ? "未知" : e.service();
        };
    }

    static BigDecimal pct(long count, long of) {
        return BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
    }

    static String cityCode(String districtCode) {
        return districtCode.length() >= 4 ? districtCode.substring(0, 4) : districtCode;
    }

    static String cityName(String cityCode) {
        Division d = DIVISIONS.byCode(cityCode);
        return d == null ? cityCode : d.name();
    }

    private static void add(
            Map<CoverageResult.Level, Map<String, Group>> groups,
            CoverageResult.Level level,
            String code,
            String name,
            CoverageEstate e) {
        groups.get(level).computeIfAbsent(code, c -> new Group(name)).estates.add(e);
    }

    private static final class Group {
        final String name;
        final List<CoverageEstate> estates = new ArrayList<>();

        Group(String name) {
            this.name = name;
        }
    }
}
