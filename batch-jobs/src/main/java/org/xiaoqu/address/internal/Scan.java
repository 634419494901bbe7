package org.xiaoqu.address.internal;

import static org.xiaoqu.address.AddressComponent.CITY;
import static org.xiaoqu.address.AddressComponent.COMMUNITY;
import static org.xiaoqu.address.AddressComponent.DISTRICT;
import static org.xiaoqu.address.AddressComponent.ESTATE;
import static org.xiaoqu.address.AddressComponent.PROVINCE;
import static org.xiaoqu.address.AddressComponent.ROAD;
import static org.xiaoqu.address.AddressComponent.SUB_ESTATE;
import static org.xiaoqu.address.AddressComponent.TOWN;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.address.Division;

/**
 * One left-to-right pass over a folded address. Components are looked for in their hierarchical order
 * (a level is only tried while nothing below it has been found): division names from the gazetteer
 * first, then by their generic suffix (市/区/县/街道/镇/社区/村/路/街…), then the estate, then the numbers
 * ({@link Tail}). Whatever matches nothing is kept as remainder.
 */
final class Scan {
    static final int NONE = 0;
    static final int PROV = 1;
    static final int CITY_L = 2;
    static final int DIST = 3;
    static final int TOWN_L = 4;
    static final int COMM = 5;
    static final int ROAD_L = 6;
    static final int ROADNO = 7;
    static final int ESTATE_L = 8;
    static final int PHASE_L = 9;
    static final int BUILDING_L = 10;
    static final int UNIT_L = 11;
    static final int FLOOR_L = 12;
    static final int ROOM_L = 13;

    private static final Suffixes CITY_SUFFIX = new Suffixes("自治州", "地区", "市", "盟");
    private static final Suffixes DISTRICT_SUFFIX_AFTER_CITY = new Suffixes("自治县", "区", "县", "旗", "市");
    private static final String[] NOT_DISTRICT = {
        "小区", "社区", "园区", "校区", "景区", "开发区", "新区", "片区", "街区", "商区", "厂区", "矿区", "生活区", "住宅区", "工业区", "示范区", "保税区",
        "试验区", "营区", "院区", "分区", "专区", "功能区", "服务区", "市区", "管理区", "商业区", "宿舍区", "家属区", "一区", "二区", "三区", "四区", "五区",
        "六区"
    };
    private static final Suffixes DEV_ZONE_SUFFIX =
            new Suffixes("经济技术开发区", "高新技术产业园区", "开发区", "高新区", "新区", "示范区", "保税区", "工业园区", "工业区", "管理区");
    private static final Suffixes TOWN_SUFFIX = new Suffixes("街道办事处", "街道办", "街道", "街办", "镇", "乡");
    private static final Suffixes COMMUNITY_SUFFIX = new Suffixes("社区居委会", "村民委员会", "居民委员会", "村委会", "居委会", "社区", "村");
    private static final Suffixes ROAD_SUFFIX = new Suffixes("大道", "大街", "胡同", "路", "街", "巷", "道");
    private static final String ROAD_END = "路街巷道";
    private static final String LEVEL_CHARS = "区县镇乡村路街巷道";

    final Gazetteer gaz;
    final char[] s;
    final int n;
    final Draft d;
    int level;
    private boolean devZoneSeen;

    Scan(Gazetteer gaz, char[] s, Draft d) {
        this.gaz = gaz;
        this.s = s;
        this.n = s.length;
        this.d = d;
    }

    static boolean isSeparator(char c) {
        return c == ' ' || c == ',' || c == '-' || c == '/' || c == '\\' || c == '(' || c == ')' || c == '.' || c == ':'
                || c == '|' || c == '"' || c == '\'' || c == '*' || c == '+';
    }

    int skipSeparators(int p, int to) {
        while (p < to && isSeparator(s[p])) {
            p++;
        }
        return p;
    }

