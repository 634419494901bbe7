package org.xiaoqu.address.internal;

/** Estate-name rules shared by the scanner and {@code EstateKey}. */
public final class Estates {
    /** Words that end an estate's own name; what follows, if it ends like a part of an estate, is a sub-estate. */
    private static final String[] NAME_ENDS = {"花园", "小区", "新村", "家园", "公寓", "山庄", "大厦", "广场", "华庭", "华府", "名苑"};

    private static final String[] SUB_ENDS = {"苑", "园", "区", "阁", "轩", "府", "邸", "庭", "居"};

    /**
     * Generic suffixes set apart from the estate key, longest first: 金色家园小区 and 金色家园 share a key.
     * Words that tell estates apart (花园, 华庭, 家园…) are not generic.
     */
    static final String[] GENERIC_SUFFIXES = {"住宅小区", "居住小区", "小区", "住宅区", "生活区", "宿舍区", "家属区", "家属院", "宿舍", "社区", "片区"
    };

    /** Words placing something near a point of interest (旁边, 对面…): the estate's name ends before them. */
    private static final String[] ASSIST = {
        "旁边", "门口", "附近", "对面", "隔壁", "楼下", "斜对面", "后面", "里面", "交界", "东侧", "西侧", "南侧", "北侧"
    };

    private Estates() {}

    /** The start of the first assist word in {@code s[from, to)}, or -1. */
    static int assistWord(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            for (String w : ASSIST) {
                if (i + w.length() <= to && regionMatches(s, i, w)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Where 中光花园玉兰苑 splits into 中光花园 + 玉兰苑; -1 when it does not. */
    static int subEstateSplit(char[] s, int from, int to) {
        // 下湾一区, 研发园B区, 北苑丹溪2区: a numbered or lettered part
        if (to - from >= 4 && s[to - 1] == '区') {
            int i = to - 1;
            while (i > from + 1
                    && (Numerals.isAsciiDigit(s[i - 1])
                            || Numerals.isChineseNumeral(s[i - 1])
                            || (s[i - 1] >= 'A' && s[i - 1] <= 'Z')
                            || "东西南北中".indexOf(s[i - 1]) >= 0)) {
                i--;
            }
            if (i < to - 1 && i - from >= 2) {
                return i;
            }
        }
        for (int i = from + 2; i <= to - 2; i++) {
            for (String end : NAME_ENDS) {
                int a = i - end.length();
                if (a >= from && regionMatches(s, a, end)) {
                    String rest = new String(s, i, to - i);
                    if (isGeneric(rest)) {
                        continue;
                    }
                    for (String sub : SUB_ENDS) {
                        if (rest.endsWith(sub) && rest.length() >= 2 && rest.length() <= 6) {
                            return i;
                        }
                    }
                }
            }
        }
        return -1;
    }

    private static boolean isGeneric(String rest) {
        for (String g : GENERIC_SUFFIXES) {
            if (rest.equals(g)) {
                return true;
            }
        }
        return false;
    }

    /** The generic suffix the name ends with, or the empty string. */
    public static String genericSuffix(String name) {
        for (String g : GENERIC_SUFFIXES) {
            if (name.endsWith(g) && name.length() > g.length() + 1) {
                return g;
            }
        }
        return "";
    }

    private static boolean regionMatches(char[] s, int at, String w) {
        for (int i = 0; i < w.length(); i++) {
            if (s[at + i] != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
