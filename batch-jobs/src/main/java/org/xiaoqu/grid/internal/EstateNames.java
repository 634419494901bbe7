package org.xiaoqu.grid.internal;

import java.util.List;
import org.xiaoqu.link.internal.ChineseText;

/**
 * How far an estate name as written is from a known one. Stages, strictest first, each with a fixed
 * strength used to rank candidates (the gap between the best and the second-best decides, not the value):
 * exact key, suffix dropped or added (芙蓉华庭 / 芙蓉), homophone (华庭 / 华亭, by toneless pinyin), near form (one
 * character differs), and the last two after a suffix difference.
 */
final class EstateNames {
    /** Generic estate endings a department may drop; longest first. */
    static final List<String> SUFFIXES = List.of(
            "住宅小区", "家属区", "宿舍区", "花园", "华庭", "家园", "小区", "公寓", "新村", "华府", "山庄", "公馆", "国际", "雅苑", "名苑", "佳园", "广场",
            "大厦", "宿舍", "苑", "府", "城", "园", "庭", "居", "湾", "郡", "阁", "轩", "邸");

    record Match(String stage, double strength) {}

    static final Match NONE = new Match("", 0);

    private EstateNames() {}

    /** The name's key with one generic ending removed, or the key itself when it has none (or too little is left). */
    static String stem(String key) {
        for (String s : SUFFIXES) {
            if (key.endsWith(s) && key.length() - s.length() >= 2) {
                return key.substring(0, key.length() - s.length());
            }
        }
        return key;
    }

    /** How the written key {@code r} relates to the known key {@code k}. */
    static Match compare(String r, String k) {
        if (r.equals(k)) {
            return new Match("EXACT", 1.0);
        }
        String sk = stem(k);
        String sr = stem(r);
        if (r.equals(sk) || k.equals(sr) || (!sr.equals(r) && sr.equals(sk))) {
            return new Match("SUFFIX", 0.9);
        }
        Match m = similar(r, k);
        if (m != NONE) {
            return m;
        }
        Match s = similar(r, sk);
        if (s == NONE && !sr.equals(r)) {
            s = similar(sr, sk);
        }
        if (s != NONE) {
            return new Match("SUFFIX+" + s.stage(), s.strength() - 0.1);
        }
        return NONE;
    }

    private static Match similar(String a, String b) {
        if (a.length() != b.length() || a.length() < 2) {
            return NONE;
        }
        int diff = 0;
        boolean allSound = true;
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                diff++;
                if (!ChineseText.sameSound(String.valueOf(x), String.valueOf(y))) {
                    allSound = false;
                }
            }
        }
        if (diff == 0) {
            return new Match("EXACT", 1.0);
        }
        if (allSound && diff <= 2) {
            return new Match("HOMOPHONE", 0.85 - 0.05 * (diff - 1));
        }
        if (diff == 1 && a.length() >= 3) {
            return new Match("NEAR_FORM", 0.8);
        }
        return NONE;
    }
}
