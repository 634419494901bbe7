package org.xiaoqu.samples.world;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Builds one district's world from its own random streams. A larger city has more districts, streets and
 * estates; an estate's size never depends on the city's size, so the work per district stays realistic.
 */
public final class DistrictBuilder {
    /** Buildings per street and per community the builder aims at. */
    static final int BUILDINGS_PER_STREET = 350;

    static final int BUILDINGS_PER_COMMUNITY = 150;

    private final long seed;
    private final World.Area area;
    private final SplittableRandom world;
    private final SplittableRandom names;
    private final SplittableRandom people;
    private final Set<String> usedEstateNames = new HashSet<>();
    private final Set<String> usedCommunityNames = new HashSet<>();
    private final Set<String> usedRoads = new HashSet<>();
    private final List<World.Estate> estates = new ArrayList<>();
    private final List<World.Building> buildings = new ArrayList<>();
    private final Map<GridScheme, List<World.Cell>> cells = new EnumMap<>(GridScheme.class);
    private final List<World.Enterprise> enterprises = new ArrayList<>();
    private int estateSeq;

    private DistrictBuilder(long seed, World.Area area) {
        this.seed = seed;
        this.area = area;
        long code = Long.parseLong(area.code());
        this.world = Seeds.random(seed, code, Seeds.WORLD);
        this.names = Seeds.random(seed, code, Seeds.NAMES);
        this.people = Seeds.random(seed, code, Seeds.PEOPLE);
        for (GridScheme s : GridScheme.values()) {
            cells.put(s, new ArrayList<>());
        }
    }

    /** The district {@code area} holding exactly {@code buildingCount} buildings. */
    public static World.District build(long seed, World.Area area, int indexInCity, int buildingCount) {
        if (buildingCount < 1) {
            throw new IllegalArgumentException("a district needs at least one building");
        }
        return new DistrictBuilder(seed, area).run(indexInCity, buildingCount);
    }

    private World.District run(int indexInCity, int buildingCount) {
        Rect rect = Layout.districtRect(area.cityCode(), indexInCity);
        makeEnterprises(Math.max(2, buildingCount / 60));
        int nStreets = Math.max(1, Math.min(area.streets().size(), ceilDiv(buildingCount, BUILDINGS_PER_STREET)));
        int[] streetTargets = split(buildingCount, nStreets);
        List<World.Street> streets = new ArrayList<>();
        for (int i = 0; i < nStreets; i++) {
            streets.add(street(area.streets().get(i), rect.column(i, nStreets), streetTargets[i]));
        }
        return new World.District(
                area,
                rect,
                List.copyOf(streets),
                List.copyOf(estates),
                List.copyOf(buildings),
                List.copyOf(enterprises),
                cells);
    }

    private void makeEnterprises(int count) {
        SplittableRandom r = Seeds.random(seed, Long.parseLong(area.code()), Seeds.ENTERPRISES);
        Set<String> used = new HashSet<>();
        String place = area.cityName().replace("市", "").replace("土家族苗族自治州", "");
        for (int i = 0; i < count; i++) {
            String name;
            do {
                name = (r.nextInt(3) == 0 ? "湖南" : place)
                        + NameBank.pick(NameBank.COMPANY_PARTS, r)
                        + NameBank.pick(NameBank.COMPANY_PARTS, r)
                        + NameBank.pick(NameBank.COMPANY_SUFFIXES, r);
            } while (!used.add(name));
            String established =
                    String.format("%d-%02d-%02d", 1998 + r.nextInt(26), 1 + r.nextInt(12), 1 + r.nextInt(28));
            String qualification = List.of("一级", "二级", "三级", "无").get(r.nextInt(4));
            String address = area.cityName() + area.name() + NameBank.pick(NameBank.ROAD_PARTS, r) + "路"
                    + (1 + r.nextInt(400)) + "号";
            enterprises.add(new World.Enterprise(
                    CreditCodes.enterprise(area.code(), r),
                    name,
                    NameBank.person(r),
                    address,
                    area.code(),
                    established,
                    qualification));
        }
    }

    private World.Street street(World.Division division, Rect rect, int target) {
        int nCommunities = Math.max(1, Math.round(target / (float) BUILDINGS_PER_COMMUNITY));
        int[] targets = split(target, nCommunities);
        List<String> roads = new ArrayList<>();
        for (int i = 0; i < 2 + nCommunities; i++) {
            roads.add(uniqueRoad());
        }
        List<World.Community> communities = new ArrayList<>();
        for (int j = 0; j < nCommunities; j++) {
            communities.add(new World.Community(
                    division.code() + String.format("%03d", j + 1), uniqueCommunity(), rect.row(j, nCommunities)));
        }
        World.Street street =
                new World.Street(division.code(), division.name(), rect, List.copyOf(roads), List.copyOf(communities));
        Map<GridScheme, List<World.Cell>> local = GridCells.forStreet(street, targets, target, people);
        local.forEach((scheme, list) -> cells.get(scheme).addAll(list));
        int[] roadNumbers = new int[roads.size()];
        for (int j = 0; j < nCommunities; j++) {
            community(street, communities.get(j), targets[j], local, roadNumbers);
        }
        return street;
    }

