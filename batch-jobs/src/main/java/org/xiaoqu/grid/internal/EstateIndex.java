package org.xiaoqu.grid.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The estates of one district as the matcher knows them: the register's (names and old names), and those learned
 * from the records (the most written spelling of a name the register lacks); the phases and building numbers
 * seen in each; door plates learned from records that give both a plate and an estate; and each building's mean
 * point. Built by the district's partition, saved for the unknown-district partition.
 */
final class EstateIndex implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A canonical estate. */
    static final class Canon implements Serializable {
        private static final long serialVersionUID = 1L;
        final String id;
        final String name;
        final List<String> keys = new ArrayList<>();
        final Set<Integer> phases = new TreeSet<>();
        /** phase → building numbers seen with that phase given (or implied by a door plate). */
        final Map<Integer, Set<String>> buildings = new TreeMap<>();
        /** The estate's community (the register's; for a learned estate, that of the records naming it). */
        String community = "";

        Canon(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /** Records (with a building number) naming this estate, and those of them giving a phase. */
        int records;

        int phasedRecords;

        /**
         * Whether the estate has phases: two phases seen, or a phase above one, in at least a quarter of its records
         * (a few records of another estate whose shortened name equals this one's do not make it phased).
         */
        boolean phased() {
            return (phases.size() > 1 || phases.stream().anyMatch(p -> p > 1)) && phasedRecords * 4 >= records;
        }
    }

    /** A name resolved: the canon (null when ambiguous), the stage, its strength and the candidates (ambiguous). */
    record Resolved(Canon canon, String stage, double strength) implements Serializable {}

    final String district;
    final Map<String, Canon> canons = new TreeMap<>();
    /** Every written key resolved so far; absent = not yet tried. */
    final Map<String, List<Resolved>> names = new HashMap<>();
    /** door plate → canon id → phase → votes. */
    final Map<String, Map<String, Map<Integer, Integer>>> doorplates = new HashMap<>();
    /** building key → {sum lon, sum lat, n}. */
    final Map<String, double[]> points = new HashMap<>();
    /** estate id → {sum lon, sum lat, n} of the records clearly naming it. */
    final Map<String, double[]> estatePoints = new HashMap<>();

    EstateIndex(String district) {
        this.district = district;
    }

    void addRegister(RegisterEstate e) {
        Canon c = canons.computeIfAbsent(e.id(), id -> new Canon(id, e.name()));
        c.community = e.community();
        for (String k : e.keys()) {
            if (!c.keys.contains(k)) {
                c.keys.add(k);
            }
            Resolved here = new Resolved(c, c.keys.get(0).equals(k) ? "EXACT" : "OLD_NAME", 1.0);
            List<Resolved> before = names.get(k);
            if (before == null) {
                names.put(k, List.of(here));
            } else if (before.stream().noneMatch(b -> b.canon() == c)) {
                // two estates of the register share this key (市轴承厂家属区 / 市轴承厂生活区): a name alone cannot tell
                List<Resolved> both = new ArrayList<>(before);
                both.add(here);
                names.put(k, List.copyOf(both));
            }
        }
        if (!e.doorplate().isEmpty()) {
            doorplates
                    .computeIfAbsent(e.doorplate(), d -> new HashMap<>())
                    .computeIfAbsent(c.id, x -> new HashMap<>())
                    .merge(0, 1, Integer::sum);
        }
    }

    /**
     * Resolves a written key against the canons: the candidates of the best strength, best first; a key matching
     * nothing becomes a canon of its own when {@code learn}.
     */
    List<Resolved> resolve(String key, boolean learn) {
        List<Resolved> known = names.get(key);
        if (known != null) {
            return known;
        }
        double best = 0;
        double second = 0;
        Map<String, Resolved> byCanon = new TreeMap<>();
        for (Canon c : canons.values()) {
            for (String k : c.keys) {
                EstateNames.Match m = EstateNames.compare(key, k);
                if (m.strength() > 0) {
                    Resolved prev = byCanon.get(c.id);
                    if (prev == null || prev.strength() < m.strength()) {
                        byCanon.put(
                                c.id,
                                new Resolved(
                                        c,
                                        k.equals(c.keys.get(0)) ? m.stage() : "OLD_NAME+" + m.stage(),
                                        m.strength()));
                    }
                }
            }
        }
        List<Resolved> all = new ArrayList<>(byCanon.values());
        all.sort((a, b) -> Double.compare(b.strength(), a.strength()));
        List<Resolved> out;
        if (all.isEmpty()) {
            if (!learn) {
                return List.of();
            }
            Canon c = new Canon("K" + district + ":" + key, key);
            c.keys.add(key);
            canons.put(c.id, c);
            out = List.of(new Resolved(c, "EXACT", 1.0));
        } else {
            best = all.get(0).strength();
            List<Resolved> top = new ArrayList<>();
            for (Resolved r : all) {
                if (r.strength() >= best - 0.049) {
                    top.add(r);
                }
            }
            out = List.copyOf(top);
        }
        names.put(key, out);
        return out;
    }

    void votePlate(String doorplate, String canonId, int phase) {
        doorplates
                .computeIfAbsent(doorplate, d -> new HashMap<>())
                .computeIfAbsent(canonId, x -> new HashMap<>())
                .merge(phase, 1, Integer::sum);
    }

    /** The canon a door plate belongs to (a clear majority of its votes), or null. */
    Canon plateCanon(String doorplate) {
        Map<String, Map<Integer, Integer>> v = doorplates.get(doorplate);
        if (v == null) {
            return null;
        }
        String best = null;
        int bestN = 0;
        int total = 0;
        for (var e : new TreeMap<>(v).entrySet()) {
            int n = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            total += n;
            if (n > bestN) {
                best = e.getKey();
                bestN = n;
            }
        }
        return best != null && bestN * 10 >= total * 6 ? canons.get(best) : null;
    }

    /** The phase (> 0) a door plate gives in a canon, or 0. */
    int platePhase(String doorplate, String canonId) {
        Map<String, Map<Integer, Integer>> v = doorplates.get(doorplate);
        Map<Integer, Integer> phases = v == null ? null : v.get(canonId);
        if (phases == null) {
            return 0;
        }
        int best = 0;
        int bestN = 0;
        int total = 0;
        for (var e : new TreeMap<>(phases).entrySet()) {
            if (e.getKey() > 0) {
                total += e.getValue();
                if (e.getValue() > bestN) {
                    best = e.getKey();
                    bestN = e.getValue();
                }
            }
        }
        return bestN * 10 >= total * 8 ? best : 0;
    }

    void addPoint(String buildingKey, double lon, double lat) {
        double[] p = points.computeIfAbsent(buildingKey, k -> new double[3]);
        p[0] += lon;
        p[1] += lat;
        p[2]++;
    }

    static String key(String district, String canonId, int phase, String building) {
        return district + "|" + canonId + "|" + phase + "|" + building;
    }
}