    /** Scans {@code s[from, to)} starting at the given level. */
    void run(int from, int to, int startLevel) {
        level = startLevel;
        Tail tail = new Tail(this, to);
        int pos = from;
        while (true) {
            pos = skipSeparators(pos, to);
            if (pos >= to) {
                return;
            }
            int e = step(pos, to, tail);
            if (e > pos) {
                pos = e;
                continue;
            }
            if (level < ESTATE_L || ((level == ESTATE_L || level == PHASE_L) && !d.has(SUB_ESTATE))) {
                e = estate(pos, to, tail);
                if (e > pos) {
                    pos = e;
                    continue;
                }
            }
            int stop = pos + 1;
            while (stop < to && !isSeparator(s[stop]) && tail.at(stop) < 0) {
                stop++;
            }
            d.leftOver(s, pos, stop);
            pos = stop;
        }
    }

    private int step(int p, int to, Tail tail) {
        int e;
        if (level < PROV && (e = province(p, to)) > 0) {
            return e;
        }
        if (level < CITY_L && (e = city(p, to)) > 0) {
            return e;
        }
        if (level < DIST && (e = district(p, to)) > 0) {
            return e;
        }
        if (level >= PROV && level <= TOWN_L && (e = repeatedDivision(p, to)) > 0) {
            return e;
        }
        if (level < TOWN_L && !devZoneSeen && (e = generic(p, to, DEV_ZONE_SUFFIX, 3, 14, "省市县镇乡村路街号巷")) > 0) {
            devZoneSeen = true;
            d.leftOver(s, p, e);
            return e;
        }
        if (level < TOWN_L && (e = town(p, to)) > 0) {
            return e;
        }
        if (level < COMM && (e = community(p, to)) > 0) {
            return e;
        }
        if (level < ROAD_L && (e = road(p, to)) > 0) {
            return e;
        }
        if (level == ESTATE_L && (e = numberedAvenue(p, to)) > 0) {
            return e;
        }
        if (level == ROAD_L && (e = tail.roadNumber(p)) > 0) {
            return e;
        }
        if (level == ROAD_L && (e = subRoad(p, to)) > 0) {
            d.leftOver(s, p, e);
            return e;
        }
        return tail.match(p);
    }

    private int province(int p, int to) {
        int e = gaz.provinces.longest(s, p, to);
        if (e < 0) {
            return -1;
        }
        Gazetteer.Entry entry = gaz.provinces.get(s, p, e).get(0);
        if (entry.shortForm() && e < to && "路街道巷大市".indexOf(s[e]) >= 0) {
            return -1;
        }
        d.set(PROVINCE, entry.name(), p, e);
        level = PROV;
        return e;
    }

    private int city(int p, int to) {
        int e = gaz.cities.longest(s, p, to);
        if (e > 0) {
            Gazetteer.Entry entry = gaz.cities.get(s, p, e).get(0);
            // 岳阳楼区 is a district, not 岳阳 + 楼区
            boolean district = entry.shortForm() && gaz.districts.longest(s, p, to) > e;
            if (!district && (!entry.shortForm() || guardNext(e, to))) {
                setCity(entry.division(), entry.name(), p, e);
                return e;
            }
        }
        e = generic(p, to, CITY_SUFFIX, 3, 9, "省区县镇乡路街村号巷道");
        // an X市 that is no prefecture is a county-level city: the district stage takes it
        if (e > 0 && notInsideWord(e, to) && s[e - 1] != '市') {
            d.set(CITY, new String(s, p, e - p), p, e);
            level = CITY_L;
            return e;
        }
        return -1;
    }

    private void setCity(@Nullable Division div, String name, int p, int e) {
        d.set(CITY, name, p, e);
        if (div != null) {
            d.cityCode = div.code();
        }
        level = CITY_L;
    }

    /** Whether the text so far places the address outside the table's region (浙江省…, 杭州市…). */
    private boolean elsewhere() {
        String prov = d.get(PROVINCE);
        return (prov != null && !prov.equals(gaz.regionName)) || (d.has(CITY) && d.cityCode == null);
    }

