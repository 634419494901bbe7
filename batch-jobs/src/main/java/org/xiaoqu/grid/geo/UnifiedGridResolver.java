package org.xiaoqu.grid.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * STAND-IN until the gridgeo branch lands (same constructor and method; no geometry): the base layer's cell
 * decides; a building the base layer lacks takes the unified grid its other memberships' cells most often map
 * to; else it is unplaced.
 */
public final class UnifiedGridResolver {
    private final String baseDepartment;

    public UnifiedGridResolver(String baseDepartment, List<GridCell> cells) {
        this.baseDepartment = baseDepartment;
    }

    public GridResolution resolve(Map<String, List<Membership>> membershipsByUnifiedBuildingId) {
        Map<String, String> base = new TreeMap<>();
        List<GridConflict> conflicts = new ArrayList<>();
        // department|grid -> unified grid -> buildings
        Map<String, Map<String, Integer>> votes = new TreeMap<>();
        for (var e : membershipsByUnifiedBuildingId.entrySet()) {
            Map<String, Integer> codes = new TreeMap<>();
            for (Membership m : e.getValue()) {
                if (m.department().equals(baseDepartment)) {
                    codes.merge(m.gridCode(), 1, Integer::sum);
                }
            }
            if (!codes.isEmpty()) {
                String best = best(codes);
                base.put(e.getKey(), best);
                if (codes.size() > 1) {
                    conflicts.add(new GridConflict(
                            "GRID_CONFLICT",
                            e.getKey(),
                            e.getValue().stream()
                                    .filter(m -> m.department().equals(baseDepartment))
                                    .map(m -> m.sourceId() + ":" + m.recordKey())
                                    .sorted()
                                    .toList(),
                            "the base layer places this building in " + codes.keySet()));
                }
                for (Membership m : e.getValue()) {
                    if (!m.department().equals(baseDepartment)) {
                        votes.computeIfAbsent(m.department() + "|" + m.gridCode(), k -> new TreeMap<>())
                                .merge(best, 1, Integer::sum);
                    }
                }
            }
        }
        List<BuildingGrid> buildings = new ArrayList<>();
        for (var e : membershipsByUnifiedBuildingId.entrySet()) {
            String grid = base.get(e.getKey());
            String method = "BASE_LAYER";
            if (grid == null) {
                Map<String, Integer> tally = new HashMap<>();
                for (Membership m : e.getValue()) {
                    Map<String, Integer> v = votes.get(m.department() + "|" + m.gridCode());
                    if (v != null) {
                        tally.merge(best(v), 1, Integer::sum);
                    }
                }
                grid = tally.isEmpty() ? null : best(new TreeMap<>(tally));
                method = grid == null ? "UNPLACED" : "MEMBERSHIP";
            }
            buildings.add(new BuildingGrid(e.getKey(), grid, method, null, null));
        }
        List<GridCrosswalkRow> crosswalk = new ArrayList<>();
        for (var e : votes.entrySet()) {
            int total =
                    e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            String[] dg = e.getKey().split("\\|", 2);
            for (var u : e.getValue().entrySet()) {
                crosswalk.add(
                        new GridCrosswalkRow(dg[0], dg[1], u.getKey(), u.getValue(), (double) u.getValue() / total));
            }
        }
        return new GridResolution(buildings, crosswalk, conflicts);
    }

    private static String best(Map<String, Integer> counts) {
        String best = null;
        int n = -1;
        for (var e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }
}
