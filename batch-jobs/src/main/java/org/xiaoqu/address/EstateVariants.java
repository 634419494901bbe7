package org.xiaoqu.address;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The name variants seen for each estate key (金色家园, 金色家园小区, 金色家園…), for reports and for the
 * estate gazetteer. Not thread-safe: one per job step, merged by the caller.
 */
public final class EstateVariants {
    private final Map<EstateKey, SortedSet<String>> seen = new LinkedHashMap<>();

    /** Records a name as written and returns its key. */
    public EstateKey add(String name) {
        EstateKey key = EstateKey.of(name);
        seen.computeIfAbsent(withoutSuffix(key), k -> new TreeSet<>()).add(name.strip());
        return key;
    }

    /** The names seen for this key (whatever suffix it carries), sorted; empty when none. */
    public SortedSet<String> variants(EstateKey key) {
        SortedSet<String> v = seen.get(withoutSuffix(key));
        return v == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(v);
    }

    /** Every key seen, in the order first seen. */
    public Set<EstateKey> keys() {
        return Collections.unmodifiableSet(seen.keySet());
    }

    private static EstateKey withoutSuffix(EstateKey key) {
        return new EstateKey(key.key(), "");
    }
}