    private int district(int p, int to) {
        int e = elsewhere() ? -1 : gaz.districts.longest(s, p, to);
        if (e > 0) {
            Gazetteer.Entry entry = pick(gaz.districts.get(s, p, e), d.cityCode, 4);
            if (entry != null && (!entry.shortForm() || (d.cityCode != null && guardNext(e, to)))) {
                setDistrict(entry.division(), entry.name(), p, e);
                return e;
            }
        }
        e = generic(p, to, DISTRICT_SUFFIX_AFTER_CITY, 2, 9, "省镇乡路街村号巷");
        if (e > 0 && s[e - 1] == '市' && (e - p < 3 || gaz.prefectureNames.contains(new String(s, p, e - p)))) {
            return -1;
        }
        if (e > 0
                && guardNext(e, to)
                && notInsideWord(e, to)
                && !endsWithAny(p, e, NOT_DISTRICT)
                && !isLatin(s[e - 2])
                && !holdsAny(p, e, "园场厦楼苑庭")) {
            d.set(DISTRICT, new String(s, p, e - p), p, e);
            level = DIST;
            return e;
        }
        return -1;
    }

    private void setDistrict(@Nullable Division div, String name, int p, int e) {
        d.set(DISTRICT, name, p, e);
        if (div != null) {
            d.districtCode = div.code();
            if (d.cityCode == null) {
                d.cityCode = div.parentCode();
                Division city = gaz.table.byCode(String.valueOf(div.parentCode()));
                if (city != null) {
                    d.set(CITY, city.name(), p, p);
                }
            }
        }
        level = DIST;
    }

    private int town(int p, int to) {
        int e = elsewhere() || (d.has(DISTRICT) && d.districtCode == null) ? -1 : gaz.towns.longest(s, p, to);
        if (e > 0) {
            List<Gazetteer.Entry> entries = gaz.towns.get(s, p, e);
            Gazetteer.Entry entry =
                    d.districtCode != null ? pick(entries, d.districtCode, 6) : pick(entries, d.cityCode, 4);
            boolean shortOk = (d.districtCode != null || d.cityCode != null)
                    && guardNext(e, to)
                    && !(e < to && Tail.isNumberStart(s[e]));
            if (entry != null && entry.shortForm() && shortOk) {
                // 建设南路 is a road, not the short form of 建设街道
                int r = generic(p, to, ROAD_SUFFIX, 2, 11, "省市区县镇乡村号");
                shortOk = r < 0 || r <= e;
            }
            if (entry != null && (!entry.shortForm() || shortOk)) {
                Division div = entry.division();
                d.set(TOWN, entry.name(), p, e);
                if (div != null && (d.districtCode == null || div.code().startsWith(d.districtCode))) {
                    d.townCode = div.code();
                    if (d.districtCode == null) {
                        Division district = gaz.table.byCode(String.valueOf(div.parentCode()));
                        if (district != null) {
                            setDistrict(district, district.name(), p, p);
                        }
                    }
                }
                level = TOWN_L;
                return e;
            }
        }
        e = generic(p, to, TOWN_SUFFIX, 2, 10, "省区县路村号巷");
        if (e > 0 && guardNextRoad(e, to)) {
            d.set(TOWN, new String(s, p, e - p), p, e);
            level = TOWN_L;
            return e;
        }
        return -1;
    }

    private int community(int p, int to) {
        int e = generic(p, to, COMMUNITY_SUFFIX, 2, 9, "省市区县镇乡路街号巷");
        if (e > 0 && guardNextRoad(e, to) && !endsWithAny(p, e, new String[] {"新村"})) {
            d.set(COMMUNITY, new String(s, p, e - p), p, e);
            level = COMM;
            return e;
        }
        return -1;
    }

    private int road(int p, int to) {
        int g = Tail.numberEnd(s, p, to, false);
        if (g > p && g < to && (s[g] == '巷' || s[g] == '街') && Numerals.isAsciiDigit(s[p])) {
            d.set(ROAD, new String(s, p, g + 1 - p), p, g + 1);
            level = ROAD_L;
            return g + 1;
        }
        int avenue = numberedAvenue(p, to);
        if (avenue > 0) {
            return avenue;
        }
        if (g > p && g < to && s[g] == '组') {
            d.set(ROAD, Numerals.toDigits(new String(s, p, g - p)) + "组", p, g + 1);
            level = ROAD_L;
            return g + 1;
        }
        int e = generic(p, to, ROAD_SUFFIX, 2, 11, "省市区县镇乡村号");
        if (e < 0) {
            return -1;
        }
        if (e < to && s[e - 1] == '街' && s[e] == '道') {
            return -1;
        }
        if (s[e - 1] == '道' && s[e - 2] == '街') {
            return -1;
        }
        // a name ending in 道 is a road only before its door plate (马连道12号), not in 铁道学院
        if (s[e - 1] == '道' && s[e - 2] != '大' && e < to && !isSeparator(s[e]) && !Tail.isNumberStart(s[e])) {
            return -1;
        }
        e = longerRoad(p, e, to);
        d.set(ROAD, new String(s, p, e - p), p, e);
        level = ROAD_L;
        return e;
    }

