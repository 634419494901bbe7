package org.xiaoqu.grid.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches the records of one district to buildings. A building is an estate (canonical: the register's, or
 * learned from the records), a phase and a building number; records are linked by resolving each of the three,
 * in stages from strict to loose, and recording the stage. Two records with different building numbers or phases
 * are never one building. What cannot be told apart (a name as close to two estates, a phase left out where two
 * phases have that building number and nothing else tells) goes to review with its candidates, not guessed.
 */
public final class DistrictMatcher {
    /** A point is decisive when the nearest candidate is this much nearer than the next. */
    private static final double POINT_RATIO = 0.5;

    static final String LINKED = "LINKED";
    static final String REVIEW = "REVIEW";
    static final String UNMATCHED = "UNMATCHED";

    private final EstateIndex index;
    /** department|grid code → estate (or estate|phase) → records clearly resolved there. */
    private final Map<String, Map<String, Integer>> gridSupport = new HashMap<>();
    /** A shortened name → the estates it shortens (梧桐 → 梧桐花园): an exact match may be one of these. */
    private final Map<String, List<EstateIndex.Canon>> stems = new HashMap<>();

    DistrictMatcher(EstateIndex index) {
        this.index = index;
    }

    EstateIndex index() {
        return index;
    }

    /** Matches the district's records in place (status, building key, rule, score, candidates). */
    void match(List<MergeRecord> records) {
        // 1. names: resolve every written key, most written first, so that the usual spelling becomes the canon
        Map<String, Integer> counts = new HashMap<>();
        for (MergeRecord r : records) {
            if (!r.estateKey.isEmpty()) {
                counts.merge(r.estateKey, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> order = new ArrayList<>(counts.entrySet());
        order.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (var e : order) {
            index.resolve(e.getKey(), true);
        }
        // 2. learn phases, building numbers and door plates from the records that state them
        for (MergeRecord r : records) {
            EstateIndex.Canon c = clearCanon(r);
            if (c == null) {
                continue;
            }
            c.records++;
            if (c.community.isEmpty() && !r.community.isEmpty()) {
                c.community = r.community;
            }
            if (r.phase > 0) {
                c.phases.add(r.phase);
                c.phasedRecords++;
            }
            if (!r.building.isEmpty()) {
                c.buildings
                        .computeIfAbsent(r.phase, p -> new java.util.TreeSet<>())
                        .add(building(r));
            }
            if (!r.doorplate.isEmpty()) {
                index.votePlate(r.doorplate, c.id, r.phase);
            }
            if (!r.gridCode.isEmpty()) {
                Map<String, Integer> g =
                        gridSupport.computeIfAbsent(r.department + "|" + r.gridCode, k -> new HashMap<>());
                g.merge(c.id, 1, Integer::sum);
                if (r.phase > 0) {
                    g.merge(c.id + "|" + r.phase, 1, Integer::sum);
                }
            }
        }
        for (MergeRecord r : records) {
            EstateIndex.Canon c = clearCanon(r);
            if (c != null && r.hasPoint()) {
                double[] p = index.estatePoints.computeIfAbsent(c.id, k -> new double[3]);
                p[0] += r.lon;
                p[1] += r.lat;
                p[2]++;
            }
            if (c != null && r.hasPoint() && !r.building.isEmpty() && (r.phase > 0 || !c.phased())) {
                index.addPoint(
                        EstateIndex.key(index.district, c.id, c.phased() ? r.phase : 0, building(r)), r.lon, r.lat);
            }
        }
        for (EstateIndex.Canon c : index.canons.values()) {
            for (String k : c.keys) {
                String stem = EstateNames.stem(k);
                if (!stem.equals(k)) {
                    stems.computeIfAbsent(stem, x -> new ArrayList<>()).add(c);
                }
            }
        }
        // 3. decide each record
        for (MergeRecord r : records) {
            decide(r, true);
        }
    }

    private EstateIndex.Canon clearCanon(MergeRecord r) {
        if (r.estateKey.isEmpty()) {
            return null;
        }
        List<EstateIndex.Resolved> rs = index.resolve(r.estateKey, true);
        return rs.size() == 1 && rs.get(0).strength() >= 0.9 ? rs.get(0).canon() : null;
    }

    /**
     * Decides one record against this district. With {@code learn} false (the unknown-district partition) a name
     * matching nothing here is not learned as a new estate.
     */
    void decide(MergeRecord r, boolean learn) {
        r.status = UNMATCHED;
        r.buildingKey = "";
        r.candidates = "";
        if (r.building.isEmpty()) {
            r.rule = "NO_BUILDING";
            r.explanation = "no building number";
            return;
        }
        List<EstateIndex.Resolved> named = r.estateKey.isEmpty() ? List.of() : index.resolve(r.estateKey, learn);
        EstateIndex.Canon canon = null;
        String stage;
        double strength;
        // the estates the name could be: those it resolves to, and those it is the shortened form of
        List<EstateIndex.Resolved> all = new ArrayList<>(named);
        List<EstateIndex.Canon> rivals = r.estateKey.isEmpty() ? null : stems.get(r.estateKey);
        if (rivals != null) {
            for (EstateIndex.Canon c : rivals) {
                if (all.stream().noneMatch(n -> n.canon() == c)) {
                    all.add(new EstateIndex.Resolved(c, "SUFFIX", 0.9));
                }
            }
        }
        EstateIndex.Canon byPlate = r.doorplate.isEmpty() ? null : index.plateCanon(r.doorplate);
        EstateIndex.Canon byPoint = all.size() > 1 && r.hasPoint() ? nearestEstate(all, r) : null;
        if (all.isEmpty()) {
            if (byPlate == null) {
                r.rule = r.estateKey.isEmpty()
                        ? (r.doorplate.isEmpty() ? "NO_ESTATE" : "UNKNOWN_DOORPLATE")
                        : "UNKNOWN_ESTATE";
                r.explanation = r.estateKey.isEmpty() ? "no estate name and no known door plate" : "estate not found";
                return;
            }
            canon = byPlate;
            stage = "DOORPLATE";
            strength = 0.9;
        } else if (all.size() == 1) {
            canon = all.get(0).canon();
            stage = all.get(0).stage();
            strength = all.get(0).strength();
            if (byPlate != null && byPlate != canon && strength < 1.0) {
                // a name matched only loosely, and a door plate that belongs to another estate: the plate
                canon = byPlate;
                stage = "DOORPLATE_OVER_" + stage;
                strength = 0.85;
            }
        } else if (byPlate != null && all.stream().anyMatch(n -> n.canon() == byPlate)) {
            canon = byPlate;
            stage = stageOf(all, byPlate) + "+BY_DOORPLATE";
            strength = 0.9;
        } else if (byPoint != null) {
            canon = byPoint;
            stage = stageOf(all, byPoint) + "+BY_POINT";
            strength = 0.85;
        } else if ((canon = pick(all, r)) != null) {
            stage = stageOf(all, canon) + "+" + pickedBy;
            strength = 0.85;
        } else if (named.size() == 1) {
            // an exact (or unique) name that is also the shortened form of others, and nothing tells: the name
            canon = named.get(0).canon();
            stage = named.get(0).stage();
            strength = named.get(0).strength();
        } else {
            review(
                    r,
                    all.stream()
                            .map(n ->
                                    EstateIndex.key(index.district, n.canon().id, phaseFor(n.canon(), r), building(r)))
                            .toList(),
                    all.get(0).strength(),
                    "estate name " + r.estateKey + " is as close to "
                            + String.join(
                                    " / ",
                                    all.stream()
                                            .map(n -> n.canon().name + " (" + n.stage() + ")")
                                            .toList()));
            return;
        }
        String b = building(r);
        EstateIndex.Canon estate = canon;
        int phase;
        String phaseRule = "";
        if (!canon.phased()) {
            phase = 0;
        } else if (r.phase > 0) {
            phase = r.phase;
        } else {
            int phaseByPlate = r.doorplate.isEmpty() ? 0 : index.platePhase(r.doorplate, canon.id);
            List<Integer> withBuilding = new ArrayList<>();
            for (var e : canon.buildings.entrySet()) {
                if (e.getKey() > 0 && e.getValue().contains(b)) {
                    withBuilding.add(e.getKey());
                }
            }
            if (phaseByPlate > 0) {
                phase = phaseByPlate;
                phaseRule = "+PHASE_BY_DOORPLATE";
            } else if (withBuilding.size() == 1) {
                phase = withBuilding.get(0);
                phaseRule = "+PHASE_BY_BUILDING";
            } else if (!withBuilding.isEmpty() && bySupport(r, estate.id, withBuilding) > 0) {
                phase = bySupport(r, estate.id, withBuilding);
                phaseRule = "+PHASE_BY_GRID";
            } else if (withBuilding.isEmpty()) {
                r.rule = "PHASE_UNKNOWN";
                r.explanation = "phase left out and building " + b + " seen in no phase of " + canon.name;
                return;
            } else {
                Integer phaseByPoint = r.hasPoint() ? nearest(canon, withBuilding, b, r) : null;
                if (phaseByPoint != null) {
                    phase = phaseByPoint;
                    phaseRule = "+PHASE_BY_POINT";
                } else {
                    review(
                            r,
                            withBuilding.stream()
                                    .map(p -> EstateIndex.key(index.district, estate.id, p, b))
                                    .toList(),
                            strength,
                            "phase left out: building " + b + " of " + canon.name + " exists in phases " + withBuilding
                                    + " and no door plate or point tells them apart");
                    return;
                }
            }
        }
        r.status = LINKED;
        r.buildingKey = EstateIndex.key(index.district, canon.id, phase, b);
        r.rule = stage + phaseRule;
        r.score = strength;
        r.explanation = "";
    }

    private String pickedBy = "";

    private static String stageOf(List<EstateIndex.Resolved> all, EstateIndex.Canon c) {
        return all.stream()
                .filter(n -> n.canon() == c)
                .findFirst()
                .map(EstateIndex.Resolved::stage)
                .orElse("");
    }

    /** The candidate estate whose records' mean point is much the nearest to the record's point, or null. */
    private EstateIndex.Canon nearestEstate(List<EstateIndex.Resolved> all, MergeRecord r) {
        double best = Double.MAX_VALUE;
        double second = Double.MAX_VALUE;
        EstateIndex.Canon nearest = null;
        for (EstateIndex.Resolved n : all) {
            double[] p = index.estatePoints.get(n.canon().id);
            if (p == null) {
                continue;
            }
            double d = Coords.metres(r.lon, r.lat, p[0] / p[2], p[1] / p[2]);
            if (d < best) {
                second = best;
                best = d;
                nearest = n.canon();
            } else if (d < second) {
                second = d;
            }
        }
        return nearest != null && best < POINT_RATIO * second ? nearest : null;
    }

    /**
     * Tells apart estates a name is equally close to: those having the record's building number; then the one
     * the record's own grid cell holds (other records of its department and cell resolved clearly to it) when
     * the others have no support there.
     */
    private EstateIndex.Canon pick(List<EstateIndex.Resolved> named, MergeRecord r) {
        String b = building(r);
        if (!r.estateRaw.isEmpty()) {
            // 金桥新村 / 金桥新邨 fold to one key; the name as written tells them apart
            List<EstateIndex.Canon> written = named.stream()
                    .map(EstateIndex.Resolved::canon)
                    .filter(c -> r.estateRaw.startsWith(c.name) || c.name.startsWith(r.estateRaw))
                    .distinct()
                    .toList();
            if (written.size() == 1
                    && named.stream()
                                    .map(EstateIndex.Resolved::canon)
                                    .distinct()
                                    .count()
                            > 1) {
                pickedBy = "BY_WRITTEN_NAME";
                return written.get(0);
            }
        }
        if (r.phase > 0) {
            // 滨江一期: only an estate with phases can be meant
            List<EstateIndex.Canon> phased = named.stream()
                    .map(EstateIndex.Resolved::canon)
                    .filter(EstateIndex.Canon::phased)
                    .distinct()
                    .toList();
            if (phased.size() == 1) {
                pickedBy = "BY_PHASE";
                return phased.get(0);
            }
        }
        if (!r.community.isEmpty()) {
            List<EstateIndex.Canon> same = named.stream()
                    .map(EstateIndex.Resolved::canon)
                    .filter(c -> c.community.equals(r.community))
                    .distinct()
                    .toList();
            if (same.size() == 1) {
                pickedBy = "BY_COMMUNITY";
                return same.get(0);
            }
        }
        List<EstateIndex.Canon> having = new ArrayList<>();
        for (EstateIndex.Resolved n : named) {
            if (n.canon().buildings.values().stream().anyMatch(set -> set.contains(b))) {
                having.add(n.canon());
            }
        }
        if (having.size() == 1) {
            pickedBy = "BY_BUILDING";
            return having.get(0);
        }
        List<EstateIndex.Canon> pool = having.isEmpty()
                ? named.stream().map(EstateIndex.Resolved::canon).toList()
                : having;
        Map<String, Integer> g = gridSupport.get(r.department + "|" + r.gridCode);
        if (g == null) {
            return null;
        }
        EstateIndex.Canon best = null;
        int bestN = 0;
        int others = 0;
        for (EstateIndex.Canon c : pool) {
            int n = g.getOrDefault(c.id, 0);
            if (n > bestN) {
                others += bestN;
                best = c;
                bestN = n;
            } else {
                others += n;
            }
        }
        if (best != null && bestN >= 2 && others == 0) {
            pickedBy = "BY_GRID";
            return best;
        }
        return null;
    }

    /** The phase the record's grid cell supports alone among {@code phases}, or 0. */
    private int bySupport(MergeRecord r, String canonId, List<Integer> phases) {
        Map<String, Integer> g = gridSupport.get(r.department + "|" + r.gridCode);
        if (g == null) {
            return 0;
        }
        int best = 0;
        int bestN = 0;
        int others = 0;
        for (int p : phases) {
            int n = g.getOrDefault(canonId + "|" + p, 0);
            if (n > bestN) {
                others += bestN;
                best = p;
                bestN = n;
            } else {
                others += n;
            }
        }
        return bestN >= 3 && others == 0 ? best : 0;
    }

    private int phaseFor(EstateIndex.Canon c, MergeRecord r) {
        return c.phased() ? r.phase : 0;
    }

    private Integer nearest(EstateIndex.Canon canon, List<Integer> phases, String b, MergeRecord r) {
        double best = Double.MAX_VALUE;
        double second = Double.MAX_VALUE;
        Integer bestPhase = null;
        for (int p : phases) {
            double[] sum = index.points.get(EstateIndex.key(index.district, canon.id, p, b));
            if (sum == null) {
                return null;
            }
            double d = Coords.metres(r.lon, r.lat, sum[0] / sum[2], sum[1] / sum[2]);
            if (d < best) {
                second = best;
                best = d;
                bestPhase = p;
            } else if (d < second) {
                second = d;
            }
        }
        return best < POINT_RATIO * second ? bestPhase : null;
    }

    private static void review(MergeRecord r, List<String> candidates, double strength, String why) {
        r.status = REVIEW;
        r.candidates = String.join(";", candidates.stream().distinct().toList());
        r.rule = "REVIEW";
        r.score = strength;
        r.explanation = why;
    }

    static String building(MergeRecord r) {
        return r.building.toUpperCase(Locale.ROOT);
    }

    /** Records sorted for output: by source, then record key. */
    static final Comparator<MergeRecord> BY_REF =
            Comparator.comparing((MergeRecord m) -> m.sourceId).thenComparing(m -> m.recordKey);
}
