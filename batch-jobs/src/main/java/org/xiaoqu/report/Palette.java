package org.xiaoqu.report;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fixed colours of charts, from the Okabe–Ito palette (distinguishable with colour-blindness). Grade and
 * status keys have fixed colours — 优秀/excellent/A green, 良好/good/B blue, 合格/pass/C sky blue,
 * 基本合格/D orange, 不合格/fail/E vermilion, ok green, warn orange, bad/error red, none/other grey — so the
 * same grade looks the same in every chart; any other key gets a stable colour from its hash, no key blue.
 */
public final class Palette {
    static final String BLUE = "#0072B2";
    static final String GREEN = "#009E73";
    static final String SKY = "#56B4E9";
    static final String ORANGE = "#E69F00";
    static final String VERMILION = "#D55E00";
    static final String PURPLE = "#CC79A7";
    static final String GREY = "#8C8C8C";
    static final String OCHRE = "#B8860B";

    /** Okabe–Ito's colours, then Tol's indigo and a yellow: ten series before a colour repeats. */
    private static final String[] CYCLE = {
        BLUE, ORANGE, GREEN, VERMILION, PURPLE, SKY, OCHRE, GREY, "#332288", "#F0E442"
    };

    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("优秀", GREEN),
            Map.entry("excellent", GREEN),
            Map.entry("a", GREEN),
            Map.entry("良好", BLUE),
            Map.entry("good", BLUE),
            Map.entry("b", BLUE),
            Map.entry("合格", SKY),
            Map.entry("pass", SKY),
            Map.entry("c", SKY),
            Map.entry("基本合格", ORANGE),
            Map.entry("d", ORANGE),
            Map.entry("不合格", VERMILION),
            Map.entry("fail", VERMILION),
            Map.entry("e", VERMILION),
            Map.entry("ok", GREEN),
            Map.entry("warn", ORANGE),
            Map.entry("bad", VERMILION),
            Map.entry("error", VERMILION),
            Map.entry("none", GREY),
            Map.entry("other", GREY),
            Map.entry("其他", GREY));

    private Palette() {}

    /** The colour of a key, as {@code #RRGGBB}. */
    public static String colour(@Nullable String key) {
        if (key == null || key.isBlank()) {
            return BLUE;
        }
        String fixed = FIXED.get(key.strip().toLowerCase(Locale.ROOT));
        return fixed != null ? fixed : CYCLE[Math.floorMod(key.hashCode(), CYCLE.length)];
    }

    /** The colour of the i-th series when no key is given. */
    static String nth(int i) {
        return CYCLE[Math.floorMod(i, CYCLE.length)];
    }
}