    /**
     * 下沙3号大街: a numbered avenue, not building 3 (NAACL train/dev: road 37 times of 40). Also tried
     * after a place name taken for an estate (下沙), since the avenue cannot be a building.
     */
    private int numberedAvenue(int p, int to) {
        int g = Tail.numberEnd(s, p, to, false);
        if (g > p && g + 3 <= to && s[g] == '号' && s[g + 1] == '大' && s[g + 2] == '街' && !d.has(ROAD)) {
            d.set(ROAD, new String(s, p, g + 3 - p), p, g + 3);
            level = ROAD_L;
            return g + 3;
        }
        return -1;
    }

    /** 东路桥大道806号: prefer a longer road name that runs up to the door-plate number. */
    private int longerRoad(int p, int e, int to) {
        if (e < to && Numerals.isAsciiDigit(s[e])) {
            return e;
        }
        int limit = Math.min(to, p + 11);
        for (int i = e + 1; i < limit; i++) {
            char c = s[i - 1];
            if ("省市区县镇乡村号".indexOf(c) >= 0 || isSeparator(c) || Numerals.isAsciiDigit(c)) {
                return e;
            }
            if (ROAD_END.indexOf(c) >= 0 && Numerals.isAsciiDigit(s[i]) && !(c == '道' && s[i - 2] == '街')) {
                return i;
            }
        }
        return e;
    }

    /**
     * A road ending inside what looked like an estate, right before a door-plate number (…开发区振兴西路141号):
     * the road starts after the last character no road name holds.
     */
    private int roadInside(int p, int stop) {
        for (int i = p + 2; i < stop; i++) {
            if (ROAD_END.indexOf(s[i]) >= 0 && i + 1 < n && Numerals.isAsciiDigit(s[i + 1])) {
                int start = i;
                while (start > p && i - start < 6 && "省市区县镇乡村号园场厦城心".indexOf(s[start - 1]) < 0) {
                    start--;
                }
                if (i + 1 - start >= 2 && start > p) {
                    return start;
                }
            }
        }
        return -1;
    }

    /** A second road, or a section of the first (东段), before the door plate: kept as remainder. */
    private int subRoad(int p, int to) {
        if (p + 1 < to && "东西南北中".indexOf(s[p]) >= 0 && s[p + 1] == '段') {
            return p + 2;
        }
        int e = generic(p, to, ROAD_SUFFIX, 2, 11, "省市区县镇乡村号");
        return e > 0 && !(s[e - 1] == '道' && s[e - 2] == '街') ? e : -1;
    }

    /** A division name already found, written again (浙江省杭州市余杭区杭州市余杭区…): skipped. */
    private int repeatedDivision(int p, int to) {
        for (var span : d.spans) {
            int len = span.end() - span.start();
            if (span.component().ordinal() <= ROAD.ordinal() && p + len <= to && len >= 2) {
                boolean same = true;
                for (int i = 0; i < len && same; i++) {
                    same = s[p + i] == s[span.start() + i];
                }
                if (same) {
                    return p + len;
                }
            }
        }
        return -1;
    }

