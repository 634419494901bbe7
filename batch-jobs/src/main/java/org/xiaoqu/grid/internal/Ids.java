package org.xiaoqu.grid.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Carries unified ids forward within one district. A cluster keeps the previous run's id that most of its records
 * had (greedy, largest overlap first, so each old id goes to one cluster); a cluster with no such record keeps the
 * id of the previous building with the same identity (district, estate, phase, building); a reviewer's pin wins
 * over both; anything else gets a new id. Old ids nobody kept are retired, merged (their records now in one
 * building carrying another id) or split (their records now in several); ids are never reused.
 */
public final class Ids {
    /** One lineage event. */
    public record Event(String event, List<String> oldIds, List<String> newIds, String detail) {}

    private Ids() {}

    /**
     * @param clusters building key → record refs (sorted)
     * @param previousByRef the previous run's id of each record (of this district)
     * @param previousByKey the previous run's id of each identity key
     * @param pins record ref → pinned id
     * @param fresh mints a new id
     * @return building key → id; lineage events are added to {@code events}
     */
    static Map<String, String> assign(
            TreeMap<String, List<String>> clusters,
            Map<String, String> previousByRef,
            Map<String, String> previousByKey,
            Map<String, String> pins,
            Supplier<String> fresh,
            List<Event> events,
            boolean firstRun) {
        Map<String, String> ids = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (var c : clusters.entrySet()) {
            for (String ref : c.getValue()) {
                String pin = pins.get(ref);
                if (pin != null && !taken.contains(pin) && !ids.containsKey(c.getKey())) {
                    ids.put(c.getKey(), pin);
                    taken.add(pin);
                }
            }
        }
        record Overlap(String key, String old, int n) {}
        List<Overlap> overlaps = new ArrayList<>();
        Map<String, Map<String, Integer>> oldSpread = new TreeMap<>(); // old id -> building key -> records
        for (var c : clusters.entrySet()) {
            Map<String, Integer> count = new TreeMap<>();
            for (String ref : c.getValue()) {
                String old = previousByRef.get(ref);
                if (old != null) {
                    count.merge(old, 1, Integer::sum);
                    oldSpread.computeIfAbsent(old, o -> new TreeMap<>()).merge(c.getKey(), 1, Integer::sum);
                }
            }
            count.forEach((old, n) -> overlaps.add(new Overlap(c.getKey(), old, n)));
        }
        overlaps.sort((a, b) -> a.n() != b.n()
                ? Integer.compare(b.n(), a.n())
                : a.key().equals(b.key()) ? a.old().compareTo(b.old()) : a.key().compareTo(b.key()));
        for (Overlap o : overlaps) {
            if (!ids.containsKey(o.key()) && !taken.contains(o.old())) {
                ids.put(o.key(), o.old());
                taken.add(o.old());
            }
        }
        for (String key : clusters.keySet()) {
            String old = previousByKey.get(key);
            if (!ids.containsKey(key) && old != null && !taken.contains(old)) {
                ids.put(key, old);
                taken.add(old);
            }
        }
        Set<String> splitNew = new HashSet<>();
        for (var e : oldSpread.entrySet()) {
            if (e.getValue().size() > 1) {
                List<String> into = new ArrayList<>();
                for (String key : e.getValue().keySet()) {
                    if (!ids.containsKey(key)) {
                        ids.put(key, fresh.get());
                        splitNew.add(key);
                    }
                    into.add(ids.get(key));
                }
                events.add(new Event(
                        "SPLIT", List.of(e.getKey()), into, "its records are now in " + into.size() + " buildings"));
            }
        }
        for (String key : clusters.keySet()) {
            if (!ids.containsKey(key)) {
                ids.put(key, fresh.get());
                if (!firstRun) {
                    events.add(new Event("NEW", List.of(), List.of(ids.get(key)), key));
                }
            }
        }
        // old ids that no cluster kept
        Set<String> olds = new TreeSet<>(previousByRef.values());
        olds.addAll(previousByKey.values());
        Map<String, String> keyOfOld = new HashMap<>();
        previousByKey.forEach((k, id) -> keyOfOld.put(id, k));
        Map<String, List<String>> mergedInto = new TreeMap<>();
        for (String old : olds) {
            if (taken.contains(old)) {
                String before = keyOfOld.get(old);
                for (var e : ids.entrySet()) {
                    if (e.getValue().equals(old) && before != null && !before.equals(e.getKey())) {
                        events.add(new Event("RENAME", List.of(old), List.of(old), before + " -> " + e.getKey()));
                    }
                }
                continue;
            }
            Map<String, Integer> spread = oldSpread.get(old);
            if (spread == null || spread.isEmpty()) {
                events.add(new Event("RETIRE", List.of(old), List.of(), "no record of it remains"));
            } else if (spread.size() == 1) {
                mergedInto
                        .computeIfAbsent(ids.get(spread.keySet().iterator().next()), k -> new ArrayList<>())
                        .add(old);
            }
        }
        mergedInto.forEach((into, from) -> events.add(new Event("MERGE", from, List.of(into), "merged into " + into)));
        return ids;
    }
}