    private void community(
            World.Street street,
            World.Community community,
            int target,
            Map<GridScheme, List<World.Cell>> local,
            int[] roadNumbers) {
        List<EstateSpec> specs = EstateSpec.plan(target, world, names, usedEstateNames);
        int cols = (int) Math.ceil(Math.sqrt(specs.size()));
        int rows = ceilDiv(specs.size(), cols);
        for (int s = 0; s < specs.size(); s++) {
            EstateSpec spec = specs.get(s);
            Rect groupRect =
                    community.rect().cell(s % cols, s / cols, cols, rows).inset(0.1);
            String groupId = "E" + area.code() + String.format("%05d", ++estateSeq);
            int roadIndex = names.nextInt(street.roads().size());
            World.@Nullable Enterprise enterprise = null;
            String service;
            int r = world.nextInt(100);
            if (r < 70) {
                enterprise = enterprises.get(world.nextInt(enterprises.size()));
                service = "professional";
            } else {
                service = r < 85 ? "self" : "none";
            }
            boolean party = world.nextInt(100) < 55;
            String chair = null;
            String since = null;
            if (people.nextInt(100) < 45) {
                chair = NameBank.person(people);
                since = String.format(
                        "%d-%02d-%02d", 2015 + people.nextInt(11), 1 + people.nextInt(12), 1 + people.nextInt(28));
            }
            boolean pilot = world.nextInt(100) < 5;
            int phases = spec.phaseSizes().size();
            for (int p = 0; p < phases; p++) {
                roadNumbers[roadIndex] += 2 + 2 * world.nextInt(6);
                World.Estate estate = new World.Estate(
                        spec.phased() ? groupId + "-" + (p + 1) : groupId,
                        groupId,
                        spec.name(),
                        spec.oldName(),
                        spec.phased() ? p + 1 : 0,
                        spec.phaseSizes(),
                        street,
                        community,
                        street.roads().get(roadIndex),
                        roadNumbers[roadIndex],
                        enterprise,
                        service,
                        party,
                        chair,
                        since,
                        pilot,
                        phases == 1 ? groupRect : groupRect.column(p, phases).inset(0.05));
                estates.add(estate);
                placeBuildings(estate, spec.phaseSizes().get(p), local);
            }
        }
    }

    private void placeBuildings(World.Estate estate, int count, Map<GridScheme, List<World.Cell>> local) {
        int cols = (int) Math.ceil(Math.sqrt(count));
        int rows = ceilDiv(count, cols);
        for (int b = 0; b < count; b++) {
            Rect cell = estate.rect().cell(b % cols, b / cols, cols, rows);
            double lon =
                    (cell.west() + cell.east()) / 2 + (world.nextDouble() - 0.5) * (cell.east() - cell.west()) * 0.3;
            double lat = (cell.south() + cell.north()) / 2
                    + (world.nextDouble() - 0.5) * (cell.north() - cell.south()) * 0.3;
            int units = pickUnits(world.nextInt(100));
            int f = world.nextInt(100);
            int floors = f < 35 ? 5 + world.nextInt(3) : f < 70 ? 11 + world.nextInt(8) : 24 + world.nextInt(10);
            int perFloor = 2 + world.nextInt(3);
            String id = "B" + area.code() + String.format("%06d", buildings.size() + 1);
            int households = units * floors * perFloor;
            long exclusive = 0;
            SplittableRandom h = Households.random(seed, id);
            for (int i = 0; i < households; i++) {
                exclusive += Households.nextArea(h);
            }
            String[] codes = new String[GridScheme.values().length];
            for (GridScheme scheme : GridScheme.values()) {
                codes[scheme.ordinal()] = GridCells.locate(local.get(scheme), estate.community(), lon, lat);
            }
            buildings.add(new World.Building(
                    id, estate, b + 1, units, floors, perFloor, households, exclusive, lon, lat, codes));
        }
    }

    private static int pickUnits(int r) {
        return r < 15 ? 1 : r < 50 ? 2 : r < 75 ? 3 : r < 90 ? 4 : r < 96 ? 5 : 6;
    }

    private String uniqueRoad() {
        for (int attempt = 0; ; attempt++) {
            String road = NameBank.pick(NameBank.ROAD_PARTS, names) + NameBank.pick(NameBank.ROAD_SUFFIXES, names);
            if (attempt > 20) {
                road = NameBank.pick(NameBank.ROAD_PARTS, names) + road;
            }
            if (usedRoads.add(road)) {
                return road;
            }
        }
    }

    private String uniqueCommunity() {
        for (int attempt = 0; ; attempt++) {
            String name = NameBank.pick(NameBank.COMMUNITY_PARTS, names);
            if (attempt > 10) {
                name = name + "东西南北新中".charAt(names.nextInt(6));
            }
            if (attempt > 30) {
                name = NameBank.pick(NameBank.ESTATE_PREFIXES, names) + name;
            }
            if (usedCommunityNames.add(name + "社区")) {
                return name + "社区";
            }
        }
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** {@code total} split into {@code n} near-equal parts, the larger ones first. */
    static int[] split(int total, int n) {
        int[] parts = new int[n];
        for (int i = 0; i < n; i++) {
            parts[i] = total / n + (i < total % n ? 1 : 0);
        }
        return parts;
    }
}
