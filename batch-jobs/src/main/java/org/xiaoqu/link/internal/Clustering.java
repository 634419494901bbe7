package org.xiaoqu.link.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Connected components of the links, with hierarchy checks: links are joined strongest first, and a join
 * that would put two different values of an exclusive field into one cluster is refused. A plain component
 * that so ends up as several clusters is reported as split.
 */
public final class Clustering {
    /** A component that held conflicting exclusive values and was split into {@code parts} clusters. */
    public record Split(int component, int parts, String field, List<String> values) {}

    public final int[] cluster;
    public final List<Split> splits = new ArrayList<>();
    public final boolean[] wasSplit;
    public long refusedLinks;
    private final UnionFind components;

    public Clustering(int n, Scoring scoring, List<List<@Nullable String>> exclusive, List<String> fields) {
        UnionFind plain = new UnionFind(n);
        UnionFind checked = new UnionFind(n);
        int f = exclusive.size();
        // the exclusive values a cluster holds so far, by root (one value per field, null = none yet)
        Map<Integer, String[]> held = new HashMap<>();
        for (int i : scoring.order()) {
            if (scoring.decision[i] != Scoring.MATCH) {
                continue;
            }
            int a = scoring.left[i];
            int b = scoring.right[i];
            plain.union(a, b);
            int ra = checked.find(a);
            int rb = checked.find(b);
            if (ra == rb) {
                continue;
            }
            String[] va = held.getOrDefault(ra, valuesOf(a, exclusive));
            String[] vb = held.getOrDefault(rb, valuesOf(b, exclusive));
            boolean conflict = false;
            String[] merged = new String[f];
            for (int j = 0; j < f; j++) {
                if (va[j] != null && vb[j] != null && !va[j].equals(vb[j])) {
                    conflict = true;
                    break;
                }
                merged[j] = va[j] != null ? va[j] : vb[j];
            }
            if (conflict) {
                refusedLinks++;
                continue;
            }
            held.remove(ra);
            held.remove(rb);
            held.put(checked.union(a, b), merged);
        }
        components = plain;
        cluster = new int[n];
        wasSplit = new boolean[n];
        // a cluster is named by its smallest record index, so the id does not depend on union order
        int[] smallest = new int[n];
        java.util.Arrays.fill(smallest, Integer.MAX_VALUE);
        for (int r = 0; r < n; r++) {
            int root = checked.find(r);
            smallest[root] = Math.min(smallest[root], r);
        }
        Map<Integer, List<Integer>> partsOf = new HashMap<>();
        for (int r = 0; r < n; r++) {
            cluster[r] = smallest[checked.find(r)];
            if (plain.size(r) > 1 && plain.size(r) != checked.size(r)) {
                wasSplit[r] = true;
                List<Integer> parts = partsOf.computeIfAbsent(plain.find(r), x -> new ArrayList<>());
                if (!parts.contains(cluster[r])) {
                    parts.add(cluster[r]);
                }
            }
        }
        for (Map.Entry<Integer, List<Integer>> e : partsOf.entrySet()) {
            for (int j = 0; j < f; j++) {
                List<String> values = new ArrayList<>();
                for (int part : e.getValue()) {
                    String v = exclusive.get(j).get(part);
                    String[] h = held.get(checked.find(part));
                    String value = h != null ? h[j] : v;
                    if (value != null && !values.contains(value)) {
                        values.add(value);
                    }
                }
                if (values.size() > 1) {
                    java.util.Collections.sort(values);
                    splits.add(new Split(
                            e.getValue().stream().min(Integer::compare).orElseThrow(),
                            e.getValue().size(),
                            fields.get(j),
                            values));
                }
            }
        }
        splits.sort(java.util.Comparator.comparingInt(Split::component));
    }

    /** The plain connected component (before hierarchy checks) of a record. */
    public int componentOf(int record) {
        return components.find(record);
    }

    private static String[] valuesOf(int r, List<List<@Nullable String>> exclusive) {
        String[] v = new String[exclusive.size()];
        for (int j = 0; j < v.length; j++) {
            v[j] = exclusive.get(j).get(r);
        }
        return v;
    }

    static boolean same(@Nullable String a, @Nullable String b) {
        return Objects.equals(a, b);
    }
}