    private int estate(int p, int to, Tail tail) {
        int stop = p;
        while (stop < to
                && !isSeparator(s[stop])
                && (stop == p || (!(level == ROAD_L && Numerals.isAsciiDigit(s[stop])) && tail.at(stop) < 0))) {
            stop++;
        }
        int assist = Estates.assistWord(s, p + 2, stop);
        if (assist > 0) {
            stop = assist;
        }
        if (level < ROAD_L) {
            int r = roadInside(p, stop);
            if (r > p) {
                d.leftOver(s, p, r);
                return r;
            }
        }
        if (stop - p < 2) {
            return -1;
        }
        if (level >= ESTATE_L) {
            d.set(SUB_ESTATE, new String(s, p, stop - p), p, stop);
            return stop;
        }
        int split = Estates.subEstateSplit(s, p, stop);
        if (split > p) {
            d.set(ESTATE, new String(s, p, split - p), p, split);
            d.set(SUB_ESTATE, new String(s, split, stop - split), split, stop);
        } else {
            d.set(ESTATE, new String(s, p, stop - p), p, stop);
        }
        level = ESTATE_L;
        return stop;
    }

    /**
     * The end of the shortest name starting at {@code p} that ends with one of the suffixes, is
     * {@code minLen..maxLen} characters long with the suffix and holds none of the forbidden characters,
     * digits or separators before its suffix; -1 when there is none.
     */
    int generic(int p, int to, Suffixes suffixes, int minLen, int maxLen, String forbidden) {
        boolean[] bad = CharSets.of(forbidden);
        int limit = Math.min(to, p + maxLen);
        for (int e = p + 1; e <= limit; e++) {
            char c = s[e - 1];
            if (suffixes.last[c]) {
                for (String suffix : suffixes.words) {
                    int sl = suffix.length();
                    if (c == suffix.charAt(sl - 1)
                            && e - p >= Math.max(minLen, sl + 1)
                            && regionMatches(e - sl, suffix)) {
                        return e;
                    }
                }
            }
            if (e - 1 > p && bad[c] || c < 0x80 && (Numerals.isAsciiDigit(c) || isSeparator(c) || c == '#')) {
                return -1;
            }
        }
        return -1;
    }

    /** Name suffixes with a table of their last characters, to reject most positions at a glance. */
    static final class Suffixes {
        final String[] words;
        final boolean[] last = new boolean[65536];

        Suffixes(String... words) {
            this.words = words;
            for (String w : words) {
                last[w.charAt(w.length() - 1)] = true;
            }
        }
    }

    boolean regionMatches(int at, String word) {
        if (at < 0 || at + word.length() > n) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (s[at + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean endsWithAny(int p, int e, String[] words) {
        for (String w : words) {
            if (e - p >= w.length() && regionMatches(e - w.length(), w)) {
                return true;
            }
        }
        return false;
    }

    /** 市场, 市政, 区域…: the suffix character begins another word. */
    private boolean notInsideWord(int e, int to) {
        return e >= to || "场政民级辖域内间块".indexOf(s[e]) < 0;
    }

    private boolean holdsAny(int p, int e, String chars) {
        for (int i = p; i < e; i++) {
            if (chars.indexOf(s[i]) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A division name is not followed by a character that would make it part of a longer name. */
    private boolean guardNext(int e, int to) {
        return e >= to || LEVEL_CHARS.indexOf(s[e]) < 0;
    }

    private boolean guardNextRoad(int e, int to) {
        return e >= to || "路街巷道大".indexOf(s[e]) < 0;
    }

    private static boolean isLatin(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static Gazetteer.@Nullable Entry pick(List<Gazetteer.Entry> entries, @Nullable String parent, int len) {
        if (entries.isEmpty()) {
            return null;
        }
        if (parent != null) {
            for (Gazetteer.Entry x : entries) {
                Division div = x.division();
                if (div != null && div.code().startsWith(parent) && parent.length() == len) {
                    return x;
                }
            }
            return entries.size() == 1 && parentMismatchAllowed(entries.get(0), parent) ? entries.get(0) : null;
        }
        if (entries.size() == 1) {
            return entries.get(0);
        }
        // the same name in several districts: keep the name, resolve no code
        return new Gazetteer.Entry(entries.get(0).name(), null, entries.get(0).shortForm());
    }

    private static boolean parentMismatchAllowed(Gazetteer.Entry e, String parent) {
        // a full name under another city is still that name (the text may be wrong about the city);
        // a short form under another city is more likely something else
        return !e.shortForm();
    }
}
