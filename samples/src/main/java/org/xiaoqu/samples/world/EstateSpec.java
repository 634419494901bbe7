package org.xiaoqu.samples.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** The plan of one estate before it is placed: its name, old name and the size of each phase. */
record EstateSpec(String name, @Nullable String oldName, List<Integer> phaseSizes, boolean phased) {

    /** Estates filling a community with exactly {@code target} buildings. */
    static List<EstateSpec> plan(int target, SplittableRandom world, SplittableRandom names, Set<String> used) {
        List<EstateSpec> specs = new ArrayList<>();
        int remaining = target;
        while (remaining > 0) {
            if (remaining >= 6 && world.nextInt(100) < 12) {
                int phases = world.nextInt(100) < 80 ? 2 : 3;
                List<Integer> sizes = new ArrayList<>();
                for (int p = 0; p < phases; p++) {
                    sizes.add(Math.max(2, Math.min(3 + world.nextInt(10), remaining / phases)));
                }
                remaining -= sizes.stream().mapToInt(Integer::intValue).sum();
                specs.add(new EstateSpec(newName(names, used), oldName(names), List.copyOf(sizes), true));
                continue;
            }
            int size = Math.min(remaining, drawSize(world));
            remaining -= size;
            String name = newName(names, used);
            specs.add(new EstateSpec(name, oldName(names), List.of(size), false));
            if (remaining >= 2 && names.nextInt(100) < 5) {
                String twin = twinOf(name);
                if (twin != null && used.add(twin)) {
                    int twinSize = Math.min(remaining, drawSize(world));
                    remaining -= twinSize;
                    specs.add(new EstateSpec(twin, null, List.of(twinSize), false));
                }
            }
        }
        return specs;
    }

    private static int drawSize(SplittableRandom world) {
        int r = world.nextInt(100);
        return r < 40 ? 2 + world.nextInt(5) : r < 80 ? 6 + world.nextInt(11) : 16 + world.nextInt(21);
    }

    private static String newName(SplittableRandom names, Set<String> used) {
        if (names.nextInt(100) < 6) {
            String common = NameBank.pick(NameBank.COMMON_NAMES, names);
            if (used.add(common)) {
                return common;
            }
        }
        for (int attempt = 0; ; attempt++) {
            String name = NameBank.pick(NameBank.ESTATE_PREFIXES, names)
                    + (attempt > 20 ? NameBank.pick(NameBank.ESTATE_PREFIXES, names) : "")
                    + NameBank.pick(NameBank.ESTATE_SUFFIXES, names);
            if (used.add(name)) {
                return name;
            }
        }
    }

    private static @Nullable String oldName(SplittableRandom names) {
        if (names.nextInt(100) >= 10) {
            return null;
        }
        return (names.nextInt(2) == 0 ? "市" : NameBank.pick(NameBank.ESTATE_PREFIXES, names))
                + NameBank.pick(NameBank.OLD_NAME_PARTS, names)
                + NameBank.pick(NameBank.OLD_NAME_SUFFIXES, names);
    }

    private static @Nullable String twinOf(String name) {
        for (String[] pair : NameBank.TWIN_SUFFIXES) {
            if (name.endsWith(pair[0])) {
                return name.substring(0, name.length() - pair[0].length()) + pair[1];
            }
        }
        return null;
    }
}
