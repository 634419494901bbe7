package org.xiaoqu.address.internal;

import static org.xiaoqu.address.AddressComponent.BUILDING;
import static org.xiaoqu.address.AddressComponent.FLOOR;
import static org.xiaoqu.address.AddressComponent.PHASE;
import static org.xiaoqu.address.AddressComponent.ROAD_NUMBER;
import static org.xiaoqu.address.AddressComponent.ROOM;
import static org.xiaoqu.address.AddressComponent.UNIT;

import org.xiaoqu.address.AddressComponent;

/**
 * The numbered end of an address: road number, phase, building, unit, floor, room, and the compact
 * forms ({@code 3-2-301}) that give several of them at once. A number is digits, Chinese or financial
 * numerals that read as a number, or one or two latin letters with optional digits (A座, B2栋, 12A).
 */
final class Tail {
    private final Scan sc;
    private final char[] s;
    private final int to;
    private final Draft d;

    Tail(Scan sc, int to) {
        this.sc = sc;
        this.s = sc.s;
        this.to = to;
        this.d = sc.d;
    }

    static boolean isNumberStart(char c) {
        return Numerals.isAsciiDigit(c) || Numerals.isChineseNumeral(c);
    }

    private static boolean isLatin(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * The end of the number starting at {@code p}, or -1. With {@code latin}, letter forms (A, B2, 12A)
     * count too.
     */
    static int numberEnd(char[] s, int p, int to, boolean latin) {
        if (p >= to) {
            return -1;
        }
        char c = s[p];
        if (p > 0 && isLatin(s[p - 1]) && (isLatin(c) || Numerals.isAsciiDigit(c))) {
            return -1; // inside a word (SOHO, inn77)
        }
        if (Numerals.isAsciiDigit(c)) {
            int e = Numerals.digitsEnd(s, p, to);
            if (latin && e < to && isLatin(s[e]) && (e + 1 >= to || !isLatin(s[e + 1])) && s[e] != 'F') {
                e++;
            }
            return e;
        }
        if (latin && isLatin(c)) {
            int e = p + 1;
            if (e < to && isLatin(s[e])) {
                e++;
            }
            if (e < to && isLatin(s[e])) {
                return -1; // a word, not a number
            }
            return Numerals.digitsEnd(s, e, to);
        }
        if (Numerals.isChineseNumeral(c)) {
            int e = Numerals.chineseEnd(s, p, to);
            return Numerals.chineseValue(s, p, e) >= 0 ? e : -1;
        }
        return -1;
    }

    private String value(int a, int b) {
        if (Numerals.isChineseNumeral(s[a])) {
            return Long.toString(Numerals.chineseValue(s, a, b));
        }
        return new String(s, a, b - a);
    }

    private boolean at(int i, String word) {
        return i + word.length() <= to && sc.regionMatches(i, word);
    }

    /** The end of whatever tail component starts at {@code p}, without recording it; -1 if none. */
    int at(int p) {
        if (!isNumberStart(s[p]) && !isLatin(s[p]) && s[p] != '第' && s[p] != '负') {
            return -1;
        }
        return probe(p, false);
    }

    /** Matches and records a tail component at {@code p}; its end or -1. */
    int match(int p) {
        return probe(p, true);
    }

    private int probe(int p, boolean record) {
        int e;
        if ((e = compact(p, record)) > 0) {
            return e;
        }
        if ((e = phase(p, record)) > 0) {
            return e;
        }
        if ((e = building(p, record)) > 0) {
            return e;
        }
        if ((e = suffixed(p, record, UNIT, Scan.UNIT_L, "单元", "门", "梯")) > 0) {
            return e;
        }
        if ((e = floor(p, record)) > 0) {
            return e;
        }
        if ((e = suffixed(p, record, ROOM, Scan.ROOM_L, "室", "房间", "房", "户", "铺")) > 0) {
            return e;
        }
        if ((e = marketRow(p, record)) > 0) {
            return e;
        }
        if ((e = joined(p, record)) > 0) {
            return e;
        }
        if ((d.has(BUILDING) || sc.level >= Scan.UNIT_L) && (e = afterBuilding(p, record)) > 0) {
            return e;
        }
        return bare(p, record);
    }

    private boolean put(boolean record, AddressComponent c, int lvl, String value, int a, int b) {
        if (record) {
            if (!d.set(c, value, a, b)) {
                d.leftOver(s, a, b);
            }
            sc.level = Math.max(sc.level, lvl);
        }
        return true;
    }

    /** 88号, 88, 12-14号, 甲8号, 553弄: only right after a road. */
    int roadNumber(int p) {
        int q = p;
        if ("甲乙丙附".indexOf(s[q]) >= 0) {
            q++;
        }
        int e = numberEnd(s, q, to, false);
        if (e < 0) {
            return -1;
        }
        if (e + 1 < to && s[e] == '-' && Numerals.isAsciiDigit(s[e + 1])) {
            int e2 = Numerals.digitsEnd(s, e + 1, to);
            // 456-458号 is a range of door plates; 127-25号 is door plate 127, building 25
            if (e2 < to && (s[e2] == '号' || s[e2] == '弄') && Numerals.value(s, e + 1, e2) > Numerals.value(s, q, e)) {
                e = e2;
            }
        }
        if (e < to && (s[e] == '号' || s[e] == '弄')) {
            if (s[e] == '号' && e + 1 < to && (s[e + 1] == '楼' || s[e + 1] == '院')) {
                return -1;
            }
            int end = e + 1;
            if (end + 1 < to && s[end] == '附') {
                int e3 = numberEnd(s, end + 1, to, false);
                if (e3 > 0 && e3 < to && s[e3] == '号') {
                    end = e3 + 1;
                }
            }
            String v = Numerals.toDigits(new String(s, p, e - p));
            int spanEnd = end;
            if (s[e] == '弄') {
                // 1501弄166号: the lane and the number in it make one door plate
                int e4 = numberEnd(s, end, to, false);
                if (e4 > end && e4 < to && s[e4] == '号' && !(e4 + 1 < to && s[e4 + 1] == '楼')) {
                    v = v + "弄" + Numerals.toDigits(new String(s, end, e4 - end));
                    end = e4 + 1;
                }
            }
            put(true, ROAD_NUMBER, Scan.ROADNO, v, p, spanEnd);
            return end;
        }
        if (q == p && Numerals.isAsciiDigit(s[p]) && (e >= to || (s[e] != '-' && !isSuffix(e)))) {
            put(true, ROAD_NUMBER, Scan.ROADNO, new String(s, p, e - p), p, e);
            return e;
        }
        return -1;
    }

    private boolean isSuffix(int e) {
        return "栋幢座号楼层单门梯室房户期#F".indexOf(s[e]) >= 0 || isLatin(s[e]);
    }

    /** 3-2-301, 12-3-1001室, 9-1148: several numbers joined by dashes, assigned by count and context. */
    private int compact(int p, boolean record) {
        int[] a = new int[6];
        int[] b = new int[6];
        int k = 0;
        int i = p;
        while (k < 6) {
            int e = numberEnd(s, i, to, true);
            if (e < 0 || (k == 0 && Numerals.isChineseNumeral(s[i]) && e >= to)) {
                break;
            }
            a[k] = i;
            b[k] = e;
            k++;
            int j = e;
            while (j < to && s[j] == '-' && j - e < 4) {
                j++;
            }
            if (j == e || j >= to || !(Numerals.isAsciiDigit(s[j]) || isLatin(s[j]))) {
                break;
            }
            i = j;
        }
        if (k < 2) {
            return -1;
        }
        int end = b[k - 1];
        AddressComponent lastKind = null;
        if (end < to) {
            if (at(end, "单元")) {
                lastKind = UNIT;
                end += 2;
            } else if (s[end] == '室' || s[end] == '房' || s[end] == '户') {
                lastKind = ROOM;
                end++;
            } else if (s[end] == '层' || s[end] == '楼') {
                lastKind = FLOOR;
                end++;
            } else if (s[end] == '号') {
                end++;
            } else if (isSuffix(end)) {
                return -1; // 12-3栋 and the like: not a compact form we know
            }
        }
        if (!record) {
            return end;
        }
        // 12楼6289-2 with no building: a stall or office number written with a dash (NAACL train/dev: one
        // room 10 times after a floor, building-room 3)
        boolean afterFloor = k == 2 && !d.has(BUILDING) && sc.level == Scan.FLOOR_L && lastKind == null;
        if (k == 2 && isRange(a[0], b[0], a[1], b[1]) || afterFloor) {
            // 605-606室, 425-426号: one room (or door plate) spanning two numbers
            boolean plate = sc.level == Scan.ROAD_L || sc.level == Scan.COMM;
            String v = new String(s, a[0], b[1] - a[0]);
            put(true, plate ? ROAD_NUMBER : ROOM, plate ? Scan.ROADNO : Scan.ROOM_L, v, a[0], end);
            return end;
        }
        boolean plateSuffix = end > b[k - 1] && s[end - 1] == '号';
        int first = 0;
        if (sc.level == Scan.ROAD_L
                || k == 2 && plateSuffix && !d.has(BUILDING) && !d.has(ROAD_NUMBER) && sc.level < Scan.ESTATE_L) {
            // 12-87号 with no road named: still door plate 12, building 87 — as after a road (127-25号);
            // NAACL train/dev label A-B号 roadno-houseno 98 times, houseno-roomno 18, houseno-cellno 15
            put(true, ROAD_NUMBER, Scan.ROADNO, new String(s, a[0], b[0] - a[0]), a[0], b[0]);
            first = 1;
        }
        AddressComponent[] slots = slots(k - first);
        if (k - first == 2
                && slots[0] == BUILDING
                && lastKind == null
                && !plateSuffix
                && shortSecond(a[first + 1], b[first + 1])) {
            // 63-12 after an estate: the NAACL corpus (train/dev) reads a one- or two-digit second part as
            // the unit (houseno-cellno 26 times, against 12 houseno-roomno), a longer one as the room
            slots[1] = UNIT;
        }
        if (lastKind != null) {
            slots[slots.length - 1] = lastKind;
        }
        for (int g = first; g < k; g++) {
            AddressComponent c = slots[g - first];
            int gEnd = g == k - 1 ? end : b[g];
            if (c == null) {
                d.leftOver(s, a[g], gEnd);
                continue;
            }
            String v = value(a[g], b[g]);
            put(true, c, levelOf(c), v, a[g], gEnd);
        }
        return end;
    }

    private boolean shortSecond(int a1, int b1) {
        return b1 - a1 <= 2
                && Numerals.isAsciiDigit(s[a1])
                && Numerals.isAsciiDigit(s[b1 - 1])
                && sc.level < Scan.FLOOR_L;
    }

    private boolean isRange(int a0, int b0, int a1, int b1) {
        if (b0 - a0 != b1 - a1 || b0 - a0 < 2 || !Numerals.isAsciiDigit(s[a0]) || !Numerals.isAsciiDigit(s[a1])) {
            return false;
        }
        long x = Numerals.value(s, a0, b0);
        long y = Numerals.value(s, a1, b1);
        return x >= 0 && y > x && y - x < 10;
    }

    private AddressComponent[] slots(int r) {
        if (!d.has(BUILDING)) {
            switch (r) {
                case 1:
                    return new AddressComponent[] {BUILDING};
                case 2:
                    return new AddressComponent[] {BUILDING, ROOM};
                case 3:
                    return new AddressComponent[] {BUILDING, UNIT, ROOM};
                default:
                    AddressComponent[] x = new AddressComponent[r];
                    x[0] = BUILDING;
                    x[1] = UNIT;
                    x[2] = FLOOR;
                    x[3] = ROOM;
                    return x;
            }
        }
        if (!d.has(UNIT)) {
            return r == 1
                    ? new AddressComponent[] {ROOM}
                    : r == 2 ? new AddressComponent[] {UNIT, ROOM} : padded(r, UNIT, FLOOR, ROOM);
        }
        return r == 1 ? new AddressComponent[] {ROOM} : padded(r, FLOOR, ROOM);
    }

    private static AddressComponent[] padded(int r, AddressComponent... kinds) {
        AddressComponent[] x = new AddressComponent[r];
        System.arraycopy(kinds, 0, x, 0, Math.min(r, kinds.length));
        return x;
    }

    private static int levelOf(AddressComponent c) {
        switch (c) {
            case BUILDING:
                return Scan.BUILDING_L;
            case UNIT:
                return Scan.UNIT_L;
            case FLOOR:
                return Scan.FLOOR_L;
            case ROOM:
                return Scan.ROOM_L;
            default:
                return Scan.ROADNO;
        }
    }

    /** 一期, 1期, 第一期, (一期) — the brackets are skipped as separators. */
    private int phase(int p, boolean record) {
        int q = s[p] == '第' ? p + 1 : p;
        int e = numberEnd(s, q, to, false);
        if (e < 0 || e >= to || s[e] != '期') {
            return -1;
        }
        return put(record, PHASE, Scan.PHASE_L, value(q, e), p, e + 1) ? e + 1 : -1;
    }

    /** 3栋, 3幢, 3号楼, 3座, 3#, 3#楼, 第十二栋, 壹号楼, A座; 3号and 3楼 where context says building. */
    private int building(int p, boolean record) {
        int q = s[p] == '第' ? p + 1 : p;
        int e = numberEnd(s, q, to, true);
        if (e < 0 || e >= to) {
            return -1;
        }
        int end = -1;
        if (at(e, "号楼") || at(e, "栋楼") || at(e, "幢楼") || at(e, "#楼")) {
            end = e + 2;
        } else if (at(e, "# 楼")) {
            end = e + 3;
        } else if ("栋幢座撞#".indexOf(s[e]) >= 0 && (!d.has(BUILDING) || d.weakBuilding)) {
            end = e + 1;
        } else if (s[e] == '排' && !d.has(BUILDING) && Numerals.isAsciiDigit(s[q])) {
            // 4排9号: a row of houses is the building, as NAACL train/dev label it (7 of 13)
            end = e + 1;
        } else if (s[e] == '号' && stallInMarket(q, e)) {
            // 小商品市场3348号, 汽配城1550号: a stall (NAACL train/dev: roomno 23 times of 32)
            if (record) {
                put(true, ROOM, Scan.ROOM_L, value(q, e), p, e + 1);
            }
            return e + 1;
        } else if (s[e] == '号' && doorPlate(q, e)) {
            if (record) {
                put(true, ROAD_NUMBER, Scan.ROADNO, value(q, e), p, e + 1);
            }
            return e + 1;
        } else if (d.weakBuilding && "栋幢座".indexOf(s[e]) < 0) {
            return -1;
        } else if (s[e] == '号'
                && !d.has(BUILDING)
                && sc.level < Scan.UNIT_L
                && sc.level != Scan.ROAD_L
                && !(e + 1 < to && "院门".indexOf(s[e + 1]) >= 0)) {
            end = e + 1;
        } else if (s[e] == '楼' && !d.has(BUILDING) && unitFollows(e + 1)) {
            end = e + 1;
        }
        if (end < 0) {
            return -1;
        }
        boolean weak = s[e] == '号' && end == e + 1;
        if (record && !weak && d.weakBuilding) {
            d.demoteBuilding(ROAD_NUMBER);
        }
        put(record, BUILDING, Scan.BUILDING_L, value(q, e), p, end);
        if (record) {
            d.weakBuilding = weak;
        }
        return end;
    }

    /**
     * N号 with no road: a village door plate when it follows the village, or when the number is too
     * large for a building (三区914号, 湖边147号).
     */
    private boolean doorPlate(int q, int e) {
        if (d.has(BUILDING) || d.has(ROAD_NUMBER) || sc.level >= Scan.PHASE_L || e + 1 < to && s[e + 1] == '楼') {
            return false;
        }
        // right after a name ending 路/街/巷/组/村 that was not read as a road or community (亭趾街道津亭路17号,
        // 顾家头4组3号): NAACL train/dev label [组村]N号 as the door plate 256 times in 282
        boolean afterPlace = q > 0 && q == d.endOf(AddressComponent.ESTATE) && "路街巷组村".indexOf(s[q - 1]) >= 0;
        return sc.level == Scan.COMM || afterPlace || Numerals.value(s, q, e) >= 100;
    }

    private boolean stallInMarket(int q, int e) {
        if (q < 2
                || q != d.endOf(AddressComponent.ESTATE)
                || d.has(BUILDING)
                || d.has(ROOM)
                || e + 1 < to && s[e + 1] == '楼') {
            return false;
        }
        return s[q - 1] == '城' && s[q - 2] != '市' || s[q - 1] == '场' && s[q - 2] == '市';
    }

    private boolean unitFollows(int i) {
        int j = sc.skipSeparators(i, to);
        int e = numberEnd(s, j, to, true);
        return e > 0 && e < to && (at(e, "单元") || s[e] == '门' || s[e] == '梯');
    }

    /** N号 after the building: a door (unit) when short (3栋2号), a room when three digits or more. */
    private int afterBuilding(int p, boolean record) {
        int e = numberEnd(s, p, to, true);
        if (e < 0 || e >= to || s[e] != '号') {
            return -1;
        }
        boolean door =
                !d.has(UNIT) && sc.level < Scan.UNIT_L && Numerals.value(s, p, e) >= 0 && Numerals.value(s, p, e) < 100;
        return put(record, door ? UNIT : ROOM, door ? Scan.UNIT_L : Scan.ROOM_L, value(p, e), p, e + 1) ? e + 1 : -1;
    }

    private int suffixed(int p, boolean record, AddressComponent c, int lvl, String... suffixes) {
        int e = numberEnd(s, p, to, true);
        if (e < 0 || e >= to) {
            return -1;
        }
        for (String suf : suffixes) {
            if (at(e, suf)) {
                int end = e + suf.length();
                return put(record, c, lvl, value(p, e), p, end) ? end : -1;
            }
        }
        return -1;
    }

    /** 6楼, 六楼, 12层, 5F, 第三层, 负一楼. */
    private int floor(int p, boolean record) {
        int q = p;
        boolean negative = false;
        if (s[q] == '负') {
            negative = true;
            q++;
        } else if (s[q] == '第') {
            q++;
        }
        int e = numberEnd(s, q, to, false);
        if (e < 0 || e >= to) {
            return -1;
        }
        int end;
        if (s[e] == '层' || s[e] == 'F') {
            end = e + 1;
        } else if (s[e] == '楼') {
            end = at(e, "楼层") ? e + 2 : e + 1;
        } else {
            return -1;
        }
        String v = value(q, e);
        return put(record, FLOOR, Scan.FLOOR_L, negative ? "-" + v : v, p, end) ? end : -1;
    }

    private boolean hasDigit(int a, int b) {
        for (int i = a; i < b; i++) {
            if (Numerals.isAsciiDigit(s[i]) || Numerals.isChineseNumeral(s[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * 11街21581, 一楼15街289号: a row (街) of stalls in a market, then the stall. The NAACL corpus labels
     * the row as the unit (cellno) and the stall as the room (train/dev: 36 of 38 after 楼/区/层, 34 of 40
     * before a number); only past the estate, where a road can no longer start.
     */
    private int marketRow(int p, boolean record) {
        if (!Numerals.isAsciiDigit(s[p]) || sc.level < Scan.ESTATE_L || d.has(UNIT) || d.has(ROOM)) {
            return -1;
        }
        int e = Numerals.digitsEnd(s, p, to);
        if (e + 1 >= to || s[e] != '街' || !Numerals.isAsciiDigit(s[e + 1])) {
            return -1;
        }
        return put(record, UNIT, Scan.UNIT_L, new String(s, p, e - p), p, e + 1) ? e + 1 : -1;
    }

    /**
     * 13B3761, 7C413: a building with a letter and the room run together (NAACL train/dev: 15 times
     * houseno 13B + roomno 3761, 11 times one room; those mostly follow a floor, 9楼3C110, left to bare).
     */
    private int joined(int p, boolean record) {
        if (!Numerals.isAsciiDigit(s[p]) || d.has(BUILDING) || sc.level >= Scan.BUILDING_L) {
            return -1;
        }
        int e = Numerals.digitsEnd(s, p, to);
        if (e + 1 >= to || !isLatin(s[e]) || s[e] == 'F' || !Numerals.isAsciiDigit(s[e + 1])) {
            return -1;
        }
        int r = Numerals.digitsEnd(s, e + 1, to);
        if (r - (e + 1) < 2 || r < to && (isLatin(s[r]) || isSuffix(r) && s[r] != '室' && s[r] != '号')) {
            return -1;
        }
        int end = r < to && (s[r] == '室' || s[r] == '号') ? r + 1 : r;
        if (record) {
            put(true, BUILDING, Scan.BUILDING_L, new String(s, p, e + 1 - p), p, e + 1);
            put(true, ROOM, Scan.ROOM_L, new String(s, e + 1, r - e - 1), e + 1, end);
        }
        return end;
    }

    /** A number with no suffix: the building when there is none yet, else the room. */
    private int bare(int p, boolean record) {
        int e = numberEnd(s, p, to, true);
        if (e < 0) {
            return -1;
        }
        boolean endsHere = e >= to || Scan.isSeparator(s[e]) && s[e] != '-';
        if (!hasDigit(p, e)) {
            return -1;
        }
        if (!endsHere) {
            // 524电联, 2153喜阅: a room number runs into a note or a shop name
            boolean room = Numerals.isAsciiDigit(s[p])
                    && Numerals.digitsEnd(s, p, to) - p >= 3
                    && e == Numerals.digitsEnd(s, p, to)
                    && s[e] > 0x2E80
                    && !isSuffix(e)
                    && "组弄巷街路".indexOf(s[e]) < 0
                    && sc.level >= Scan.BUILDING_L
                    && !d.has(ROOM);
            return room && put(record, ROOM, Scan.ROOM_L, value(p, e), p, e) ? e : -1;
        }
        if (p > 0
                && s[p - 1] == '村'
                && p == d.endOf(AddressComponent.ESTATE)
                && !d.has(BUILDING)
                && !d.has(ROAD_NUMBER)) {
            // 白浦村1269: a village door plate written without 号 (NAACL train/dev: roadno 6 of 10)
            return put(record, ROAD_NUMBER, Scan.ROADNO, value(p, e), p, e) ? e : -1;
        }
        // a bare number of three digits or more is a room (or an office), not a building
        if (!d.has(BUILDING) && sc.level < Scan.UNIT_L && e - p <= 2) {
            return put(record, BUILDING, Scan.BUILDING_L, value(p, e), p, e) ? e : -1;
        }
        if (!d.has(ROOM)) {
            return put(record, ROOM, Scan.ROOM_L, value(p, e), p, e) ? e : -1;
        }
        return -1;
    }
}
